// `npm test`: every check of the site, cheapest first. Installs what the
// checks need on a fresh machine (the npm packages from the lockfile; Debian's
// Chromium and a Java runtime for the browser and HTML checks) and stops at the
// first failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function run(command, args, options = {}) {
  console.log(`\n▶ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`✗ ${command} ${args.join(' ')} failed`);
    process.exit(result.status ?? 1);
  }
}

function has(command, args = ['--version']) {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

function aptInstall(...packages) {
  if (process.getuid?.() !== 0) {
    console.error(`Missing ${packages.join(', ')}: install with "sudo apt-get install ${packages.join(' ')}".`);
    process.exit(1);
  }
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

process.env.ASTRO_TELEMETRY_DISABLED = '1';
if (!existsSync('node_modules/.bin/astro')) run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error']);
const missing = [];
if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) missing.push('chromium');
if (!has('java', ['-version'])) missing.push('default-jre-headless');
if (missing.length) aptInstall(...missing);

// DIST_DIR builds and tests another folder than dist/ (the tests read it too).
const dist = process.env.DIST_DIR ?? 'dist';
const scratch = mkdtempSync(join(tmpdir(), 'site-builds-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
// The same commit built again must give the same bytes (tests/site/reproducible.test.ts).
const secondBuild = join(scratch, 'again');
// The site served under a base path, as on GitHub Pages: its links must hold too.
const basePath = '/volunteers/';
const baseBuild = join(scratch, 'volunteers');

run('vitest', ['run', '--project', 'unit']);
run('astro', ['check']);
run('astro', ['build', '--outDir', dist]);
run('astro', ['build', '--outDir', secondBuild]);
run('astro', ['build', '--outDir', baseBuild], { env: { ...process.env, BASE_PATH: basePath } });
// A small content set where one translation is outdated and one missing (tests/site/translations.test.ts):
// today's content has neither. Its own content store; no sharing images (it has no stories).
const translationsBuild = join(scratch, 'translations');
run('astro', ['build', '--outDir', translationsBuild], {
  env: { ...process.env, CONTENT_DIR: 'tests/fixtures/translations/content', ASTRO_CACHE_DIR: join(scratch, 'translations-cache'), OG_IMAGES: 'off' },
});
// The built site, then the browser: one after the other, so neither slows the other down.
run('vitest', ['run', '--project', 'site'], { env: { ...process.env, DIST_DIR: dist, SECOND_BUILD: secondBuild, TRANSLATIONS_DIST: translationsBuild } });
run('vitest', ['run', '--project', 'browser'], { env: { ...process.env, DIST_DIR: dist } });
run('vitest', ['run', '--project', 'site', 'tests/site/pages.test.ts', 'tests/site/headers.test.ts', 'tests/site/offline.test.ts'], {
  env: { ...process.env, DIST_DIR: baseBuild, BASE_PATH: basePath },
});
