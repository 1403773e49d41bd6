import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { sessionBusConfig } from '../../../scripts/session-bus-config.mjs';

// A D-Bus session bus of the test's own (what dbus-run-session starts), so a desktop's real
// notification server never answers, whatever bus the test run itself is in. Its configuration
// names no service directories: an installed daemon (dunst ships an activation file for
// org.freedesktop.Notifications) is never started by a call to a name nobody owns.

export interface PrivateBus {
  address: string;
  stop(): Promise<void>;
}

export const DBUS_DAEMON = 'dbus-daemon';
export const NO_BUS_REASON = `${DBUS_DAEMON} is not installed (Debian: sudo apt-get install dbus-daemon)`;

export function onPath(name: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, name)));
}

export function startPrivateBus(): Promise<PrivateBus> {
  const dir = mkdtempSync(join(tmpdir(), 'invitray-bus-'));
  const config = join(dir, 'bus.conf');
  writeFileSync(config, sessionBusConfig(`unix:dir=${dir}`));
  const daemon: ChildProcess = spawn(
    DBUS_DAEMON,
    [`--config-file=${config}`, '--nofork', '--print-address=1'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    daemon.once('error', reject);
    daemon.once('exit', (code) =>
      reject(new Error(`${DBUS_DAEMON} exited (${code}) before printing its address`)),
    );
    daemon.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n')[0];
      if (!out.includes('\n') || !line) return;
      resolve({
        address: line.trim(),
        stop: () =>
          new Promise<void>((done) => {
            const finish = () => {
              rmSync(dir, { recursive: true, force: true });
              done();
            };
            if (daemon.exitCode !== null) return finish();
            daemon.once('exit', finish);
            daemon.kill('SIGTERM');
          }),
      });
    });
  });
}
