import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { e2ePackageArgs, packagedExecutable } from '../../../scripts/package-e2e.mjs';

// The GitHub Actions workflows against the workflow JSON schema (@action-validator/core,
// SchemaStore's schema compiled to WebAssembly), plus the project's own rules: actions
// pinned to full commit SHAs, least-privilege permissions, the jobs the issue asks for.

type Json = Record<string, unknown>;
interface Step {
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Json;
  env?: Record<string, string>;
}
interface Job {
  'runs-on': string;
  permissions?: Json;
  container?: string;
  strategy?: { matrix: Json };
  steps: Step[];
}
interface Workflow {
  on: Json;
  permissions: Json;
  jobs: Record<string, Job>;
}

const root = resolve(import.meta.dirname, '../../..');
const source = (name: string) => readFileSync(join(root, '.github/workflows', name), 'utf8');
const parse = (name: string) => load(source(name)) as Workflow;
const runs = (job: Job) => job.steps.map((step) => step.run ?? '').join('\n');

/** `uses:` lines not pinned as `owner/repo@<40 hex> # vX.Y.Z`. */
function unpinnedActions(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => /^\s*(-\s+)?uses:/.test(line))
    .filter((line) => !/uses:\s+[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+(\.\d+){0,2}\s*$/.test(line));
}

describe.each(['ci.yml', 'release.yml'])('%s', (name) => {
  it('is valid against the GitHub Actions workflow schema', () => {
    expect(validateWorkflow(source(name)).errors).toEqual([]);
  });

  it('pins every action to a full commit SHA with its version', () => {
    expect(unpinnedActions(source(name))).toEqual([]);
    expect(source(name)).toMatch(/uses: actions\/checkout@[0-9a-f]{40} # v5/);
  });

  it('puts no ${{ }} expressions in run scripts (values reach them through env)', () => {
    for (const job of Object.values(parse(name).jobs)) {
      for (const step of job.steps) expect(step.run ?? '').not.toContain('${{');
    }
  });

  it('reads only by default and never persists the checkout token', () => {
    const workflow = parse(name);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps.filter((s) => s.uses?.startsWith('actions/checkout@'))) {
        expect(step.with?.['persist-credentials']).toBe(false);
      }
    }
  });
});

describe('the validators can fail', () => {
  it('the schema rejects broken workflows', () => {
    const broken = [
      'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    stepz:\n      - run: echo hi\n',
      'on: push\npermissions:\n  contents: writ\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: x\n',
      'on: pushh\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: x\n',
      'jobs: [1, 2]\n',
    ];
    for (const text of broken) expect(validateWorkflow(text).errors.length, text).toBeGreaterThan(0);
  });

  it('the pin rule flags tags, branches and short SHAs', () => {
    const text = [
      '      - uses: actions/checkout@v5',
      '      - uses: actions/setup-node@main',
      '      - uses: actions/setup-node@a0853c2 # v5.0.0',
      '        uses: actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02',
      '      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0',
    ].join('\n');
    expect(unpinnedActions(text)).toHaveLength(4);
  });
});

