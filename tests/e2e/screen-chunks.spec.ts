import { expect, openApp, signIn, test } from './harness/fixtures';
import { failChunk } from './harness/chunks';
import { pendingInvite } from './harness/invites';

// Settings, Details and Accounts are chunks of their own. One that fails to load is tried again,
// and if it fails again the window says so and offers the way back, instead of a blank screen.

const SETTINGS = /\/assets\/SettingsScreen-[\w-]{8}\.js$/;

test.use({ harnessOptions: { invites: [pendingInvite('acme0001', 'Acme Corp')] } });

test('Settings failing twice: the window says so and Back returns to the list', async ({ page, harness }) => {
  const lines: string[] = [];
  page.on('console', (message) => lines.push(`${message.type()}: ${message.text()}`));
  await failChunk(page, SETTINGS);
  await signIn(harness);
  await openApp(page, harness);
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('alert')).toContainText('This screen could not be loaded.');
  expect(lines).toContainEqual(expect.stringMatching(/^error: Invitray could not load its settings screen/));
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Invitations (1)');
});
