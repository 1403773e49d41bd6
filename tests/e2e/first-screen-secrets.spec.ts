import { DEMO_CREDENTIALS } from '../../electron/main/core/demo/credentials';
import { expect, test } from './harness/fixtures';
import { pendingInvite } from './harness/invites';

// The page main serves carries the first screen drawn from main's state (first-screen.ts): it
// must hold no more than the IPC answers do. No key, no token, no full email, whatever the
// account's credential and whatever secret-shaped text an invitation carries.

const TOKEN_SHAPED = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123'; // 40 characters, like an API token

test.use({
  harnessOptions: {
    invites: [
      pendingInvite('leaky', `Org ${TOKEN_SHAPED}`, {
        invited_by: `Bearer ${TOKEN_SHAPED}`,
        expiresInHours: 30,
      }),
    ],
  },
});

test('a Global API key account: the served page holds neither the key nor the email', async ({
  page,
  harness,
}) => {
  const { email, key } = DEMO_CREDENTIALS.globalKey;
  await harness.core.addAccount(undefined, DEMO_CREDENTIALS.globalKey);
  await harness.core.addAccount('Tokens', DEMO_CREDENTIALS.token);
  await harness.core.whenIdle();
  const served = await (await page.request.get(harness.url)).text();
  // The list was drawn (so the test looks at a real first screen, not the plain page).
  expect(served).toContain('id="first-screen"');
  expect(served).toContain('Org ');
  expect(served).not.toContain(key);
  expect(served).not.toContain(email);
  expect(served).not.toContain(DEMO_CREDENTIALS.token.token);
  expect(served).not.toContain(TOKEN_SHAPED);
});