describe('ci.yml jobs', () => {
  const ci = parse('ci.yml');

  it('lints and typechecks', () => {
    expect(runs(ci.jobs.lint!)).toContain('npm run lint');
    expect(runs(ci.jobs.typecheck!)).toContain('npm run typecheck');
  });

  it('runs unit tests on Node 20.19, 22 and 24 in Debian with a real Secret Service', () => {
    const unit = ci.jobs.unit!;
    expect(unit.strategy?.matrix.node).toEqual(['20.19', '22', '24']);
    expect(unit.container).toMatch(/^debian:/);
    expect(runs(unit)).toMatch(/apt-get install[^\n]*\n?[^\n]*libsecret-1-dev gnome-keyring dbus-x11/);
    expect(runs(unit)).toMatch(
      /dbus-run-session -- sh -c\s+'eval "\$\(printf [^|]+\| gnome-keyring-daemon --unlock/,
    );
    expect(runs(unit)).toContain('npm run test:unit');
  });

  it('runs the whole suite, browser tests included, with Debian chromium and xvfb', () => {
    const suite = ci.jobs.suite!;
    expect(runs(suite)).toMatch(/chromium xvfb/);
    expect(runs(suite)).toMatch(/libsecret-1-dev gnome-keyring dbus-x11/);
    // Plain `npm test`, as the README says: the runner starts the keyring itself.
    expect(suite.steps.some((step) => step.run === 'npm test')).toBe(true);
  });

  it('runs the Electron suite on all three OSes, under xvfb on Linux, and fails if Electron is missing', () => {
    const e2e = ci.jobs['e2e-electron']!;
    expect(e2e.strategy?.matrix.os).toEqual(['ubuntu-latest', 'macos-latest', 'windows-latest']);
    const linux = e2e.steps.find((s) => s.if === "runner.os == 'Linux'" && s.run?.includes('playwright'));
    expect(linux?.run).toMatch(/^xvfb-run .*npx playwright test -c playwright\.electron\.config\.ts/s);
    const others = e2e.steps.find((s) => s.if === "runner.os != 'Linux'" && s.run?.includes('playwright'));
    expect(others?.run).toBe('npx playwright test -c playwright.electron.config.ts');
    expect(runs(e2e)).toContain('node scripts/electron-available.mjs');
  });

  it('never asks for write access', () => {
    expect(source('ci.yml')).not.toMatch(/:\s*write\b/);
  });

  it('uses Node 22 outside the matrix', () => {
    for (const job of Object.values(ci.jobs)) {
      for (const step of job.steps.filter((s) => s.uses?.startsWith('actions/setup-node@'))) {
        expect(['22', 22, '${{ matrix.node }}']).toContain(step.with?.['node-version']);
      }
    }
  });
});

const RUNNER_OS: Record<string, string> = {
  'ubuntu-latest': 'Linux',
  'macos-latest': 'macOS',
  'windows-latest': 'Windows',
};
const PACKAGED_ENV = 'INVITRAY_PACKAGED_EXECUTABLE';

/** Whether a step runs on a runner OS; a condition other than runner.os (failure()…) does not count. */
function stepRunsOn(step: Step, runnerOs: string): boolean {
  if (step.if === undefined) return true;
  const test = /^runner\.os (==|!=) '(\w+)'$/.exec(step.if.trim());
  if (!test) return false;
  return test[1] === '==' ? test[2] === runnerOs : test[2] !== runnerOs;
}

/**
 * For each OS of the e2e matrix, what is missing: the Electron suite against the repository,
 * the `--dir` package, the suite against the packaged executable after it (on Linux under
 * xvfb with a D-Bus session and an unlocked keyring, as the repository run).
 */
function packagedRunProblems(job: Job): string[] {
  const problems: string[] = [];
  const suite = (step: Step) =>
    /npx playwright test -c playwright\.electron\.config\.ts/.test(step.run ?? '');
  for (const os of job.strategy?.matrix.os as string[]) {
    const runnerOs = RUNNER_OS[os] ?? os;
    const steps = job.steps.filter((step) => stepRunsOn(step, runnerOs));
    const packaging = steps.findIndex((step) => /node scripts\/package-e2e\.mjs/.test(step.run ?? ''));
    const packageId = packaging >= 0 ? job.steps[job.steps.indexOf(steps[packaging]!)]!.id : undefined;
    const packaged = steps.findIndex(
      (step, index) =>
        index > packaging &&
        suite(step) &&
        packageId !== undefined &&
        step.env?.[PACKAGED_ENV] === '${{ steps.' + packageId + '.outputs.executable }}',
    );
    if (!steps.some((step) => suite(step) && step.env?.[PACKAGED_ENV] === undefined))
      problems.push(`${os}: the suite does not run against the repository`);
    if (packaging < 0) problems.push(`${os}: no step builds the package`);
    else if (packageId === undefined)
      problems.push(`${os}: the packaging step has no id to read its output from`);
    if (packaged < 0) problems.push(`${os}: the suite does not run against the packaged executable`);
    else if (
      runnerOs === 'Linux' &&
      !/^xvfb-run .*dbus-run-session .*gnome-keyring-daemon --unlock/s.test(steps[packaged]!.run!)
    )
      problems.push(`${os}: the packaged suite runs without xvfb, D-Bus and a keyring`);
  }
  return problems;
}

