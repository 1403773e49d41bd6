// Main's heap over a simulated week (issue 21): the real core against the demo API, 2,016
// five-minute polls with arrivals, answers, lapses and withdrawals, in one run
// (tests/support/simulated-week.ts). The heap is read at the end of each day after a full gc,
// two turns of the event loop and another gc: Node's fetch (undici) registers every request's
// signal with a FinalizationRegistry whose holdings stay until its cleanup task has run after a
// gc, so reading straight after gc() counted the day's finished requests as kept (main passes
// Chromium's net.fetch, which has no such registry). Growth is the last day's minus the first
// day's (day 1 is the warm-up: modules, JIT, caches); fromDay2 starts at the end of day 2, as
// code run only a few times a day (arrivals, answers, lapses) is still being compiled and
// optimised then (V8's code, bytecode and feedback, not data the app keeps).
// Target: growth <= 1 MB. Merges a top-level "week" section into bench/results.json. Run alone:
//   node --expose-gc tests/support/run-typescript.mjs bench/core-week.ts
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setImmediate as turn } from 'node:timers/promises';
import { getHeapSpaceStatistics, writeHeapSnapshot } from 'node:v8';
import { simulateWeek } from '../tests/support/simulated-week';
import { heapSplit, type HeapSplit } from './heap-split';

// Vite's module runner (run-typescript.mjs) turns on Node's source maps, and Node then keeps a
// parsed map for each module whose stack it formats: harness memory main does not have.
process.setSourceMapsEnabled(false);

const RESULTS = 'bench/results.json';
const TARGET_GROWTH_BYTES = 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');

async function settle(): Promise<void> {
  gc!();
  gc!();
  await turn();
  await turn();
  gc!();
}

const heapByDay: number[] = [];
const spacesByDay: Record<string, number>[] = [];
const week = await simulateWeek({
  // One main process: a restart would leave the first core to the harness, not to the app.
  restart: false,
  async endOfDay() {
    await settle();
    heapByDay.push(process.memoryUsage().heapUsed);
    spacesByDay.push(
      Object.fromEntries(getHeapSpaceStatistics().map((space) => [space.space_name, space.space_used_size])),
    );
  },
});
const growth = heapByDay.at(-1)! - heapByDay[0]!;

// A second week with a heap snapshot at the end of the first and the last day, for where the
// heap grew: V8's code (compiled as code run a few times a day warms up; bounded by the code
// there is) or objects the app keeps. Apart from the first week, as writing a snapshot leaves
// line ends and positions behind that the heap figure would count.
const snapshotDir = mkdtempSync(join(tmpdir(), 'invitray-week-'));
const snapshots: string[] = [];
let first: HeapSplit;
let last: HeapSplit;
try {
  await simulateWeek({
    restart: false,
    async endOfDay(day) {
      if (day !== 0 && day !== week.days.length - 1) return;
      await settle();
      snapshots.push(writeHeapSnapshot(join(snapshotDir, `day${day}.heapsnapshot`)));
    },
  });
  [first, last] = [heapSplit(snapshots[0]!), heapSplit(snapshots[1]!)];
} finally {
  rmSync(snapshotDir, { recursive: true, force: true });
}
const results = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {};
results.week = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  polls: week.polls,
  answers: week.answers,
  heapUsedBytesByDay: heapByDay,
  heapGrowthAfterWarmupBytes: growth,
  heapGrowthFromDay2Bytes: heapByDay.at(-1)! - heapByDay[1]!,
  // From the snapshots of the second week, first day to last (self sizes).
  snapshotGrowthBytes: {
    v8Code: last.codeBytes - first.codeBytes,
    objects: last.objectBytes - first.objectBytes,
  },
  // Where it grew (V8 heap spaces): code and its feedback settling in, or data kept.
  growthBySpaceBytes: Object.fromEntries(
    Object.keys(spacesByDay[0]!).map((name) => [name, spacesByDay.at(-1)![name]! - spacesByDay[0]![name]!]),
  ),
  targetGrowthBytesMax: TARGET_GROWTH_BYTES,
  meetsTarget: growth <= TARGET_GROWTH_BYTES,
  listedAtEndOfDay: week.days.map((day) => day.listed),
  notifiedIdsAtEndOfDay: week.days.map((day) => day.notifiedIds),
};
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
console.log(
  `week: ${week.polls} polls, heap ${(heapByDay[0]! / 1048576).toFixed(2)} -> ${(heapByDay.at(-1)! / 1048576).toFixed(2)} MB ` +
    `(growth after warm-up ${(growth / 1024).toFixed(0)} KB, target <= 1024 KB; in snapshots: ` +
    `V8 code ${((last.codeBytes - first.codeBytes) / 1024).toFixed(0)} KB, ` +
    `objects ${((last.objectBytes - first.objectBytes) / 1024).toFixed(0)} KB)`,
);
