// Public entry of the built-in demo API: a Cloudflare-compatible server on
// 127.0.0.1 that demo mode, the CLI's --demo and every test talk to.
export { startDemoServer } from './server';
export type { DemoServer, DemoServerOptions } from './server';
export {
  DEMO_CREDENTIALS,
  DEMO_EMAIL,
  DEMO_GLOBAL_KEY,
  DEMO_INVITES_ONLY_TOKEN,
  DEMO_READ_ONLY_TOKEN,
  DEMO_REVOKED_TOKEN,
  DEMO_TOKEN,
  DEMO_USER_ID,
} from './credentials';
export type { DemoPermission, DemoTokenSpec, DemoTokenStatus } from './credentials';
export type { DemoFault, FailNextOptions } from './faults';
export { echoedForms } from './credential-echo';
export type { DemoRequestLogEntry } from './request-log';
export { API_PREFIX } from './routes';
export { seedInvites } from './seed';
export { DRIFT_IDS, DRIFT_KINDS, driftingRecords } from './drift';
export type { DriftKind } from './drift';
export type { DemoInvite } from './seed';
export type { DemoMembership } from './membership-state';
