// A cross-process lock (mkdir is atomic), so two suites of one `npm test` (vitest runs test files
// in parallel processes) never run electron-builder into the same folder at once.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

function owner(lockDir) {
  try {
    return Number.parseInt(readFileSync(join(lockDir, 'owner'), 'utf8'), 10);
  } catch (error) {
    // The holder is between mkdir and writing its pid: treat it as alive.
    if (error.code === 'ENOENT') return process.pid;
    throw error;
  }
}

/** Runs `work` holding `lockDir`; a lock left by a dead process is taken over. */
export async function withLock(lockDir, work, timeoutMs = 5 * 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const pid = owner(lockDir);
      if (Number.isInteger(pid) && pid !== process.pid && !alive(pid)) {
        rmSync(lockDir, { recursive: true, force: true });
      } else if (Date.now() > deadline) {
        throw new Error(`package dry run: lock ${lockDir} held for too long`, { cause: error });
      } else {
        await sleep(250);
      }
    }
  }
  writeFileSync(join(lockDir, 'owner'), String(process.pid));
  try {
    return await work();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}
