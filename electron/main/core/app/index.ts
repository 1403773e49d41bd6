export { createInvitrayCore } from './create-core';
export { DEMO_PROFILE_LABEL } from './account-flows';
export { isDemoCredential } from './demo-access';
export { createSessionKeychain } from './session-keychain';
export { toProfileSummary } from './profile-summary';
export type {
  CoreLog,
  DemoEndpoint,
  InvitrayCore,
  InvitrayCoreDeps,
  LoginItemState,
  NotificationActivation,
  WindowRoute,
} from './types';
