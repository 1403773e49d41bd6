import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { DemoServer } from '../../electron/main/core/demo';
import type { ManualClock } from './manual-clock';

// The demo API in a worker thread: its own V8 isolate, so its heap (server, request log, its
// compiled code) is not counted in the heap of the thread that runs the core. The bench of
// main's heap over a week (bench/core-week.ts) needs that: in the app the API is Cloudflare,
// not code in main. The requests still go over real HTTP on 127.0.0.1; the thread's clock is
// the test's ManualClock, shared through memory so every request sees the time it was sent at.

const CALL_TIMEOUT_MS = 10_000;
type Method = Exclude<keyof DemoServer, 'origin' | 'baseUrl' | 'port'>;

export interface DemoThreadReply {
  result?: unknown;
  error?: string;
}

export async function startDemoThread(clock: ManualClock): Promise<DemoServer> {
  const done = new Int32Array(new SharedArrayBuffer(4));
  const time = new Float64Array(new SharedArrayBuffer(8));
  clock.watch((now) => {
    time[0] = now;
  });
  const { port1: port, port2: workerPort } = new MessageChannel();
  const worker = new Worker(new URL('./demo-thread-worker.mjs', import.meta.url), {
    workerData: { port: workerPort, done, time },
    transferList: [workerPort],
  });
  const started = await new Promise<Pick<DemoServer, 'origin' | 'baseUrl' | 'port'>>((resolve, reject) => {
    port.once('message', resolve);
    worker.once('error', reject);
  });

  // Synchronous, as DemoServer's methods are: the caller waits until the thread has answered.
  function call(method: Method, ...args: unknown[]): unknown {
    Atomics.store(done, 0, 0);
    port.postMessage({ method, args });
    if (Atomics.wait(done, 0, 0, CALL_TIMEOUT_MS) === 'timed-out') {
      throw new Error(`demo thread: no answer to ${method} within ${CALL_TIMEOUT_MS} ms`);
    }
    const reply = receiveMessageOnPort(port)?.message as DemoThreadReply | undefined;
    if (reply === undefined) throw new Error(`demo thread: answered ${method} without a reply`);
    if (reply.error !== undefined) throw new Error(`demo thread: ${method}: ${reply.error}`);
    return reply.result;
  }
  const method =
    (name: Method) =>
    (...args: unknown[]) =>
      call(name, ...args);

  return {
    ...started,
    invites: method('invites'),
    addInvite: method('addInvite'),
    updateInvite: method('updateInvite'),
    expireInvite: method('expireInvite'),
    removeInvite: method('removeInvite'),
    setInvites: method('setInvites'),
    addDriftingInvites: method('addDriftingInvites'),
    addToken: method('addToken'),
    setTwoFactorEnabled: method('setTwoFactorEnabled'),
    memberships: method('memberships'),
    removeMembership: method('removeMembership'),
    failNext: method('failNext'),
    clearFaults: method('clearFaults'),
    requestLog: method('requestLog'),
    clearRequestLog: method('clearRequestLog'),
    reset: method('reset'),
    async close() {
      call('close');
      port.close();
      await worker.terminate();
    },
  } as DemoServer;
}
