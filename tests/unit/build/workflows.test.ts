import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

// The GitHub Actions workflows against the workflow JSON schema (@action-validator/core,
// SchemaStore's schema compiled to WebAssembly), plus the project's own rules: actions
// pinned to full commit SHAs, least-privilege permissions, the jobs the issue asks for.

type Json = Record<string, unknown>;
interface Step {
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
