/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so tests can import `astro:*` modules and `.astro` components.
export default getViteConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          testTimeout: 60_000,
          // Files share a worker's modules, so the built pages are read and parsed once per worker
          // rather than once per file (tests/support/dist.ts): that was most of this project's time.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          isolate: false,
          // A test is one page or one feature: none covers the whole site.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the machines have two cores. The page sweep runs as many
          // pages at once as it has tabs (tests/browser/pages.test.ts).
          fileParallelism: false,
          maxConcurrency: Number(process.env.SWEEP_TABS ?? 1),
        },
      },
    ],
  },
});
