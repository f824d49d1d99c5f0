// Shared helpers for the benchmarks: run a command while sampling its memory, and weigh built pages.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

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

/** Runs a command, returning wall time (s) and peak memory (bytes) of its process tree. */
export function timed(command, args, env = {}) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 100);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited with ${code}`));
      else resolve({ seconds: (performance.now() - start) / 1000, peakBytes: peak });
    });
  });
}

export const brotli = (buf) =>
  brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** HTML, CSS and JS bytes a first visit to a built page downloads (raw and brotli). */
export function weighPage(dist, file) {
  const html = readFileSync(join(dist, file));
  const text = html.toString('utf8');
  const refs = (re) => [...text.matchAll(re)].map((m) => m[1]).filter((u) => u.startsWith('/'));
  const load = (urls) =>
    urls.map((u) => join(dist, u.split(/[?#]/)[0])).filter((f) => existsSync(f)).map((f) => readFileSync(f));
  const inlineCss = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => Buffer.from(m[1]));
  const css = [...load(refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)), ...inlineCss];
  const inlineJs = [...text.matchAll(/<script(?![^>]*application\/ld\+json)(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => Buffer.from(m[1]))
    .filter((b) => b.length);
  const js = [...load(refs(/<script[^>]+src="([^"]+)"/g)), ...inlineJs];
  const sum = (bufs) => bufs.reduce((n, b) => n + b.length, 0);
  const sumBr = (bufs) => bufs.reduce((n, b) => n + brotli(b), 0);
  return {
    html: html.length,
    htmlBr: brotli(html),
    css: sum(css),
    cssBr: sumBr(css),
    js: sum(js),
    jsBr: sumBr(js),
  };
}

export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
