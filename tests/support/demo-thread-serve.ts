import { workerData, type MessagePort } from 'node:worker_threads';
import { startDemoServer, type DemoServer } from '../../electron/main/core/demo';
import type { DemoThreadReply } from './demo-thread';

// The worker side of demo-thread.ts: the demo API on the shared clock, answering each call
// and then waking the caller, who waits on `done`.
const { port, done, time } = workerData as { port: MessagePort; done: Int32Array; time: Float64Array };
const demo = await startDemoServer({ now: () => time[0]! });

port.on('message', async ({ method, args }: { method: keyof DemoServer; args: unknown[] }) => {
  let reply: DemoThreadReply;
  try {
    const member = demo[method];
    const result =
      typeof member === 'function' ? await (member as (...a: unknown[]) => unknown)(...args) : member;
    reply = { result };
  } catch (error) {
    reply = { error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
  Atomics.store(done, 0, 1);
  Atomics.notify(done, 0);
  if (method === 'close') port.close();
});
port.postMessage({ origin: demo.origin, baseUrl: demo.baseUrl, port: demo.port });
