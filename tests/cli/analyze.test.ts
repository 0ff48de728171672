/**
 * The `analyze` command, spawned as a real process on pages and texts written here
 * (CONTRACT.md: options, formats, exit codes, stdin, several files with one bad).
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BriefSchema } from '../../src/brief/schema';

const ROOT = resolve(__dirname, '..', '..');
const EXAMPLE_NL = join(ROOT, 'examples', 'nl-hoogwater-maas.html');
const EXAMPLE_EN = join(ROOT, 'examples', 'en-wildfire-cooperation.html');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], input?: string | Buffer, cmd: 'node' | 'npm' | 'launch-tsx' = 'node'): Promise<Run> {
  const [bin, pre] =
    cmd === 'npm'
      ? ['npm', ['run', '-s', 'analyze', '--']]
      : cmd === 'launch-tsx'
        ? [process.execPath, [join(ROOT, 'src', 'cli', 'launch.mjs')]]
        : [process.execPath, [join(ROOT, 'src', 'cli', 'launch.mjs')]]; // what `npm run analyze` runs
  const env = { ...process.env, CRISISLENS_DEBUG: '', ...(cmd === 'launch-tsx' ? { CRISISLENS_NO_BUNDLE: '1' } : {}) };
  return new Promise((done, fail) => {
    const p = spawn(bin, [...pre, ...args], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    p.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    p.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    p.on('error', fail);
    p.on('close', (code) => done({ code, stdout, stderr }));
    p.stdin.end(input ?? '');
  });
}

/** The contract's failure shape: exit 2, one line on stderr, no stack trace. */
function expectCleanFailure(r: Run, pattern: RegExp) {
  expect(r.code).toBe(2);
  const lines = r.stderr.trim().split('\n').filter((l) => !/ExperimentalWarning|--trace-warnings/.test(l));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

function expectOffsets(b: { text: string; summary: { start: number; end: number; text: string }[] } & Record<string, unknown>) {
  for (const s of b.summary) expect(b.text.slice(s.start, s.end)).toBe(s.text);
  for (const key of ['organisations', 'people', 'places', 'agreements', 'dates'] as const) {
    for (const e of b[key] as { mentions: { start: number; end: number; text: string }[] }[]) {
      for (const m of e.mentions) expect(b.text.slice(m.start, m.end)).toBe(m.text);
    }
  }
}

let dir: string;
const f = (name: string) => join(dir, name);

const PLAIN = [
  'Brandweer oefent grensoverschrijdend in Kerkrade',
  '',
  'De brandweer van de Veiligheidsregio Zuid-Limburg heeft gisteren samen met Duitse collega’s uit Aken een grote oefening gehouden in Kerkrade. 🚒',
  'Bij de oefening werd een brand in een chemisch bedrijf nagebootst waarbij giftige rook over de grens trok.',
  'Volgens commandant Ruud Jacobs verliep de samenwerking goed, al moesten de radioverbindingen nog worden verbeterd.',
  'De volgende oefening staat gepland voor het najaar, wanneer ook het Belgische crisiscentrum zal deelnemen.',
].join('\r\n');

const HOSTILE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Flood &lt;img src=x onerror=alert(1)&gt; [click](javascript:alert(1)) **bold**</title></head><body>
<article><h1>Flood &lt;img src=x onerror=alert(1)&gt; [click](javascript:alert(1)) **bold**</h1>
<p class="byline">By &lt;script&gt;alert(2)&lt;/script&gt;</p>
<p>Heavy rain flooded the lower town of Dinant on Monday, forcing the evacuation of more than two hundred residents from houses along the river Meuse, the local authorities said.</p>
<p>The regional crisis team opened a shelter in the sports hall and asked residents to stay away from the quays until the water level falls below the alarm threshold again.</p>
<p>Engineers from the regional water authority inspected the flood walls on Tuesday and found two sections that need urgent repairs before the next storm arrives later this week.</p>
<p>Read the <a href="javascript:alert(3)">official advice</a> and the <a href="https://example.org/advice">advice page</a> for details on how to protect homes.</p>
</article></body></html>`;

const GERMAN_NO_LANG = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Hochwasser an der Rur</title></head><body>
<article><h1>Hochwasser an der Rur</h1>
<p>Nach tagelangem Regen ist die Rur in Heinsberg über die Ufer getreten. Die Feuerwehr hat am Montag mehrere Straßen gesperrt und Sandsäcke verteilt.</p>
<p>Der Kreis Heinsberg hat einen Krisenstab eingerichtet, der mit den niederländischen Behörden in Roermond in engem Kontakt steht.</p>
<p>Die Bewohner der tiefer gelegenen Ortsteile wurden gebeten, Keller zu räumen und Fahrzeuge auf höher gelegene Parkplätze zu bringen.</p>
</article></body></html>`;

const NOT_AN_ARTICLE = `<!DOCTYPE html><html lang="en"><head><title>Home</title></head><body>
<nav><a href="/a">News</a> <a href="/b">Sport</a> <a href="/c">Weather</a></nav>
<footer>© 2025</footer></body></html>`;

beforeAll(async () => {
  // Build the launcher's cached bundle once, before the concurrent runs below use it.
  const warm = await run(['--help']);
  expect(warm.code).toBe(0);
  dir = mkdtempSync(join(tmpdir(), 'crisislens-cli-'));
  writeFileSync(f('plain.txt'), PLAIN);
  writeFileSync(f('empty.txt'), '  \n ');
  writeFileSync(f('hostile.html'), HOSTILE);
  writeFileSync(f('not-article.html'), NOT_AN_ARTICLE);
  writeFileSync(f('binary.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0]));
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.concurrent('analyze: options and errors', { timeout: 180_000 }, () => {
  it('--help prints the usage on stdout and exits 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: npm run -s analyze -- \[options\] \[FILE \.\.\.\]/);
    for (const o of ['--url', '--text', '--lang', '--published', '--format']) expect(r.stdout).toContain(o);
  });

  it.each([
    [['--bogus', EXAMPLE_NL], /unknown option --bogus/],
    [['--format', 'xml', EXAMPLE_NL], /--format must be one of json, jsonl, md/],
    [['--published', '2024-13-01', EXAMPLE_NL], /--published needs a date as YYYY-MM-DD/],
    [['--published', '04/06/2024', EXAMPLE_NL], /--published needs a date as YYYY-MM-DD/],
    [['--lang', '12', EXAMPLE_NL], /--lang needs a language code/],
    [['--url', 'not a url', EXAMPLE_NL], /--url: not an absolute URL/],
    [[EXAMPLE_NL, '--url'], /--url needs a URL/],
    [['--text=yes', EXAMPLE_NL], /--text takes no value/],
  ])('bad options %j: one line, exit 2, nothing on stdout', async (args, msg) => {
    const r = await run(args as string[]);
    expectCleanFailure(r, msg as RegExp);
    expect(r.stdout).toBe('');
  });

  it('an unreadable file: one line, exit 2', async () => {
    const r = await run([f('does-not-exist.html')]);
    expectCleanFailure(r, /^analyze: .*does-not-exist\.html: cannot read file: no such file$/);
    expect(r.stdout).toBe('');
  });

  it('a directory: one line, exit 2', async () => {
    expectCleanFailure(await run([dir]), /is a directory/);
  });

  it('a binary file: one line, exit 2', async () => {
    expectCleanFailure(await run([f('binary.bin')]), /not an HTML or text file/);
  });

  it('an empty text: no article, exit 2', async () => {
    expectCleanFailure(await run(['--text', f('empty.txt')]), /no article/);
  });

  it('a page that is not an article: no article, exit 2', async () => {
    const r = await run([f('not-article.html')]);
    expectCleanFailure(r, /no.?article/i);
    expect(r.stdout).toBe('');
  });

  it('a section front in jsonl: its error line says it is a list of articles and keeps its title and date', async () => {
    const items = Array.from({ length: 20 }, (_, i) => `<li><a href="/storm/${i}">Storm update ${i}: roads closed near the coast, ferries suspended</a></li>`).join('');
    const file = join(dir, 'section-front.html');
    writeFileSync(file, `<!DOCTYPE html><html lang="en"><head><title>Storm – Coast News</title><meta property="article:published_time" content="2026-03-02T08:00:00+01:00"></head><body><main><h1>Storm</h1><ul>${items}</ul></main></body></html>`);
    const r = await run(['--format', 'jsonl', '--url', 'https://coast.example.org/storm/', file]);
    expect(r.code).toBe(2);
    const line = JSON.parse(r.stdout.trim());
    expect(line).toMatchObject({ file, listPage: true, published: '2026-03-02', lang: 'en' });
    expect(line.error).toMatch(/list of articles/);
    expect(line.title).toMatch(/Storm/);
  });
});

describe.concurrent('analyze --text', { timeout: 180_000 }, () => {
  it('offsets refer to the input exactly as read; title = first line; --published and --lang used', async () => {
    const r = await run(['--text', '--lang', 'nl', '--published', '2024-06-04', f('plain.txt')]);
    expect(r.code).toBe(0);
    const b = JSON.parse(r.stdout);
    expect(BriefSchema.safeParse(b).success).toBe(true);
    expect(b.text).toBe(PLAIN); // \r\n and the astral emoji kept
    expect(b.title).toBe('Brandweer oefent grensoverschrijdend in Kerkrade');
    expect(b.published).toBe('2024-06-04');
    expect(b.publishedSource).toBe('option');
    expect(b.lang).toBe('nl');
    expect(b.url).toBe(pathToFileURL(f('plain.txt')).href);
    expect(b.links).toEqual([]);
    expect(b.summary.length).toBeGreaterThanOrEqual(2); // 40–60 words (issue 14: summaries of reference length)
    expect(b.summary.length).toBeLessThanOrEqual(5);
    expectOffsets(b);
    expect(b.file).toBeUndefined();
  });

  it('reads standard input when there is no FILE, and with "-"', async () => {
    for (const args of [['--text'], ['--text', '-']]) {
      const r = await run([...args, '--url', 'https://example.org/a'], PLAIN);
      expect(r.code).toBe(0);
      const b = JSON.parse(r.stdout);
      expect(b.text).toBe(PLAIN);
      expect(b.url).toBe('https://example.org/a');
    }
  });

  it('--text: a text whose first line is the whole (long) text gets an empty title', async () => {
    const long = 'Word '.repeat(200).trim() + '.';
    const r = await run(['--text'], long);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).title).toBe('');
  });

  it('works through `npm run -s analyze` (the contract command: cached bundle)', async () => {
    const r = await run(['--text', '--lang', 'nl', '-'], PLAIN, 'npm');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).text).toBe(PLAIN);
    const bad = await run(['--format', 'xml'], '', 'npm');
    expectCleanFailure(bad, /--format must be one of/);
  });

  it('the launcher falls back to tsx when the bundle is disabled', async () => {
    const r = await run(['--text', '--lang', 'nl', '-'], PLAIN, 'launch-tsx');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).text).toBe(PLAIN);
  });
});

