import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// What a new window downloads before its first screen: the entry script and everything it
// preloads (index.html), plus the catalogue of the one language the window speaks. Settings
// and the other five catalogues are separate chunks, loaded only when asked for.

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** Script and modulepreload files named by index.html, relative to the renderer's out dir. */
export function entryScripts(html) {
  const sources = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]);
  const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map(
    (m) => m[1],
  );
  return [...new Set([...sources, ...preloads])].map((path) => path.replace(/^\.\//, ''));
}

/** The catalogue chunk of each language, by Vite's chunk naming (`de-<hash>.js`, `pt-BR-<hash>.js`). */
export function catalogueChunks(assetNames, languages) {
  return Object.fromEntries(
    languages.map((language) => {
      const pattern = new RegExp(`^${language.replace('-', '\\-')}-[\\w-]{8}\\.js$`);
      const matches = assetNames.filter((name) => pattern.test(name));
      if (matches.length !== 1)
        throw new Error(`expected one catalogue chunk for ${language}, found ${matches.length}`);
      return [language, matches[0]];
    }),
  );
}

/** First-screen JS per language, gzip level 9 like the other bundle figures, and the largest. */
export function firstScreenJs(rendererOut, languages) {
  const entry = entryScripts(readFileSync(join(rendererOut, 'index.html'), 'utf8'));
  const size = (name) => gzip(readFileSync(join(rendererOut, name)));
  const entryGzip = entry.reduce((sum, name) => sum + size(name), 0);
  const chunks = catalogueChunks(readdirSync(join(rendererOut, 'assets')), languages);
  const byLanguage = Object.fromEntries(
    Object.entries(chunks).map(([language, name]) => [language, entryGzip + size(join('assets', name))]),
  );
  return { entry, entryGzip, byLanguage, maxGzip: Math.max(...Object.values(byLanguage)) };
}
