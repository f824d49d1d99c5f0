// `npm start`: install when node_modules is missing (npm ci, from the committed lockfile), build
// and serve, printing what a newcomer needs: an install summary, a build summary and the URL.
// It runs on the machine's Node (20 or newer) until the project's own Node 24 is installed, and
// changes no tracked file.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

/** Runs a command, shows the lines `keep` accepts and returns them all. */
function run(command, args, keep) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines = [];
    let rest = '';
    const take = (chunk) => {
      const text = rest + chunk;
      const parts = text.split('\n');
      rest = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        if (keep(line)) console.log(line);
      }
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('close', (code) => {
      if (rest) take('\n');
      if (code === 0) resolve(lines);
      else {
        // On failure, everything: the reason may be in any line.
        console.error(lines.join('\n'));
        reject(new Error(`${command} ${args.join(' ')} failed (exit ${code})`));
      }
    });
  });
}

try {
  if (!existsSync('node_modules/.bin/astro')) {
    console.log('Installing the packages from package-lock.json (npm ci)…');
    // npm itself runs on the machine's Node and warns (EBADENGINE) for each package that wants a
    // newer one; the scripts run on the Node 24 this install brings, so those warnings are noise.
    const lines = await run('npm', ['ci', '--no-audit', '--no-fund'], (line) => !/EBADENGINE|^npm warn\s*(\}|required:|current:|package:)/.test(line) && line.trim() !== '');
    if (lines.some((l) => l.includes('EBADENGINE'))) {
      console.log('(npm runs on this machine\'s Node; the project runs on the Node 24 it has just installed.)');
    }
  }
  console.log('Building the site…');
  // Astro lists every page it writes: keep its step lines ("[build] …"), warnings and errors.
  const summary = (line) => /\[(content|types|build|vite|assets|@astrojs\/[\w-]+|site:[\w-]+)\]|warn|error/i.test(line) && !/[├└]─/.test(line);
  await run('npm', ['run', '--silent', 'build'], summary);
  console.log('Serving the built site (Ctrl+C to stop):');
  spawnSync('npm', ['run', '--silent', 'preview'], { env, stdio: 'inherit' });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
