// Every built page, visited once in a real Chromium as a static host serves it (with _headers), and
// checked in that one visit: axe-core with the WCAG 2.2 AA rules (light mode; dark mode too on one
// page of each kind), no CSP violation, no console error, no request to another origin, nothing
// stored but the core pages the service worker keeps. One test per page, run from a pool of tabs,
// so the time grows with the number of pages and no timeout covers them all.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { coreCaches, leftovers } from '../support/storage';
import { launchBrowser, offlineArgs, reportCspViolations } from '../support/browser';
import { serveDist } from '../support/server';
import { distDir, offlinePlan, pages, settings } from '../support/dist';
import { headersFor, parseHeaders } from '../../src/lib/headers/headers';
import { darkModeSample, sweepSample } from '../support/sweep';
import { axeTool, axeViolations } from '../support/axe';

/**
 * Tabs open at once (SWEEP_TABS). One by default: on the two-core machines, measured on 60 pages,
 * two or three tabs took turns rather than ran side by side (340 ms a page with one tab, 350 with
 * two, 414 with three), so more tabs only made each visit slower.
 */
const TABS = Number(process.env.SWEEP_TABS ?? 1);

const rules = parseHeaders(readFileSync(join(distDir, '_headers'), 'utf8'));
// SWEEP_FIRST=n visits only the first n pages (for measuring the sweep itself).
const urls = sweepSample(pages.map((p) => p.url), settings.base).slice(0, Number(process.env.SWEEP_FIRST ?? Infinity));
const dark = new Set(darkModeSample(urls, settings.base));

/** A tab and what happened in it during the current visit. */
interface Tab {
  context: BrowserContext;
  page: Page;
  problems: string[];
  foreign: string[];
}

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
const idle: Tab[] = [];
const waiting: ((tab: Tab) => void)[] = [];
const timings: { url: string; ms: number }[] = [];
let started = 0;

async function openTab(): Promise<Tab> {
  // A context of its own for each tab, so tabs share no storage.
  const context = await browser.newContext();
  await reportCspViolations(context);
  const tab: Tab = { context, page: await context.newPage(), problems: [], foreign: [] };
  tab.page.on('console', (msg) => {
    if (msg.type() === 'error') tab.problems.push(msg.text());
  });
  tab.page.on('pageerror', (error) => tab.problems.push(error.message));
  tab.page.on('request', (request) => {
    const url = request.url();
    if (!/^(data|blob):/.test(url) && !url.startsWith(`${server.origin}/`)) tab.foreign.push(url);
  });
  return tab;
}

function acquire(): Promise<Tab> {
  const tab = idle.pop();
  return tab ? Promise.resolve(tab) : new Promise((resolve) => waiting.push(resolve));
}

function release(tab: Tab) {
  tab.problems.length = 0;
  tab.foreign.length = 0;
  const next = waiting.shift();
  if (next) next(tab);
  else idle.push(tab);
}

beforeAll(async () => {
  server = await serveDist(distDir, settings.base, (path) =>
    Object.fromEntries([...headersFor(rules, path)].map(([name, values]) => [name, values.join(', ')])),
    { tools: axeTool },
  );
  browser = await launchBrowser(offlineArgs);
  for (let i = 0; i < TABS; i++) idle.push(await openTab());
  started = performance.now();
});

afterAll(async () => {
  const total = performance.now() - started;
  if (timings.length) {
    const slowest = timings.reduce((a, b) => (b.ms > a.ms ? b : a));
    const mean = timings.reduce((sum, t) => sum + t.ms, 0) / timings.length;
    console.log(
      `swept ${timings.length} of ${pages.length} pages in ${(total / 1000).toFixed(1)} s with ${TABS} tabs: ` +
        `${(total / timings.length).toFixed(0)} ms a page (${mean.toFixed(0)} ms a visit; slowest ${slowest.url}, ${slowest.ms.toFixed(0)} ms)`,
    );
  }
  await browser?.close();
  await server?.close();
});

describe.concurrent(`every page (${urls.length}), in one visit each`, () => {
  it('is checked: the sweep covers the site', () => {
    expect(pages.length).toBeGreaterThan(50);
    // A local run may sample a very large site by section and language; CI checks every page.
    if (process.env.CI) expect(urls.length).toBe(pages.length);
  });

  it.each(urls)('%s', async (url) => {
    const tab = await acquire();
    const begin = performance.now();
    try {
      const response = await tab.page.goto(server.origin + url, { waitUntil: 'load' });
      expect(response?.headers()['content-security-policy'], 'the _headers CSP').toContain("frame-ancestors 'none'");
      const found = (await axeViolations(tab.page, { origin: server.origin })).map((v) => `light: ${v}`);
      if (dark.has(url)) {
        await tab.page.emulateMedia({ colorScheme: 'dark' });
        found.push(...(await axeViolations(tab.page)).map((v) => `dark: ${v}`));
        await tab.page.emulateMedia({ colorScheme: 'light' });
      }
      expect(found, 'axe, WCAG 2.2 AA').toEqual([]);
      expect(await leftovers(tab.page, tab.context, coreCaches(offlinePlan)), 'cookies and storage').toEqual([]);
      expect(tab.problems, 'CSP violations and console errors').toEqual([]);
      expect(tab.foreign, 'requests to other origins').toEqual([]);
    } finally {
      timings.push({ url, ms: performance.now() - begin });
      release(tab);
    }
  }, 30_000);
});
