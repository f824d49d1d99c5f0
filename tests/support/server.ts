import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createBrotliCompress } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.wasm': 'application/wasm',
  '.ics': 'text/calendar',
  '.pf_meta': 'application/octet-stream',
  '.webmanifest': 'application/manifest+json',
};

/**
 * A static file server for the built site on 127.0.0.1, as a static host
 * serves it: directory index, 404 pages per language, the site's base path.
 */
export async function serveDist(
  dir: string,
  base = '/',
  /** Extra response headers per request path, e.g. those of the generated _headers file. */
  headersFor: (path: string) => Record<string, string> = () => ({}),
  /** Brotli for text files when the browser accepts it, as hosts and CDNs send them (for Lighthouse). */
  {
    compress = false,
    tools = {},
  }: {
    compress?: boolean;
    /**
     * Test tools served beside the site (URL path → file), cacheable so Chromium compiles them
     * once: a same-origin script passes the site's CSP (axe-core for the page sweep).
     */
    tools?: Record<string, string>;
  } = {},
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const send = (file: string, status: number) => {
      const type = types[extname(file)] ?? 'application/octet-stream';
      const br = compress && /\bbr\b/.test(String(req.headers['accept-encoding'])) && /text|json|xml|svg|javascript/.test(type);
      res.writeHead(status, { 'content-type': type, ...(br ? { 'content-encoding': 'br', vary: 'accept-encoding' } : {}) });
      const stream = createReadStream(file);
      (br ? stream.pipe(createBrotliCompress()) : stream).pipe(res);
    };
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const tool = tools[path];
    if (tool) {
      res.setHeader('cache-control', 'public, max-age=3600');
      return send(tool, 200);
    }
    for (const [name, value] of Object.entries(headersFor(path))) res.setHeader(name, value);
    const rel = path.startsWith(base) ? path.slice(base.length) : undefined;
    let file = rel === undefined ? undefined : normalize(join(dir, rel));
    if (file && !file.startsWith(normalize(dir))) file = undefined;
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (file && existsSync(file)) return send(file, 200);
    const lang = rel?.split('/')[0];
    const notFound = lang && existsSync(join(dir, lang, '404', 'index.html')) ? join(dir, lang, '404', 'index.html') : join(dir, '404.html');
    send(notFound, 404);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
