import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { SCREENSHOT_DIR } from './paths';

export const THEMES = ['light', 'dark'] as const;

/**
 * For one screen, in the OS's light and dark schemes: a screenshot under
 * test-results/screenshots/ (for people to look at) and an axe audit that allows no
 * serious or critical violation. Also checks nothing is wider than the 380 px window.
 */
export async function auditScreen(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  for (const theme of THEMES) {
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${theme}.png`) });
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious, `${name} in ${theme}: serious or critical accessibility violations`).toEqual([]);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${name} in ${theme}: horizontal scroll`).toBeLessThanOrEqual(380);
  }
}
