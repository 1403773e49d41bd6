export { createIpcDispatcher } from './dispatcher';
export type { IpcDispatcher, IpcDispatcherOptions } from './dispatcher';
export { isTrustedSender } from './trusted-sender';
export { isPlainData } from './payload-checks';
export { redactOutbound } from './outbound-redaction';
