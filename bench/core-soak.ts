// `npm run bench` (last step): the long soak of issue 15. The real core against the demo API
// on the manual clock, thousands of steps per seed, every invariant checked at every step,
// and the heap (after gc) sampled as it goes. Merges a top-level "soak" section into
// bench/results.json. Run alone:
//   node --expose-gc tests/support/run-typescript.mjs bench/core-soak.ts
// SOAK_SEEDS=1,2,3 and SOAK_STEPS=2000 choose the runs (one seed, up to its failing step, takes
// seconds: SOAK_SEEDS=3 SOAK_STEPS=150); SOAK_TRACE=N prints every step from step N on. Figures only, except that a broken
// invariant fails the bench like it fails the test suite.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { runSoak, type HeapSample, type SoakResult } from '../tests/support/soak/soak-run';

const RESULTS = 'bench/results.json';
const SEEDS = (process.env.SOAK_SEEDS ?? '1,2,3').split(',').map(Number);
const STEPS = Number(process.env.SOAK_STEPS ?? 2000);
const HEAP_EVERY = 100;

if (!(globalThis as { gc?: unknown }).gc) throw new Error('run with node --expose-gc');

/** Least-squares slope of heap against requests, after the first fifth (warm-up). */
function heapFigures(samples: readonly HeapSample[]) {
  const kept = samples.slice(Math.floor(samples.length / 5));
  const n = kept.length;
  const meanX = kept.reduce((sum, s) => sum + s.requests, 0) / n;
  const meanY = kept.reduce((sum, s) => sum + s.heapUsed, 0) / n;
  let num = 0;
  let den = 0;
  for (const s of kept) {
    num += (s.requests - meanX) * (s.heapUsed - meanY);
    den += (s.requests - meanX) ** 2;
  }
  const mb = (bytes: number) => Math.round((bytes / 1048576) * 100) / 100;
  return {
    samples: samples.length,
    startMB: mb(kept[0]?.heapUsed ?? 0),
    endMB: mb(kept.at(-1)?.heapUsed ?? 0),
    slopeBytesPerRequest: den === 0 ? 0 : Math.round(num / den),
  };
}

const runs = [];
for (const seed of SEEDS) {
  const started = Date.now();
  const result: SoakResult = await runSoak({
    seed,
    steps: STEPS,
    checkpointEvery: 250,
    heapEvery: HEAP_EVERY,
    traceFrom: process.env.SOAK_TRACE ? Number(process.env.SOAK_TRACE) : undefined,
  });
  const heap = heapFigures(result.heap);
  const run = {
    seed,
    steps: result.steps,
    requests: result.requests,
    faults: result.faults,
    answers: result.answers,
    patches: result.patches,
    notifications: result.notifications,
    checkpoints: result.checkpoints,
    heap,
    seconds: Math.round((Date.now() - started) / 100) / 10,
    violations: result.violations,
  };
  runs.push(run);
  console.log(
    `soak seed ${seed}: ${run.steps} steps, ${run.requests} requests, ${run.faults} faults, ${run.answers} answers ` +
      `(${run.patches} PATCHes), ${run.notifications} notifications, ${run.checkpoints} checkpoints; heap ` +
      `${heap.startMB} -> ${heap.endMB} MB, ${heap.slopeBytesPerRequest} B/request; ` +
      `${run.violations.length === 0 ? 'every invariant held' : run.violations.join(' | ')}`,
  );
}

const results = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {};
results.soak = { measuredAt: new Date().toISOString(), node: process.version, stepsPerSeed: STEPS, runs };
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
if (runs.some((run) => run.violations.length > 0)) process.exit(1);
