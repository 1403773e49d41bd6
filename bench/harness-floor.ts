import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createIpcDispatcher } from '../electron/main/core/ipc';
import type { Harness } from '../tests/e2e/harness/harness';
import { RENDERER_DIR } from '../tests/e2e/harness/paths';
import { startRendererServer } from '../tests/e2e/harness/renderer-server';

// The floor under "first list": the very DOM the app shows on its first screen, as a static page
// with no JavaScript, served by the same harness server (same handler, headers and CSP, same
// stylesheet) and loaded with the same navigation and the same watcher. What it takes is what
// Chromium and the harness cost anyway; ours ÷ floor is how much the app itself adds.

export const FLOOR_CAPTURED = 'invitray-bench:first-screen';

/** Runs in the page before its scripts: keeps the whole DOM as it is when the first list item appears. */
export function captureFirstScreen(signal: string): void {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[data-testid="invite-list"] li')) return;
    observer.disconnect();
    (window as unknown as { __firstScreen?: string }).__firstScreen = document.documentElement.outerHTML;
    console.debug(signal);
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** The captured DOM without what would run or fetch code: the page stays exactly as drawn. */
export function staticPage(outerHtml: string): string {
  const html = outerHtml
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*rel="modulepreload"[^>]*>/gi, '');
  return `<!doctype html>\n${html}\n`;
}

export interface FloorServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The built renderer's files (for the stylesheet) plus floor.html, in a temporary directory
 * served by the harness's own renderer server, wired to the same core as the app's page.
 */
export async function startFloorServer(harness: Harness, html: string): Promise<FloorServer> {
  const dir = mkdtempSync(join(tmpdir(), 'invitray-floor-'));
  try {
    cpSync(RENDERER_DIR, dir, { recursive: true });
    writeFileSync(join(dir, 'floor.html'), html);
    const dispatcher = createIpcDispatcher(harness.core, { log: { error: (line) => console.error(line) } });
    const server = await startRendererServer({
      rendererDir: dir,
      host: {
        dispatch: dispatcher.dispatch,
        snapshot: () => harness.core.snapshot(),
        onState: (listener) => harness.core.onSnapshot(listener),
        onRoute: (listener) => harness.core.onShowWindow(listener),
      },
    });
    return {
      url: `${server.origin}/floor.html`,
      async close() {
        await server.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
