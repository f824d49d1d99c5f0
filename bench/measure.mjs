// Shared helpers for the benchmarks: run a command while sampling its memory, and weigh built pages.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

/** Resident memory (bytes) of a process and all its descendants, read from /proc. */
function treeRss(pid) {
  let total = 0;
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {}
  }
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    } catch {}
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

/**
 * The environment of `npm run build` (package.json). The bundler's allocator (mimalloc, in
 * rolldown) and glibc's (one arena per thread, freed memory kept at the top of the heap) otherwise
 * keep freed memory for reuse: returned at once, the build's peak is lower (bench:scale: ≈50 MB).
 */
export const buildEnv = { MIMALLOC_PURGE_DELAY: '0', MALLOC_ARENA_MAX: '2', MALLOC_TRIM_THRESHOLD_: '131072', ASTRO_TELEMETRY_DISABLED: '1' };

/**
 * Runs a command, returning wall time (s) and peak memory (bytes) of its process tree.
 * `onLine(line, ms)` receives each line of its output with the time since the start (ms).
 */
export function timed(command, args, env = {}, { cwd, onLine } = {}) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd, stdio: ['ignore', onLine ? 'pipe' : 'ignore', 'inherit'], env: { ...process.env, ...env } });
    if (onLine) {
      let rest = '';
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk) => {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop() ?? '';
        const ms = performance.now() - start;
        for (const line of lines) onLine(line, ms);
      });
    }
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 100);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited with ${code}`));
      else resolve({ seconds: (performance.now() - start) / 1000, peakBytes: peak });
    });
  });
}

// Page weights are shared with the budget tests (Node 24 runs the TypeScript module as it is).
export { brotli, kb, weighPage } from '../tests/support/page-weight.ts';

/** One representative page per type, in each language (a file of the build). */
export const pageTypes = {
  'home': (l) => `${l}/index.html`,
  'section index': (l) => `${l}/programme/index.html`,
  'programme page': (l) => `${l}/programme/bekind/index.html`,
  'rights explainer (quick exit)': (l) => `${l}/rights/protection-from-violence/index.html`,
  'Convention article': (l) => `${l}/rights/articles/12/index.html`,
  'all articles': (l) => `${l}/rights/articles/index.html`,
  'hubs (map)': (l) => `${l}/hubs/index.html`,
  'hub page': (l) => `${l}/hubs/kokshetau/index.html`,
  'stories': (l) => `${l}/stories/index.html`,
  'story': (l) => `${l}/stories/kokshetau-hub-launch/index.html`,
  'search': (l) => `${l}/search/index.html`,
};
