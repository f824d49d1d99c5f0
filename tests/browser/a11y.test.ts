// axe-core with the WCAG 2.2 AA rules on every built page, in a real Chromium.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { serveDist } from '../support/server';
import { distDir, pages, settings } from '../support/dist';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
let page: Page;

beforeAll(async () => {
  server = await serveDist(distDir, settings.base);
  browser = await launchBrowser();
  // axe is injected by the test, not the site: let it past the page's CSP.
  const context = await browser.newContext({ bypassCSP: true });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function violations(url: string, colorScheme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme });
  await page.goto(server.origin + url);
  await page.evaluate(axeSource);
  return page.evaluate(async (runTags) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: runTags } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  }, tags);
}

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  it('finds no violation on any page, in light mode', async () => {
    const found: string[] = [];
    for (const { url } of pages) {
      for (const v of await violations(url, 'light')) found.push(`${url} ${v}`);
    }
    expect(found).toEqual([]);
  });

  it('finds no violation in dark mode on one page of each kind', async () => {
    const kinds = new Map<string, string>();
    for (const { url } of pages) {
      const parts = url.slice(settings.base.length).split('/');
      const kind = `${parts[1] ?? ''}/${parts.length}`;
      if (!kinds.has(kind)) kinds.set(kind, url);
    }
    const found: string[] = [];
    for (const url of kinds.values()) {
      for (const v of await violations(url, 'dark')) found.push(`${url} ${v}`);
    }
    expect(found).toEqual([]);
  });
});
