import type { DemoInvite } from './seed';
import { newInvite } from './seed';

// Records the real API may send one day (a new status, a reshaped field) or sends by
// mistake. Served among good invitations, they show that one odd record never hides
// the others: the client sets the unreadable ones aside and keeps the rest.

/** The kinds of drift the demo can serve. */
export const DRIFT_KINDS = ['unknown-status', 'wrong-type', 'missing-required', 'null-entry'] as const;
export type DriftKind = (typeof DRIFT_KINDS)[number];

/** Stable ids, so tests can find them: the readable one (unknown status) can be shown. */
export const DRIFT_IDS: Readonly<Record<DriftKind, string>> = {
  'unknown-status': 'd1f70000000000000000000000000001',
  'wrong-type': 'd1f70000000000000000000000000002',
  'missing-required': 'd1f70000000000000000000000000003',
  'null-entry': 'd1f70000000000000000000000000004',
};

/** One drifting record per kind; `null-entry` is a null where an invitation object belongs. */
export function driftingRecord(kind: DriftKind, nowMs: number): DemoInvite | null {
  const base = newInvite(DRIFT_IDS[kind], nowMs, { organization_name: `Drift: ${kind}` });
  switch (kind) {
    case 'unknown-status':
      // A status value Cloudflare might add: readable, but not one Invitray can act on.
      return { ...base, status: 'on_hold' };
    case 'wrong-type':
      // An optional field of the wrong type: roles as one string instead of a list.
      return { ...base, roles: 'Administrator' as unknown as string[] };
    case 'missing-required': {
      const { organization_id: _dropped, ...rest } = base;
      return rest;
    }
    case 'null-entry':
      return null;
  }
}

export function driftingRecords(
  nowMs: number,
  kinds: readonly DriftKind[] = DRIFT_KINDS,
): (DemoInvite | null)[] {
  return kinds.map((kind) => driftingRecord(kind, nowMs));
}
