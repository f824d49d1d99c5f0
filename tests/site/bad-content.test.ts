// A content file with a bad or missing field, or in an unknown language folder, fails the
// build with its path, the field and what was expected: nothing is dropped silently.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'bad-content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds a copy of the content with one change; returns the build's exit code and output. */
function buildWith(change: (dir: string) => void) {
  const dir = mkdtempSync(join(work, 'content-'));
  cpSync('content', dir, { recursive: true });
  change(dir);
  const result = spawnSync('astro', ['build', '--outDir', join(dir, '..', `${dir.split('/').at(-1)}-dist`)], {
    env: { ...process.env, CONTENT_DIR: dir, OG_IMAGES: 'off', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 240_000,
  });
  // Colour codes, where a terminal or CI forces them, would split the words we look for.
  const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  return { status: result.status, output, dir };
}

describe('bad content fails the build', () => {
  it('names the file, the field and what was expected for a wrong field', () => {
    const { status, output, dir } = buildWith((d) => {
      const file = join(d, 'programme/ru/join.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^description: .*$/m, 'description: "Коротко."'));
    });
    expect(status).not.toBe(0);
    expect(output).toContain(`${dir}/programme/ru/join.mdx`);
    expect(output).toContain('description: description must have at least 50 characters');
  }, 300_000);

  it('names a missing field', () => {
    const { status, output } = buildWith((d) => {
      const file = join(d, 'stories/kk/bekind-lessons.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^coverAlt: .*$/m, ''));
    });
    expect(status).not.toBe(0);
    expect(output).toContain('stories/kk/bekind-lessons.mdx');
    expect(output).toContain('coverAlt: coverAlt is required');
  }, 300_000);

  it('names the line of a story that uses a component stories cannot have, or an unknown figure', () => {
    const { status, output } = buildWith((d) => {
      const file = join(d, 'stories/ru/bekind-lessons.mdx');
      writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\n<Chart id="bekind" />\n`);
    });
    expect(status).not.toBe(0);
    // A line of the file, frontmatter counted: two after the original last line.
    const lines = readFileSync('content/stories/ru/bekind-lessons.mdx', 'utf8').trimEnd().split('\n').length;
    expect(output).toContain(`stories/ru/bekind-lessons.mdx, line ${lines + 2}: <Chart…> is not available here; use <Num>, <Art>`);

    const unknown = buildWith((d) => {
      const file = join(d, 'stories/en/bekind-lessons.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/<Num id="[^"]+"/, '<Num id="no.such"'));
    });
    expect(unknown.status).not.toBe(0);
    expect(unknown.output).toMatch(/stories\/en\/bekind-lessons\.mdx, line \d+: <Num id="no\.such" \/>: there is no figure "no\.such"/);
  }, 300_000);

  it('refuses a file in an unknown language folder', () => {
    const { status, output } = buildWith((d) => {
      mkdirSync(join(d, 'hubs/kz'));
      renameSync(join(d, 'hubs/kk/aktau.mdx'), join(d, 'hubs/kz/aktau.mdx'));
    });
    expect(status).not.toBe(0);
    expect(output).toContain('hubs/kz/aktau.mdx: the folder "kz" is not a site language (expected one of en, es, kk, ru)');
  }, 300_000);
});
