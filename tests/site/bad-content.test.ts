// A content file with a bad or missing field, or in an unknown place, stops the build with its
// path, the field and what was expected: nothing is dropped silently. Each case changes one thing
// in a copy of the content and loads it as the build does (`astro sync`: the loaders and the
// schemas, without rendering pages), two at a time; one case runs the whole `astro build`.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'bad-content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Replaces what `pattern` matches in one file; a pattern that matches nothing fails the case. */
function edit(file: string, pattern: RegExp, replacement: string) {
  return (dir: string) => {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    if (!pattern.test(text)) throw new Error(`fixture: ${pattern} is not in ${file}`);
    writeFileSync(path, text.replace(pattern, replacement));
  };
}

/** Adds a line to the frontmatter of one file. */
const addField = (file: string, line: string) => edit(file, /^---\n/, `---\n${line}\n`);

interface Case {
  name: string;
  change: (dir: string) => void;
  /** What the output must contain, all of it: the file, the field and what was expected. */
  says: (string | RegExp)[];
}

const cases: Case[] = [
  {
    name: 'a description too short',
    change: edit('programme/ru/join.mdx', /^description: .*$/m, 'description: "Коротко."'),
    says: ['programme/ru/join.mdx', 'description: description must have at least 50 characters'],
  },
  {
    name: 'a missing title',
    change: edit('rights/es/health.mdx', /^title: .*\n/m, ''),
    says: ['rights/es/health.mdx', 'title: title is required'],
  },
  {
    name: 'a missing alt text of a story cover',
    change: edit('stories/kk/bekind-lessons.mdx', /^coverAlt: .*\n/m, ''),
    says: ['stories/kk/bekind-lessons.mdx', 'coverAlt: coverAlt is required'],
  },
  {
    name: 'an impossible date',
    change: edit('stories/en/bekind-lessons.mdx', /^date: .*$/m, 'date: 2026-02-30'),
    says: ['stories/en/bekind-lessons.mdx', 'date: "2026-02-30" is not a valid date: write a date such as 2026-11-10'],
  },
  {
    name: 'a date written the local way',
    change: edit('stories/ru/bekind-lessons.mdx', /^date: .*$/m, 'date: "06.10.2026"'),
    says: ['stories/ru/bekind-lessons.mdx', 'date: "06.10.2026" is not a valid date'],
  },
  {
    name: 'a missing date',
    change: edit('stories/es/bekind-lessons.mdx', /^date: .*\n/m, ''),
    says: ['stories/es/bekind-lessons.mdx', 'date: date is required: a date such as 2026-11-10'],
  },
  {
    name: 'a source that does not exist',
    change: edit('programme/en/join.mdx', /^sources: \[/m, 'sources: [no-such-source, '),
    says: ['programme/en/join.mdx', 'sources.0: each source must be one of:'],
  },
  {
    name: 'a story about a hub that does not exist',
    change: addField('stories/en/bekind-lessons.mdx', 'hub: taraz'),
    says: ['stories/en/bekind-lessons.mdx', 'hub: hub must be one of: astana'],
  },
  {
    name: 'an article number outside the Convention',
    change: edit('stories/en/bekind-lessons.mdx', /^articles: .*$/m, 'articles: [19, 60]'),
    says: ['stories/en/bekind-lessons.mdx', 'articles.1: the Convention has 54 articles: use a number from 1 to 54'],
  },
  {
    name: 'a child named in a story without a consent reference',
    change: addField('stories/en/bekind-lessons.mdx', 'subjects:\n  - firstName: Aru\n    ageBand: "14-17"'),
    says: ['stories/en/bekind-lessons.mdx', 'subjects.0.consent: Aru is under 18: a consent reference is required'],
  },
  {
    name: 'an event date the sources cannot have given',
    change: edit('events/en/shymkent-hub-opening.mdx', /^start: .*$/m, 'start: "November 2025"'),
    says: ['events/en/shymkent-hub-opening.mdx', 'start: "November 2025" is not a date in Kazakhstan time'],
  },
  {
    name: 'a hub page for a hub that does not exist',
    change: (dir) => cpSync(join(dir, 'hubs/en/aktau.mdx'), join(dir, 'hubs/en/taraz.mdx')),
    says: ['hubs/en/taraz.mdx'],
  },
  {
    name: 'a file in an unknown language folder',
    change: (dir) => {
      mkdirSync(join(dir, 'hubs/kz'));
      renameSync(join(dir, 'hubs/kk/aktau.mdx'), join(dir, 'hubs/kz/aktau.mdx'));
    },
    says: ['hubs/kz/aktau.mdx: the folder "kz" is not a site language (expected one of en, es, kk, ru)'],
  },
  {
    name: 'malformed YAML in the Convention articles',
    change: edit('crc/es.yaml', /^(- number: 2\n  title: )"/m, '$1['),
    says: [/crc\/es\.yaml, line \d+: the YAML cannot be read/],
  },
  {
    name: 'an article without its summary',
    change: edit('crc/ru.yaml', /^(- number: 7\n  title: .*\n)  summary: .*\n/m, '$1'),
    says: ['crc/ru.yaml', 'summary'],
  },
  {
    name: 'a story with a component stories cannot have',
    change: (dir) => {
      const file = join(dir, 'stories/ru/bekind-lessons.mdx');
      writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\n<Chart id="bekind" />\n`);
    },
    says: [/stories\/ru\/bekind-lessons\.mdx, line \d+: <Chart…> is not available here; use <Num>, <Art>/],
  },
  {
    name: 'a figure id with a typo',
    change: edit('stories/en/bekind-lessons.mdx', /<Num id="[^"]+"/, '<Num id="no.such"'),
    says: [/stories\/en\/bekind-lessons\.mdx, line \d+: <Num id="no\.such" \/>: there is no figure "no\.such"/],
  },
];

/** Runs astro with the content of `dir` and its own content store; returns the exit code and output. */
function astro(command: 'sync' | 'build', dir: string): Promise<{ status: number | null; output: string }> {
  const args = command === 'build' ? ['build', '--outDir', `${dir}-dist`] : ['sync'];
  const env = { ...process.env, CONTENT_DIR: dir, ASTRO_CACHE_DIR: `${dir}-cache`, OG_IMAGES: 'off', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
  return new Promise((resolve) => {
    const child = spawn('astro', args, { env });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    // Colour codes, where a terminal or CI forces them, would split the words we look for.
    child.on('close', (status) => resolve({ status, output: output.replace(/\x1b\[[0-9;]*m/g, '') }));
  });
}

/** A copy of the content with one change. */
function contentWith(change: (dir: string) => void): string {
  const dir = mkdtempSync(join(work, 'content-'));
  cpSync('content', dir, { recursive: true });
  change(dir);
  return dir;
}

const results = new Map<string, { status: number | null; output: string }>();

beforeAll(async () => {
  expect(existsSync('content'), 'run from the project folder').toBe(true);
  const queue = [...cases];
  // Two at a time: the machines have two cores.
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) results.set(next.name, await astro('sync', contentWith(next.change)));
  };
  await Promise.all([worker(), worker()]);
}, 300_000);

describe('bad content stops the build, naming the file, the field and what was expected', () => {
  it(`has at least 12 cases (${cases.length})`, () => expect(cases.length).toBeGreaterThanOrEqual(12));

  it.each(cases)('$name', ({ name, says }) => {
    const { status, output } = results.get(name) ?? { status: null, output: '' };
    expect(status, output).not.toBe(0);
    for (const text of says) {
      if (typeof text === 'string') expect(output).toContain(text);
      else expect(output).toMatch(text);
    }
  });

  it('the good content loads, so each failure above comes from its one change', async () => {
    const { status, output } = await astro('sync', contentWith(() => {}));
    expect(status, output).toBe(0);
  }, 120_000);

  it('and the real build stops too, with the path of the file in the content folder', async () => {
    const dir = contentWith(edit('programme/ru/join.mdx', /^description: .*$/m, 'description: "Коротко."'));
    const { status, output } = await astro('build', dir);
    expect(status).not.toBe(0);
    expect(output).toContain(`${dir}/programme/ru/join.mdx`);
    expect(output).toContain('description: description must have at least 50 characters');
  }, 240_000);
});
