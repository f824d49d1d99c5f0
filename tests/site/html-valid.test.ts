// Every built page is valid HTML for the Nu Html Checker (vnu-jar; Java is on the machine).
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, pages } from '../support/dist';

const vnu = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');

describe('HTML validity (Nu Html Checker)', () => {
  it('finds no error on any page', () => {
    const files = pages.map((p) => join(distDir, p.file));
    let output: string;
    try {
      output = execFileSync('java', ['-jar', vnu, '--errors-only', '--format', 'json', ...files], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        maxBuffer: 64 * 1024 * 1024,
      });
    } catch (error) {
      // vnu exits 1 when it finds errors and writes its report to stderr.
      output = (error as { stderr?: string }).stderr ?? String(error);
    }
    const report = JSON.parse(output || '{"messages":[]}') as { messages: { url: string; message: string; lastLine?: number }[] };
    // Pages inline their CSS; vnu's CSS checker predates CSS features browsers ship (@property,
    // paint-order…) that Tailwind 4 uses, so its "CSS:" messages are not HTML errors.
    const errors = report.messages
      .filter((m) => !m.message.startsWith('CSS: '))
      .map((m) => `${m.url.split('/dist/')[1] ?? m.url}:${m.lastLine ?? ''} ${m.message}`);
    expect(errors).toEqual([]);
  }, 300_000);
});