describe('ci.yml runs the Electron suite against the packaged app on every OS', () => {
  const e2e = parse('ci.yml').jobs['e2e-electron']!;

  it('builds the --dir package and runs the suite against it and against the repository, on all three', () => {
    expect(e2e.strategy?.matrix.os).toEqual(['ubuntu-latest', 'macos-latest', 'windows-latest']);
    expect(packagedRunProblems(e2e)).toEqual([]);
    // The packaging script builds this OS's --dir target with the e2e variant of the production config.
    for (const platform of ['linux', 'darwin', 'win32']) {
      expect(e2ePackageArgs(platform, 'x64').join(' ')).toMatch(
        /^--(linux|mac|win) dir --x64 --publish never -c electron-builder\.e2e\.yml$/,
      );
    }
    expect(packagedExecutable('darwin', 'arm64', 'dist/e2e')).toBe(
      join('dist/e2e', 'mac-arm64', 'Invitray.app', 'Contents', 'MacOS', 'Invitray'),
    );
    expect(packagedExecutable('win32', 'x64', 'dist/e2e')).toBe(
      join('dist/e2e', 'win-unpacked', 'Invitray.exe'),
    );
    expect(packagedExecutable('linux', 'x64', 'dist/e2e')).toBe(
      join('dist/e2e', 'linux-unpacked', 'invitray'),
    );
    // And fails early, rather than skipping, if what it built cannot start.
    expect(runs(e2e)).toContain('node scripts/electron-available.mjs --packaged');
  });

  it('fails when an OS stops building the package or running the suite against it', () => {
    const edit = (change: (steps: Step[]) => Step[]): Job => ({
      ...e2e,
      steps: change(structuredClone(e2e.steps)),
    });
    const noPackage = edit((steps) => steps.filter((step) => !step.run?.includes('package-e2e')));
    expect(packagedRunProblems(noPackage)).toEqual(
      expect.arrayContaining([
        'ubuntu-latest: no step builds the package',
        'macos-latest: no step builds the package',
        'windows-latest: no step builds the package',
      ]),
    );
    const windowsOnly = edit((steps) =>
      steps.map((step) =>
        step.if === "runner.os != 'Linux'" && step.env?.[PACKAGED_ENV]
          ? { ...step, if: "runner.os == 'Windows'" }
          : step,
      ),
    );
    expect(packagedRunProblems(windowsOnly)).toEqual([
      'macos-latest: the suite does not run against the packaged executable',
    ]);
    const noVariable = edit((steps) =>
      steps.map((step) =>
        step.if === "runner.os == 'Linux'" && step.env?.[PACKAGED_ENV] ? { ...step, env: {} } : step,
      ),
    );
    expect(packagedRunProblems(noVariable)).toEqual([
      'ubuntu-latest: the suite does not run against the packaged executable',
    ]);
    const noDisplay = edit((steps) =>
      steps.map((step) =>
        step.if === "runner.os == 'Linux'" && step.env?.[PACKAGED_ENV]
          ? { ...step, run: 'npx playwright test -c playwright.electron.config.ts' }
          : step,
      ),
    );
    expect(packagedRunProblems(noDisplay)).toEqual([
      'ubuntu-latest: the packaged suite runs without xvfb, D-Bus and a keyring',
    ]);
    const packagedAfter = edit((steps) => {
      const index = steps.findIndex((step) => step.run?.includes('package-e2e'));
      const [packaging] = steps.splice(index, 1);
      return [...steps.slice(0, -1), packaging!, steps.at(-1)!];
    });
    expect(packagedRunProblems(packagedAfter)).toHaveLength(3);
  });
});

