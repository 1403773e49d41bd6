import { spawn } from 'node:child_process';

export interface ChildRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of a user with none of the network or Invitray variables set, plus `extra`. */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  const unwanted =
    /^(https?_proxy|no_proxy|node_extra_ca_certs|node_use_system_ca|node_options|ssl_cert_(file|dir)|invitray_.*)$/i;
  for (const [name, value] of Object.entries(process.env)) if (!unwanted.test(name)) env[name] = value;
  return { ...env, ...extra };
}

/**
 * Runs `node …args` to completion. Async on purpose: the proxy and the API the child
 * talks to live in the test process and must keep answering meanwhile.
 */
export function runNode(
  args: string[],
  env: NodeJS.ProcessEnv,
  stdin = '',
  node = process.execPath,
): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, args, { env, timeout: 60_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}
