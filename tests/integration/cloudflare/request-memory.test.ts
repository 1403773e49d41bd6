import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// Issue 15: each list request used to leave ~2.5 KB behind for good (AbortSignal.any plus the
// SDK's never-removed abort listener). The probe needs --expose-gc, so it runs in a child.

interface ProbeResult {
  calls: number;
  batch: number;
  heap: number[];
  signalsWithListeners: number;
  signalsStillAlive: number;
  longLivedListeners: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

function runProbe(): ProbeResult {
  const child = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      'tests/support/run-typescript.mjs',
      'tests/integration/cloudflare/support/request-memory-probe.ts',
    ],
    { encoding: 'utf8', timeout: 150_000, env: { ...process.env, PROBE_CALLS: '2000' } },
  );
  if (child.status !== 0) throw new Error(`probe failed (${child.status}): ${child.stderr}`);
  const line = child.stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as ProbeResult;
}

describe('memory per API request', () => {
  it('levels off after warm-up and leaves no signal with listeners behind', { timeout: 180_000 }, () => {
    const result = runProbe();
    const { heap, batch } = result;
    // Samples every 200 calls; the first three (600 calls) are warm-up: JIT, connection pool.
    const early = median(heap.slice(2, 5));
    const late = median(heap.slice(-3));
    const calls = (heap.length - 1 - 3) * batch;
    const bytesPerCall = (late - early) / calls;
    console.log(
      `request memory: ${result.calls} calls, heap ${(early / 1048576).toFixed(2)} -> ${(late / 1048576).toFixed(2)} MB ` +
        `(${bytesPerCall.toFixed(0)} B/call after warm-up), ${result.signalsStillAlive} of ` +
        `${result.signalsWithListeners} listened-to signals alive`,
    );
    // Before the fix: ~2.3 KB per call and two live signals per call. Noise here is a few
    // hundred bytes a call at most; a quarter of the leak per call would still fail.
    expect(bytesPerCall).toBeLessThan(1024);
    expect(result.signalsStillAlive).toBeLessThan(result.calls / 4);
    expect(result.longLivedListeners).toBe(0);
  });
});
