import { createInterface } from 'node:readline/promises';
import { stdin, stdout, stderr } from 'node:process';
import type { CliIo } from './cli-io';

/** The real terminal: piped stdin is read whole; a TTY gets a prompt with echo turned off. */
export function nodeIo(): CliIo {
  return {
    out: (text) => stdout.write(`${text}\n`),
    err: (text) => stderr.write(`${text}\n`),
    readSecret: (prompt) => (stdin.isTTY ? promptHidden(prompt) : readAll()),
    confirm: async (question) => {
      // One line, from the terminal or a pipe; no answer (end of input) is a no.
      const lines = createInterface({ input: stdin, output: stderr, terminal: stdin.isTTY });
      try {
        const answer = await Promise.race([
          lines.question(`${question} [y/N] `),
          new Promise<string>((resolve) => lines.once('close', () => resolve(''))),
        ]);
        return /^\s*y(es)?\s*$/i.test(answer);
      } finally {
        lines.close();
      }
    },
  };
}

async function readAll(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').trim();
}

function promptHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    stderr.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let secret = '';
    const finish = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      stderr.write('\n');
      if (error) reject(error);
      else resolve(secret.trim());
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n' || char === '\u0004') return finish();
        if (char === '\u0003') return finish(new Error('Cancelled.'));
        if (char === '\u007f' || char === '\b') secret = secret.slice(0, -1);
        else secret += char;
      }
    };
    stdin.on('data', onData);
  });
}
