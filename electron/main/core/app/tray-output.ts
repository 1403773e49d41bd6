import type { AppSnapshot, Preferences } from '../../../shared/types';
import { trayView, type TrayView } from '../tray/tray-view';
import type { LinuxTraySize } from '../tray/tray-icons';
import type { Emitter } from './emitter';
import type { Translator } from '../../../shared/i18n/translate';

export interface TrayOutputDeps {
  platform: NodeJS.Platform | string;
  linuxTraySize?: LinuxTraySize;
  now(): number;
  snapshot(): AppSnapshot;
  preferences(): Preferences;
  notices(): readonly string[];
  emitter: Emitter<TrayView>;
  translator?(): Translator;
}

/** Derives the tray view and emits it only when it changed, so the shell rebuilds menus rarely. */
export function createTrayOutput(deps: TrayOutputDeps) {
  let updateReady = false;
  let updateAvailable: string | null = null;
  let last = '';

  function current(): TrayView {
    const preferences = deps.preferences();
    return trayView(deps.snapshot(), {
      platform: deps.platform,
      now: deps.now(),
      showCountInTray: preferences.showCountInTray,
      startAtLogin: preferences.startAtLogin,
      updateReady,
      updateAvailable,
      notices: deps.notices(),
      ...(deps.translator === undefined ? {} : { translator: deps.translator() }),
      ...(deps.linuxTraySize === undefined ? {} : { linuxSize: deps.linuxTraySize }),
    });
  }

  /** `force`: Electron flips a checkbox item itself on click, so after a refused toggle the menu must be re-set. */
  function publish(force = false): void {
    const view = current();
    const key = JSON.stringify(view);
    if (!force && key === last) return;
    last = key;
    deps.emitter.emit(view);
  }

  return {
    current,
    publish,
    setUpdateReady(ready: boolean) {
      updateReady = ready;
      publish();
    },
    setUpdateAvailable(version: string | null) {
      updateAvailable = version;
      publish();
    },
  };
}
