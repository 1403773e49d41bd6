import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { windowCatalogues } from './scripts/window-catalogues';

// The cloudflare SDK is bundled (not externalised) so the tree-shakable client
// stays ~30 KB and the packaged app needs no node_modules for it.
const bundled = ['cloudflare', 'zod'];

/**
 * The first screen's server renderer (src/first-screen) gets its own copy of every module it
 * reaches, so the boot entry keeps its one file: shared with it, translate, the catalogues and
 * friends would become chunks of their own that index.js imports at boot (+10-30 ms before the
 * first tray image under the Electron double). The suffix marks the copies; files load as usual.
 */
const FIRST_SCREEN = '?first-screen';
/**
 * Except the catalogues main loads on demand (core/app/lazy-catalogues.ts): chunks of their own
 * anyway, they are shared with the first screen instead of shipped twice.
 */
const SHARED_WITH_FIRST_SCREEN = /[\\/]electron[\\/]shared[\\/]i18n[\\/](de|fr|es|ja|pt-BR)\.ts$/;
function firstScreenCopies(): Plugin {
  return {
    name: 'invitray-first-screen-copies',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer?.endsWith(FIRST_SCREEN) || source.endsWith(FIRST_SCREEN)) return null;
      const resolved = await this.resolve(source, importer.slice(0, -FIRST_SCREEN.length), {
        ...options,
        skipSelf: true,
      });
      if (
        !resolved ||
        resolved.external ||
        resolved.id.includes('?') ||
        resolved.id.startsWith('\0') ||
        SHARED_WITH_FIRST_SCREEN.test(resolved.id)
      )
        return resolved;
      return { ...resolved, id: `${resolved.id}${FIRST_SCREEN}` };
    },
    load(id) {
      return id.endsWith(FIRST_SCREEN) ? readFileSync(id.slice(0, -FIRST_SCREEN.length), 'utf8') : null;
    },
  };
}

export default defineConfig({
  main: {
    // Compiles the renderer's components for Svelte's server renderer (main builds as SSR);
    // their styles come from the renderer's own stylesheet, so none is emitted here.
    plugins: [svelte({ emitCss: false, compilerOptions: { css: 'external' } }), firstScreenCopies()],
    build: {
      externalizeDeps: { exclude: bundled },
      rollupOptions: {
        // The window's catalogue loaders (src/lib/i18n.ts) come along with the first screen's store
        // but never run on the server: their `?later` halves would be copies of whole catalogues.
        external: [/\?later$/],
        input: {
          index: resolve('electron/main/index.ts'),
          cli: resolve('electron/main/cli/index.ts'),
          // The window's first screen rendered by Svelte on the server (src/first-screen): loaded
          // only when a window asks for its page, never at boot.
          'first-screen': `${resolve('src/first-screen/server-render.ts')}${FIRST_SCREEN}`,
        },
      },
    },
  },
  preload: {
    build: {
      externalizeDeps: { exclude: bundled },
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        // A sandboxed preload (sandbox: true) cannot be an ES module: emit CommonJS, as
        // .cjs so nothing in this "type": "module" package ever loads it as ESM.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src',
    // The window's catalogue chunks hold only the window's messages (see the plugin).
    plugins: [svelte(), windowCatalogues()],
    build: {
      // electron-vite leaves the renderer unminified by default; minified it is ~30 KB gzip instead of ~57.
      minify: true,
      // Chromium supports modulepreload natively; Vite's polyfill would watch every DOM insertion.
      modulePreload: { polyfill: false },
      rollupOptions: {
        input: { index: resolve('src/index.html') },
        // A catalogue's second chunk is named `de-later-<hash>.js`, apart from the first one.
        output: {
          chunkFileNames: (chunk) =>
            chunk.facadeModuleId?.endsWith('?later')
              ? 'assets/[name]-later-[hash].js'
              : 'assets/[name]-[hash].js',
        },
      },
    },
  },
});
