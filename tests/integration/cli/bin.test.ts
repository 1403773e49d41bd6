import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The installed command: bin/invitray.js loading the built CLI (npm test builds first).
const built = existsSync('out/main/cli.js');
const gate = built || process.env.CI ? '' : ' — skipped: not built (run npm run build)';

describe.skipIf(!built && !process.env.CI)(`bin/invitray.js${gate}`, () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['bin/invitray.js', ...args], { encoding: 'utf8', timeout: 20_000 });

  it('lists the demo invitations as JSON with effective_status, exit 0', () => {
    const result = run('list', '--demo', '--json');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const invites = JSON.parse(result.stdout) as { id: string; effective_status: string }[];
    expect(invites.length).toBeGreaterThan(3);
    expect(new Set(invites.map((i) => i.effective_status))).toEqual(
      new Set(['pending', 'accepted', 'rejected', 'expired']),
    );
  });

  it('an unknown command is one line on stderr and exit 1', () => {
    const result = run('frobnicate');
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