describe.concurrent('analyze on HTML pages', { timeout: 180_000 }, () => {
  it('the bundled Dutch example: a full brief as JSON', async () => {
    const r = await run([EXAMPLE_NL]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const b = JSON.parse(r.stdout);
    const parsed = BriefSchema.safeParse(b);
    expect(parsed.success, JSON.stringify(parsed.error?.issues?.slice(0, 3))).toBe(true);
    expect(b.title).toMatch(/bundelen krachten tegen hoogwater/);
    expect(b.lang).toBe('nl');
    expect(b.published).toBe('2025-03-12'); // visible text only: "12 mrt. 2025"
    expect(b.canonicalUrl).toBe('https://www.grenslandnieuws.example/regio/2025/hoogwater-maas-samenwerking');
    expect(b.links.map((l: { href: string }) => l.href)).toContain('https://crisiscentrum.be/nl');
    expect(b.text).not.toMatch(/cookies|Inschrijven|Alle rechten/);
    expect(b.summary.length).toBeGreaterThanOrEqual(2); // 40–60 words (issue 14: summaries of reference length)
    expect(b.summary.length).toBeLessThanOrEqual(5);
    // reading order, no overlaps
    for (let i = 1; i < b.summary.length; i++) expect(b.summary[i].start).toBeGreaterThanOrEqual(b.summary[i - 1].end);
    expect(b.summary.some((s: { text: string }) => /^Foto:/.test(s.text))).toBe(false);
    expect(b.headline).toBeTruthy();
    expectOffsets(b);
  });

  it('a date in the page wins over --published; --url sets the url and resolves links', async () => {
    const r = await run(['--published', '2020-01-01', '--url', 'https://news.example/x/y.html', EXAMPLE_NL]);
    expect(r.code).toBe(0);
    const b = JSON.parse(r.stdout);
    expect(b.published).toBe('2025-03-12');
    expect(b.url).toBe('https://news.example/x/y.html');
  });

  it('--published fills in a page without a date', async () => {
    const r = await run(['--published', '2024-02-29', f('hostile.html')]);
    expect(r.code).toBe(0);
    const b = JSON.parse(r.stdout);
    expect(b.published).toBe('2024-02-29');
    expect(b.publishedSource).toBe('option');
  });

  it('--lang gives the language of a page that does not declare one', async () => {
    const r = await run(['--lang', 'de', '--url', 'https://news.example/de'], GERMAN_NO_LANG);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const b = JSON.parse(r.stdout);
    expect(b.lang).toBe('de');
    expect(b.url).toBe('https://news.example/de');
  });

  it('several files: jsonl in input order with a file field; a bad one gives an error line and exit 2', async () => {
    const missing = f('missing.html');
    const r = await run([EXAMPLE_EN, missing, EXAMPLE_NL, f('not-article.html')]);
    expect(r.code).toBe(2);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([EXAMPLE_EN, missing, EXAMPLE_NL, f('not-article.html')]);
    expect(lines[0].lang).toBe('en');
    expect(lines[1]).toEqual({ file: missing, error: 'cannot read file: no such file' });
    expect(lines[2].lang).toBe('nl');
    expect(lines[3].error).toMatch(/no.?article/i);
    expect(BriefSchema.safeParse(lines[0]).success).toBe(true);
    const err = r.stderr.trim().split('\n');
    expect(err).toHaveLength(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('--format jsonl for one file prints one line; --format json for several prints an array', async () => {
    const one = await run(['--format', 'jsonl', EXAMPLE_NL]);
    expect(one.code).toBe(0);
    expect(one.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(one.stdout).file).toBe(EXAMPLE_NL);
    const many = await run(['--format', 'json', EXAMPLE_NL, EXAMPLE_EN]);
    expect(many.code).toBe(0);
    const arr = JSON.parse(many.stdout);
    expect(arr.map((b: { file: string }) => b.file)).toEqual([EXAMPLE_NL, EXAMPLE_EN]);
  });

  it('--format md: a readable brief', async () => {
    const r = await run(['--format', 'md', EXAMPLE_NL]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Zuid-Limburg, NCCN en Noordrijn-Westfalen bundelen krachten tegen hoogwater\n/);
    expect(r.stdout).toContain('## Summary');
    expect(r.stdout).toContain('## Links');
    expect(r.stdout).toContain('2025-03-12');
  });

  it('--format md escapes hostile page strings and links only http(s)', async () => {
    const r = await run(['--format', 'md', f('hostile.html')]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/(?<!\\)<(?:img|script)/i);
    // no link to javascript: (an escaped "\]" cannot close a link text)
    expect(r.stdout).not.toMatch(/(?<!\\)\]\(<?javascript:/i);
    expect(r.stdout).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(r.stdout).toContain('\\[click\\](javascript:alert(1))');
    expect(r.stdout).toContain('\\*\\*bold\\*\\*');
    expect(r.stdout).toContain('(<https://example.org/advice>)');
  });

  it('JSON: names and display strings carry no bidi or invisible characters; text and offsets as read', async () => {
    const file = join(dir, 'bidi.html');
    const p = 'The provincial crisis centre said on Tuesday that the dike near Arcen held through the night, after soldiers and volunteers laid sandbags along two kilometres of the Meuse river.';
    writeFileSync(file, `<!DOCTYPE html><html lang="en"><head><title>\u202Egnp.exe\u2069 Dike\u200B holds</title><meta name="author" content="Mal\u200Flory\u{E0061}"><meta property="og:site_name" content="Coast\u2066 News"></head><body><article><h1>Dike holds</h1><p>${p}</p><p>${p}</p><p>${p}</p></article></body></html>`);
    const r = await run(['--url', 'https://coast.example.org/dike', file]);
    expect(r.code).toBe(0);
    const b = JSON.parse(r.stdout);
    const shown = JSON.stringify([b.title, b.byline, b.siteName, b.headline, ...['organisations', 'people', 'places', 'agreements'].flatMap((k) => b[k].map((e: { name: string; aliases: string[] }) => [e.name, e.aliases]))]);
    expect(shown).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069]|\uDB40[\uDC00-\uDC7F]/u);
    expect(b.title).toContain('gnp.exe');
    expectOffsets(b);
  });
});
