// `npm test`: every check of the site, cheapest first. Installs what the
// checks need on a fresh machine (npm packages; Debian's Chromium and a Java
// runtime for the browser and HTML checks) and stops at the first failure.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

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
if (!existsSync('node_modules/.bin/astro')) run('npm', ['install', '--no-audit', '--no-fund']);
const missing = [];
if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) missing.push('chromium');
if (!has('java', ['-version'])) missing.push('default-jre-headless');
if (missing.length) aptInstall(...missing);

run('astro', ['check']);
run('astro', ['build']);
run('vitest', ['run']);
