import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/shell/protocol';

const root = resolve(import.meta.dirname, '../../..');
const html = readFileSync(join(root, 'src/index.html'), 'utf8');
// A path in a comment may be wrapped after a slash.
const joined = html.replace(/\/\s+/g, '/');

describe('src/index.html', () => {
  it('points only to source files that exist (where the CSP really lives)', () => {
    const paths = [...joined.matchAll(/electron\/[\w/.-]+?\.ts/g)].map((match) => match[0]);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(existsSync(join(root, path)), path).toBe(true);
    expect(paths).toContain('electron/main/shell/protocol.ts');
    expect(readFileSync(join(root, 'electron/main/shell/protocol.ts'), 'utf8')).toContain(
      'Content-Security-Policy',
    );
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
  });

  it('carries no CSP meta tag (the header is the policy; a meta tag would break the dev server)', () => {
    expect(html).not.toMatch(/http-equiv=["']?Content-Security-Policy/i);
  });
});
