// The floor under `invitray list --demo`: a bare Node script that starts the same demo API and
// fetches the invitation list once, with nothing of Invitray's own (no settings, keychain, SDK,
// sign-in or formatting). cli.bench.ts bundles it as the CLI is bundled and runs it with plain node.
import { DEMO_TOKEN, startDemoServer } from '../electron/main/core/demo';

const server = await startDemoServer();
try {
  const response = await fetch(`${server.baseUrl}/user/invites`, {
    headers: { authorization: `Bearer ${DEMO_TOKEN}` },
  });
  const body = (await response.json()) as { success: boolean; result: unknown[] };
  if (!body.success) throw new Error(`the demo API said no (${response.status})`);
  console.log(`${body.result.length} invitations`);
} finally {
  await server.close();
}
