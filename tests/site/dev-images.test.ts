// An editor previewing with `npm run dev` sees a story's sharing images, the same ones the build
// ships: the dev server draws them on request (src/lib/story-image-route.ts), a build copies them
// from the cache (src/integrations/story-images.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir, distFiles, settings } from '../support/dist';

/** A free port on 127.0.0.1, from the system. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The test's environment without what Vitest adds (NODE_ENV=test, MODE, DEV, PROD…), which would change the dev server. */
function devEnv(): NodeJS.ProcessEnv {
  const vitest = /^(VITEST.*|NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL|TEST)$/;
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !vitest.test(name)));
}

let dev: ChildProcess | undefined;
let origin = '';

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  dev = spawn('astro', ['dev', '--host', '127.0.0.1', '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'], env: devEnv() });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${log}`)), 90_000);
    const read = (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes(`:${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    dev?.stdout?.on('data', read);
    dev?.stderr?.on('data', read);
    dev?.on('exit', (code) => reject(new Error(`astro dev exited with ${code}:\n${log}`)));
  });
}, 120_000);

afterAll(() => {
  dev?.kill();
});

// The three images of the first two stories in the build.
const storyImages = distFiles.filter((f) => /^[a-z]{2}\/stories\/[a-z0-9-]+\/(og\.png|card\.png|cover\.webp)$/.test(f)).slice(0, 6);

describe('the dev server', () => {
  it('serves each story image with its type and the bytes the build ships', async () => {
    expect(storyImages.length).toBeGreaterThan(0);
    for (const file of storyImages) {
      const response = await fetch(`${origin}${settings.base}${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-type'), file).toBe(file.endsWith('.webp') ? 'image/webp' : 'image/png');
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.equals(readFileSync(join(distDir, file))), file).toBe(true);
    }
  }, 120_000);
});
