// Main's heap over a simulated week (issue 21): the real core against the demo API, 2,016
// five-minute polls with arrivals, answers, lapses and withdrawals, in one run
// (tests/support/simulated-week.ts). The heap is read after a full gc at the end of each day;
// growth is the last day's minus the first day's (day 1 is the warm-up: modules, JIT, caches).
// Target: growth <= 1 MB. Merges a top-level "week" section into bench/results.json. Run alone:
//   node --expose-gc tests/support/run-typescript.mjs bench/core-week.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { getHeapSpaceStatistics } from 'node:v8';
import { simulateWeek } from '../tests/support/simulated-week';

const RESULTS = 'bench/results.json';
const TARGET_GROWTH_BYTES = 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');

const heapByDay: number[] = [];
const spacesByDay: Record<string, number>[] = [];
const week = await simulateWeek({
  // One main process: a restart would leave the first core to the harness, not to the app.
  restart: false,
  endOfDay() {
    gc();
    gc();
    heapByDay.push(process.memoryUsage().heapUsed);
    spacesByDay.push(
      Object.fromEntries(getHeapSpaceStatistics().map((space) => [space.space_name, space.space_used_size])),
    );
  },
});
const growth = heapByDay.at(-1)! - heapByDay[0]!;
const results = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {};
results.week = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  polls: week.polls,
  answers: week.answers,
  heapUsedBytesByDay: heapByDay,
  heapGrowthAfterWarmupBytes: growth,
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
    `(growth after warm-up ${(growth / 1024).toFixed(0)} KB, target <= 1024 KB)`,
);
