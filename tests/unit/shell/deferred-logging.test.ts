import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDeferredLogging } from '../../../electron/main/shell/deferred-logging';
import { recordingLog } from './fakes';

afterEach(() => {
  vi.restoreAllMocks();
});

function loader() {
  const written = recordingLog();
  let loads = 0;
  const load = async () => {
    loads += 1;
    return { log: written, filePath: () => '/logs/main.log' };
  };
  return { written, load, loads: () => loads };
}

describe('createDeferredLogging', () => {
  it('keeps info lines until the transports load, then writes them first and in order', async () => {
    const { written, load, loads } = loader();
    const logging = createDeferredLogging(load);
    logging.log.info('starting');
    logging.log.info('tray shown');
    expect(loads()).toBe(0);
    expect(written.lines).toEqual([]);
    await logging.load();
    logging.log.info('later');
    expect(written.lines.map((line) => line.message)).toEqual(['starting', 'tray shown', 'later']);
    await logging.load();
    expect(loads()).toBe(1);
  });

  it('loads at once for a warning or an error, and answers the log file once loaded', async () => {
    const { written, load, loads } = loader();
    const logging = createDeferredLogging(load);
    logging.log.info('starting');
    logging.log.warn('Tray icon missing or unreadable');
    expect(loads()).toBe(1);
    expect(await logging.filePath()).toBe('/logs/main.log');
    expect(written.lines).toEqual([
      { level: 'info', message: 'starting' },
      { level: 'warn', message: 'Tray icon missing or unreadable' },
    ]);
  });

  it('writes to stderr, redacted, with the reason, when electron-log cannot load', async () => {
    const stderr = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const logging = createDeferredLogging(() => Promise.reject(new Error('Cannot find module electron-log')));
    logging.log.info('Authorization: Bearer abcdefghijklmnopqrstuvwxyz0123456789ABCD');
    await logging.load();
    const printed = stderr.mock.calls.map((call) => call.map(String).join(' ')).join('\n');
    expect(printed).toContain('[info] Authorization');
    expect(printed).not.toContain('abcdefghijklmnopqrstuvwxyz0123456789ABCD');
    expect(printed).toContain('could not load its log files');
    await expect(logging.filePath()).rejects.toThrow(/electron-log could not load/);
  });
});
