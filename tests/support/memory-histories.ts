import type { NotifierDeps } from '../../electron/main/core/app/notifier';

/** The notifier's announced, reminded and last-chance histories in memory, open to the test. */
export function memoryHistories() {
  const notified = new Set<string>();
  const reminded = new Set<string>();
  const lastChanced = new Set<string>();
  const settings: NotifierDeps['settings'] = {
    hasNotified: (id) => notified.has(id),
    addNotified: (...ids) => ids.forEach((id) => notified.add(id)),
    hasReminded: (id) => reminded.has(id),
    addReminded: (...ids) => ids.forEach((id) => reminded.add(id)),
    hasHadLastChance: (id) => lastChanced.has(id),
    addLastChance: (...ids) => ids.forEach((id) => lastChanced.add(id)),
  };
  return { notified, reminded, lastChanced, settings };
}
