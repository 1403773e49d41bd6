import type { DemoRequestLogEntry } from '../../../electron/main/core/demo';
import { isPaused, SoakInvariants } from './soak-invariants';
import { planStep, type StepPlan } from './soak-actions';
import { seededRandom } from './soak-random';
import { createSoakWorld, signIn, TOKEN, type SoakWorld } from './soak-world';

const MINUTE = 60_000;

export interface SoakOptions {
  seed: number;
  steps: number;
  /** Real milliseconds before a request gives up (what a `timeout` fault costs). */
  timeoutMs?: number;
  /** Every this many steps, faults stop and the core must catch up with nothing lost. */
  checkpointEvery?: number;
  /** With --expose-gc: heap samples every this many steps. */
  heapEvery?: number;
  /** From this step on, one line per step (its requests and what the core shows) to find why one failed. */
  traceFrom?: number;
}

export interface HeapSample {
  step: number;
  requests: number;
  heapUsed: number;
}

export interface SoakResult {
  seed: number;
  steps: number;
  requests: number;
  faults: number;
  answers: number;
  patches: number;
  notifications: number;
  checkpoints: number;
  heap: HeapSample[];
  /** Empty when every invariant held at every step; else the first failing step's problems. */
  violations: string[];
}

function traceLine(
  world: SoakWorld,
  step: number,
  plan: StepPlan,
  pausedBefore: boolean,
  requests: readonly DemoRequestLogEntry[],
): string {
  const snapshot = world.core.snapshot();
  const state = snapshot.profiles[0];
  const time = (at: number) => new Date(at).toISOString().slice(11, 19);
  const sent = requests.map((entry) =>
    [time(entry.at), entry.method, entry.path, entry.status, entry.fault, entry.body].map(String).join(' '),
  );
  const held = (snapshot.heldDeclines ?? []).map((entry) => entry.inviteId);
  return (
    `${step} ${plan.kind} ${plan.detail} @${time(world.clock.now())} paused before: ${pausedBefore}; ` +
    `requests: [${sent.join(' | ')}]; error: ${state?.error?.kind ?? 'none'}; held: [${held.join(', ')}]`
  );
}

/** A seeded run of the real core against the demo API, checking the invariants after every step. */
export async function runSoak(options: SoakOptions): Promise<SoakResult> {
  const random = seededRandom(options.seed);
  const world = await createSoakWorld({ timeoutMs: options.timeoutMs ?? 1000 });
  const invariants = new SoakInvariants(world);
  const unhandled: string[] = [];
  const onUnhandled = (reason: unknown) => void unhandled.push(String(reason));
  process.on('unhandledRejection', onUnhandled);
  const result: SoakResult = {
    seed: options.seed,
    steps: 0,
    requests: 0,
    faults: 0,
    answers: 0,
    patches: 0,
    notifications: 0,
    checkpoints: 0,
    heap: [],
    violations: [],
  };
  world.take();
  world.demo.clearRequestLog();
  const gc = (globalThis as { gc?: () => void }).gc;

  async function step(plan: StepPlan): Promise<boolean> {
    const pausedBefore = isPaused(world.core.snapshot().profiles[0]);
    for (const seconds of plan.retryAfters ?? []) invariants.queued429(seconds);
    const answer = await plan.run();
    await world.core.whenIdle();
    const requests = world.demo.requestLog();
    world.demo.clearRequestLog();
    result.steps++;
    result.requests += requests.length;
    result.faults += requests.filter((entry) => entry.fault !== undefined).length;
    result.patches += requests.filter((entry) => entry.method === 'PATCH').length;
    if (answer) result.answers++;
    if (options.traceFrom !== undefined && result.steps >= options.traceFrom)
      console.log(traceLine(world, result.steps, plan, pausedBefore, requests));
    const problems = invariants.check({
      kind: plan.kind,
      pausedBefore,
      requests,
      outputs: world.take(),
      answer,
    });
    if (unhandled.length > 0) problems.push(`unhandled rejection: ${unhandled.join('; ')}`);
    const where = `seed ${options.seed}, step ${result.steps} (${plan.kind} ${plan.detail})`;
    result.violations.push(...problems.map((problem) => `${where}: ${problem}`));
    if (gc && options.heapEvery && result.steps % options.heapEvery === 0) {
      gc();
      await new Promise((resolve) => setImmediate(resolve));
      gc();
      result.heap.push({
        step: result.steps,
        requests: result.requests,
        heapUsed: process.memoryUsage().heapUsed,
      });
    }
    return problems.length === 0;
  }

  // Five minutes at a time (a whole number of ticker minutes), so every poll and retry gets its turn.
  const fiveMinutes: StepPlan = {
    kind: 'advance',
    detail: '5 min',
    run: async () => void world.clock.advance(5 * MINUTE),
  };

  const signInStep: StepPlan = {
    kind: 'signInAgain',
    detail: 'checkpoint',
    run: async () => void (await signIn(() => world.core.updateCredential(world.profileId, TOKEN))),
  };

  /** Faults stop; an hour passes (past any block or backoff); the core must hold what the server holds. */
  async function checkpoint(): Promise<boolean> {
    world.demo.clearFaults();
    invariants.faultsCleared();
    if (isPaused(world.core.snapshot().profiles[0]) && !(await step(signInStep))) return false;
    for (let n = 0; n < 13; n++) if (!(await step(fiveMinutes))) return false;
    await world.core.refresh();
    await world.core.whenIdle();
    result.checkpoints++;
    const problems = invariants.checkNothingLost();
    result.violations.push(...problems.map((problem) => `seed ${options.seed}, checkpoint: ${problem}`));
    return problems.length === 0;
  }

  try {
    const every = options.checkpointEvery ?? 100;
    for (let planned = 1; planned <= options.steps; planned++) {
      const paused = isPaused(world.core.snapshot().profiles[0]);
      if (!(await step(planStep(world, random, paused)))) break;
      if ((planned % every === 0 || planned === options.steps) && !(await checkpoint())) break;
    }
    result.notifications = world.notificationCount();
    return result;
  } finally {
    process.off('unhandledRejection', onUnhandled);
    await world.close();
  }
}

export type { SoakWorld };
