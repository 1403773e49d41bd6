import { describe, expect, it } from 'vitest';
import { registerLogging } from '../../../electron/main/shell/logging';
import type { ElectronLogLike, LogMessageLike } from '../../../electron/main/shell/logging';

const token = 'Abcdefghij0123456789_-klmnopqrstuvwxyz98';

/** An electron-log stand-in that runs its hooks like the real one before "writing". */
function fakeElectronLog() {
  const hooks: ((message: LogMessageLike) => LogMessageLike | false)[] = [];
  const written: unknown[][] = [];
  const write = (...data: unknown[]) => {
    let message: LogMessageLike | false = { data };
    for (const hook of hooks) if (message) message = hook(message);
    if (message) written.push(message.data);
  };
  // Like electron-log 5: the file is wherever resolvePathFn says, by default the app's log
  // directory (~/Library/Logs/Invitray on macOS, ~/.config/Invitray/logs on Linux).
  const file: ElectronLogLike['transports']['file'] = {
    level: false,
    resolvePathFn: () => '/logs/main.log',
    getFile: () => ({ path: file.resolvePathFn() }),
  };
  const log: ElectronLogLike = {
    hooks,
    transports: { file, console: { level: false } },
    info: write,
    warn: write,
    error: write,
  };
  return { log, written };
}

describe('registerLogging', () => {
  it('redacts secrets in every message before any transport writes it', () => {
    const { log, written } = fakeElectronLog();
    const logging = registerLogging(log, { verbose: false });
    logging.log.info(`request with Authorization: Bearer ${token}`);
    logging.log.error('failed', new Error(`X-Auth-Key: 0123456789abcdef0123456789abcdef01234`), { token });
    // Code that logs through electron-log directly is covered too.
    log.warn(`token=${token}`);

    const text = JSON.stringify(written, (_key, value: unknown) =>
      value instanceof Error ? value.message : value,
    );
    expect(text).not.toContain(token);
    expect(text).not.toContain('0123456789abcdef0123456789abcdef01234');
    expect(text.match(/\[redacted\]/g)).toHaveLength(4);
  });

  it('writes info and up to the file, only warnings to the console unless verbose, and knows its file', () => {
    const quiet = fakeElectronLog();
    const logging = registerLogging(quiet.log, { verbose: false });
    expect(quiet.log.transports.file.level).toBe('info');
    expect(quiet.log.transports.console.level).toBe('warn');
    expect(logging.filePath()).toBe('/logs/main.log');
    const loud = fakeElectronLog();
    registerLogging(loud.log, { verbose: true });
    expect(loud.log.transports.console.level).toBe('info');
  });

  it('demo mode: writes to its own folder, so demo runs never touch (or open) the real log', () => {
    const { log } = fakeElectronLog();
    const logging = registerLogging(log, { verbose: false, file: '/tmp/invitray-demo-x/logs/main.log' });
    expect(logging.filePath()).toBe('/tmp/invitray-demo-x/logs/main.log');
    expect(log.transports.file.getFile().path).toBe('/tmp/invitray-demo-x/logs/main.log');
  });
});
