// Child process of request-memory.test.ts, run with --expose-gc: makes many API calls
// against the demo API the way the sync engine does (a fresh AbortController per list)
// and prints, as one JSON line, the heap after each batch and how many signals that got
// an abort listener are still alive.
import { getEventListeners } from 'node:events';
import { createCloudflareApi } from '../../../../electron/main/core/cloudflare';
import { DEMO_CREDENTIALS, startDemoServer } from '../../../../electron/main/core/demo';

const CALLS = Number(process.env.PROBE_CALLS ?? 2000);
const BATCH = 200;

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const collect = gc;

// Every signal anyone (the SDK, undici, us) hangs an abort listener on, counted until collected.
const seen = new WeakSet<AbortSignal>();
let listened = 0;
let collected = 0;
const registry = new FinalizationRegistry<null>(() => void collected++);
const addListener = AbortSignal.prototype.addEventListener;
AbortSignal.prototype.addEventListener = function (this: AbortSignal, ...args) {
  if (args[0] === 'abort' && !seen.has(this)) {
    seen.add(this);
    listened++;
    registry.register(this, null);
  }
  return addListener.apply(this, args);
} as typeof addListener;

async function settledHeap(): Promise<number> {
  // Twice, with a turn of the event loop between: finalizers and weak cells need a second pass.
  collect();
  await new Promise((resolve) => setImmediate(resolve));
  collect();
  return process.memoryUsage().heapUsed;
}

const server = await startDemoServer();
const api = createCloudflareApi({ credential: DEMO_CREDENTIALS.token, baseUrl: server.baseUrl });
// A caller that keeps one signal for its whole life must not collect listeners on it either.
const longLived = new AbortController();
const heap: number[] = [await settledHeap()];
for (let call = 1; call <= CALLS; call++) {
  if (call % 10 === 0) await api.listInvites(longLived.signal);
  else await api.listInvites(new AbortController().signal);
  // The demo server logs every request: that log is not the client's memory.
  server.clearRequestLog();
  if (call % BATCH === 0) heap.push(await settledHeap());
}
// Finalizers run when V8 gets to them, later on a loaded machine (or under coverage): collect
// until the count stops moving, so only signals that are really still held are counted alive.
for (let round = 0, last = -1; round < 20 && collected !== last; round++) {
  last = collected;
  await settledHeap();
  await new Promise((resolve) => setTimeout(resolve, 25));
}
console.log(
  JSON.stringify({
    calls: CALLS,
    batch: BATCH,
    heap,
    signalsWithListeners: listened,
    signalsStillAlive: listened - collected,
    longLivedListeners: getEventListeners(longLived.signal, 'abort').length,
  }),
);
await server.close();
