export {
  BACKOFF_BASE_MS,
  BACKOFF_CAP_MS,
  BACKOFF_JITTER,
  PAUSING_ERROR_KINDS,
  backoffDelayMs,
  planRetry,
} from './backoff';
export type { RetryPlan } from './backoff';
export { MAX_TIMER_DELAY_MS, createSystemClock } from './clock';
export type { Clock, TimerHandle } from './clock';
export { diffInvites } from './diff';
export { DEFAULT_INTERVAL_MS, MIN_INTERVAL_MS, SyncEngine, createSyncEngine } from './engine';
export type { EventsListener, EventsMeta, SnapshotListener, SyncEngineOptions } from './engine';
export type { InviteEvent } from './events';
export { appErrorFromInfo, checkAnswerable, isValidInviteId } from './respond';
export { buildAppSnapshot, countPending, deepFreeze, sortInvites, toProfileState } from './snapshot';
export { initialProfileModel, reduceProfile } from './profile-model';
export type { ProfileAction, ProfileModel } from './profile-model';
