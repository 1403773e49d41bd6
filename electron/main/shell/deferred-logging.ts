import { redactLogData } from '../core/redact';
import type { Logger, Logging } from './logging';

type Level = 'info' | 'warn' | 'error';

/** Lines kept while electron-log loads; a boot that logs more than this is already broken. */
const MAX_WAITING_LINES = 500;

export interface DeferredLogging {
  /** Logs now: into electron-log once it is there, kept in order until then. */
  log: Logger;
  /** The current log file (waits for electron-log). */
  filePath(): Promise<string>;
  /** Loads electron-log (once) and writes what waited; resolves when done, never rejects. */
  load(): Promise<void>;
}

/**
 * Logging whose transports load after the first tray image: electron-log costs ~45 ms of
 * CPU to load, and nothing the tray shows first depends on it. Info lines logged before it
 * is there wait in memory and are written in order, by the same redacting logger, once it
 * is; a warning or an error loads it at once. If it cannot load, the lines (and every later
 * one) go to stderr, redacted, with the reason.
 */
export function createDeferredLogging(loadLogging: () => Promise<Logging>): DeferredLogging {
  const waiting: { level: Level; message: string; details: unknown[] }[] = [];
  let dropped = 0;
  let target: Logger | null = null;
  let loading: Promise<Logging | null> | null = null;

  const write =
    (level: Level) =>
    (message: string, ...details: unknown[]) => {
      if (target) return target[level](message, ...details);
      if (waiting.length < MAX_WAITING_LINES) waiting.push({ level, message, details });
      else dropped += 1;
      // A problem is worth loading the transports for at once: it reaches the file and the console now.
      if (level !== 'info') void load();
    };

  /** From now on lines go to `logger`, after the ones that waited (in the same turn, so in order). */
  const switchTo = (logger: Logger) => {
    target = logger;
    for (const { level, message, details } of waiting.splice(0)) logger[level](message, ...details);
    if (dropped > 0) logger.warn(`${dropped} log lines from the start were dropped`);
    dropped = 0;
  };

  const load = () =>
    (loading ??= loadLogging().then(
      (logging) => {
        switchTo(logging.log);
        return logging;
      },
      (error: unknown) => {
        switchTo(stderrLogger());
        target!.error('Invitray could not load its log files (electron-log); logging to stderr', error);
        return null;
      },
    ));

  return {
    log: { info: write('info'), warn: write('warn'), error: write('error') },
    async filePath() {
      const logging = await load();
      if (!logging) throw new Error('the log file is unavailable: electron-log could not load');
      return logging.filePath();
    },
    load: () => load().then(() => undefined),
  };
}

function stderrLogger(): Logger {
  const line =
    (level: Level) =>
    (message: string, ...details: unknown[]) =>
      console.error(...redactLogData([`[${level}] ${message}`, ...details]));
  return { info: line('info'), warn: line('warn'), error: line('error') };
}