describe('release.yml', () => {
  const release = parse('release.yml');

  it('runs on version tags only', () => {
    expect(release.on).toEqual({ push: { tags: ['v*'] } });
  });

  it('builds on macOS, Windows and Linux and publishes to a draft release with the workflow token', () => {
    const installers = release.jobs.installers!;
    const include = installers.strategy?.matrix.include as { os: string; platform: string }[];
    expect(include.map((entry) => `${entry.os} ${entry.platform}`).sort()).toEqual([
      'macos-latest --mac',
      'ubuntu-latest --linux',
      'windows-latest --win',
    ]);
    const publish = installers.steps.find((s) => s.run?.includes('electron-builder'));
    expect(publish?.run).toMatch(/npx electron-builder "\$PLATFORM" --publish always/);
    expect(publish?.env?.GH_TOKEN).toBe('${{ secrets.GITHUB_TOKEN }}');
    expect(runs(release.jobs.draft!)).toContain('--draft');
  });

  it('grants contents: write only to the jobs that upload', () => {
    for (const [name, job] of Object.entries(release.jobs)) {
      expect(job.permissions, name).toEqual({ contents: 'write' });
    }
    expect(Object.keys(release.jobs).sort()).toEqual(['draft', 'installers']);
  });

  it('keeps secrets out of command lines: they reach steps through env only', () => {
    for (const job of Object.values(release.jobs)) {
      for (const step of job.steps) expect(step.run ?? '').not.toContain('secrets.');
    }
  });
});

/** Each OS of the e2e matrix whose job does not upload the idle metrics after the packaged suite. */
function idleMetricsProblems(job: Job): string[] {
  const problems: string[] = [];
  for (const os of job.strategy?.matrix.os as string[]) {
    const runnerOs = RUNNER_OS[os] ?? os;
    const steps = job.steps.filter((step) => step.if === 'always()' || stepRunsOn(step, runnerOs));
    const packaged = steps.findLastIndex(
      (step) => step.env?.[PACKAGED_ENV] !== undefined && /playwright test/.test(step.run ?? ''),
    );
    const upload = steps.findIndex(
      (step) =>
        step.uses?.startsWith('actions/upload-artifact@') === true &&
        step.if === 'always()' &&
        String(step.with?.path ?? '').replace(/\/$/, '') === 'test-results/idle-metrics',
    );
    if (upload < 0) problems.push(`${os}: the idle metrics are not uploaded`);
    else if (upload < packaged)
      problems.push(`${os}: the idle metrics are uploaded before the packaged suite writes them`);
  }
  return problems;
}

describe('ci.yml keeps the packaged app idle metrics of every OS', () => {
  const e2e = parse('ci.yml').jobs['e2e-electron']!;

  it('uploads test-results/idle-metrics after the packaged suite, whatever its outcome, on all three', () => {
    expect(idleMetricsProblems(e2e)).toEqual([]);
  });

  it('notices a missing, conditional or misplaced upload', () => {
    const edit = (change: (steps: Step[]) => Step[]): Job => ({
      ...e2e,
      steps: change(structuredClone(e2e.steps)),
    });
    const isUpload = (step: Step) => String(step.with?.path ?? '').startsWith('test-results/idle-metrics');
    expect(idleMetricsProblems(edit((steps) => steps.filter((step) => !isUpload(step))))).toHaveLength(3);
    expect(
      idleMetricsProblems(
        edit((steps) => steps.map((step) => (isUpload(step) ? { ...step, if: 'failure()' } : step))),
      ),
    ).toHaveLength(3);
    const early = edit((steps) => [...steps.filter(isUpload), ...steps.filter((step) => !isUpload(step))]);
    expect(idleMetricsProblems(early)).toEqual([
      'ubuntu-latest: the idle metrics are uploaded before the packaged suite writes them',
      'macos-latest: the idle metrics are uploaded before the packaged suite writes them',
      'windows-latest: the idle metrics are uploaded before the packaged suite writes them',
    ]);
  });
});
