import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** Where the test server serves axe-core beside the site (`serveDist(…, { tools: axeTool })`). */
export const axePath = '/__test__/axe.min.js';
const axeFile = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
export const axeTool = { [axePath]: axeFile };
let axeSource: string | undefined;

/** The rules of WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core's WCAG 2.2 AA violations on the page as it is shown now, one line each, within
 * `include` (a selector) or the whole document. axe comes from the test server when it serves it
 * (a cached same-origin script, compiled once for every page) or is evaluated in the page.
 */
export async function axeViolations(page: Page, { include, origin }: { include?: string; origin?: string } = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    if (origin) await page.addScriptTag({ url: origin + axePath });
    else await page.evaluate((axeSource ??= readFileSync(axeFile, 'utf8')));
  }
  return page.evaluate(
    async ({ tags, include }) => {
      type Result = { violations: { id: string; nodes: { target: string[] }[] }[] };
      const axe = (window as unknown as { axe: { run: (context: object, options: object) => Promise<Result> } }).axe;
      const result = await axe.run(include ? { include: [[include]] } : document, {
        runOnly: { type: 'tag', values: tags },
        // Only violations are read: axe skips collecting the passing nodes.
        resultTypes: ['violations'],
      });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    },
    { tags: wcag22aa, include },
  );
}
