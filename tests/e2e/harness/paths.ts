import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const RENDERER_DIR = join(ROOT, 'out/renderer');
export const MAIN_DIR = join(ROOT, 'out/main');
export const SCREENSHOT_DIR = join(ROOT, 'test-results/screenshots');
