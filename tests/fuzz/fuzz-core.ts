/**
 * Pipeline fuzzing, shared by the test (tests/fuzz/pipeline.fuzz.test.ts, a modest run in
 * `npm test`) and the long run (`npm run fuzz -- --runs 10000`, scripts/fuzz.ts).
 *
 * A case = a seed page (a real page from ../shared/data/pages when present, and pages written
 * here so it also runs without ../shared) + 1–5 mutations: truncation, deletion, duplication,
 * tag soup, random attributes, unusual Unicode (RTL marks, combining characters, astral emoji,
 * NUL, lone surrogates, BOM, line separators). The pipeline (loadHtml → extractArticle →
 * analyse) must never throw, must stay under a time bound, must produce a brief that validates
 * against BriefSchema, and every mention / summary sentence must satisfy
 * text === brief.text.slice(start, end).
 */
import fc from 'fast-check';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadHtml } from '../../src/cli/load-html';
import { extractArticle } from '../../src/extract/extract-article';
import { analyse } from '../../src/brief/analyse';
import { BriefSchema, type Brief } from '../../src/brief/schema';

export interface SeedPage {
  name: string;
  html: string;
}

const REPO = fileURLToPath(new URL('../..', import.meta.url));

function para(words: string, n: number): string {
  return Array.from({ length: n }, () => words).join(' ');
}

/** Pages written here: the bundled examples plus odd shapes (RTL, CJK, frames, deep nesting, empty). */
export function generatedPages(): SeedPage[] {
  const pages: SeedPage[] = [];
  for (const f of ['nl-hoogwater-maas.html', 'en-wildfire-cooperation.html']) {
    const p = join(REPO, 'examples', f);
    if (existsSync(p)) pages.push({ name: `examples/${f}`, html: readFileSync(p, 'utf8') });
  }
  pages.push({
    name: 'gen/arabic-rtl',
    html: `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>فيضانات في المدينة</title></head><body>
<nav><a href="/">الرئيسية</a></nav><article><h1>فيضانات في المدينة</h1><time datetime="2024-03-02">٢ مارس ٢٠٢٤</time>
${Array.from({ length: 6 }, (_, i) => `<p>${para('أعلنت السلطات المحلية حالة الطوارئ بعد أن غمرت المياه الأحياء المنخفضة وتم إجلاء مئات السكان.', 3)} ${i}</p>`).join('\n')}
</article></body></html>`,
  });
  pages.push({
    name: 'gen/japanese',
    html: `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>大雨で避難指示</title></head><body><main><article><h1>大雨で避難指示</h1>
${Array.from({ length: 6 }, () => `<p>${para('気象庁は二日、九州北部に大雨特別警報を発表し、自治体は住民に避難を呼びかけた。', 4)}</p>`).join('\n')}
</article></main></body></html>`,
  });
  pages.push({
    name: 'gen/mixed-lang-list',
    html: `<html><body><div id="content"><h2>Crisis update / Mise à jour</h2>
<p>Het Nationaal Crisiscentrum (NCCN) en de Benelux Unie organiseerden op 4 juni 2024 een workshop over weerbaarheid in Brussel, aldus Koen Doens, secretaris-generaal.</p>
<p>Le Centre de crise national (NCCN) a signé en octobre dernier un mémorandum d'accord avec la Benelux sur la gestion des crises transfrontalières.</p>
<p>Das Bundesamt für Bevölkerungsschutz und Katastrophenhilfe (BBK) nahm im Oktober vergangenen Jahres an einer Übung in Aachen teil.</p>
<ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="https://example.org/${i}">Link ${i}</a></li>`).join('')}</ul></div></body></html>`,
  });
  pages.push({ name: 'gen/frameset', html: `<html><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>` });
  pages.push({ name: 'gen/empty-body', html: `<!DOCTYPE html><html><head><title>Empty</title></head><body></body></html>` });
  pages.push({
    name: 'gen/deep-nesting',
    html: `<html><body>${'<div>'.repeat(800)}<p>${para('The deeply nested paragraph describes the storm damage in the harbour of Ostend on Monday.', 5)}</p>${'</div>'.repeat(800)}</body></html>`,
  });
  pages.push({
    name: 'gen/plain-no-tags',
    html: para('The river burst its banks overnight and the fire brigade evacuated the camp site near Namur.', 30),
  });
  return pages;
}

/** Real pages from ../shared/data/pages (empty when ../shared is absent). */
export function sharedPages(sharedDir: string, max = Infinity): SeedPage[] {
  const dir = join(sharedDir, 'data', 'pages');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => existsSync(join(dir, n, 'source.html')))
    .sort()
    .slice(0, max)
    .map((n) => ({ name: `pages/${n}`, html: readFileSync(join(dir, n, 'source.html'), 'utf8') }));
}

export type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'delete'; at: number; len: number }
  | { kind: 'duplicate'; at: number; len: number }
  | { kind: 'insert'; at: number; what: string }
  | { kind: 'attribute'; nth: number; attr: string };

const TAGS = [
  '<div>', '</div>', '<p>', '</p>', '<table><tr><td>', '</td></tr>', '<script>', '</script>', '<style>', '<!--', '-->', '<![CDATA[', ']]>',
  '<svg><foreignObject>', '<math><mi>', '</body>', '<html>', '<head>', '<body dir="rtl">', '<p', '<"', '<article>', '</article>', '<br/>',
  '<template>', '<iframe srcdoc="<p>x">', '<noscript>', '<title>', '</title>', '<a href="javascript:alert(1)">', '</a>', '<base href="http://evil.example/">',
  '<img src=x onerror=alert(1)>', '<h1>', '<time datetime="9999-99-99">', '<meta property="article:published_time" content="not a date">',
  '<script type="application/ld+json">{"datePublished": [1, {"x": null}]}</script>', '&#0;', '&#x110000;', '&amp', '&nbsp;', '&#xD800;',
];
const UNICODE = [
  '\u200F', '\u200E', '\u202E', '\u2066', '\u0301\u0301\u0301\u0301', 'e\u0308\u0323', '😀', '🇧🇪', '👩‍👩‍👧', '\u0000', '\uD800', '\uDC00', '\uDBFF',
  '\uFEFF', '\u2028', '\u2029', '\u00A0', '\u3000', 'Ｆｕｌｌｗｉｄｔｈ', 'İstanbul', 'ß', 'ﬁ', '\u0085', '\r', '\t', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', 'ا\u0644\u0639', '\u0CF3',
];
const ATTRS = [
  'class="content article-body"', 'id="main"', 'lang="ar"', 'dir="rtl"', 'hidden', 'style="display:none"', 'onerror="alert(1)"',
  'datetime="2024-13-45"', 'content="\u0000"', 'itemprop="datePublished"', 'role="main"', 'aria-hidden="true"', 'href="javascript:void(0)"',
  'data-x="' + 'x'.repeat(2000) + '"', 'lang=""', 'lang="zz-Qaaa"', 'class="' + 'a '.repeat(300) + '"',
];

/** A position as a fraction of the page, uniform (fc.double clusters at the edges). */
const position = fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100_000);

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
  fc.record({ kind: fc.constant('delete' as const), at: position, len: fc.integer({ min: 1, max: 5000 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: position, len: fc.integer({ min: 1, max: 3000 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: position,
    what: fc.oneof(
      fc.constantFrom(...TAGS),
      fc.constantFrom(...UNICODE),
      fc.array(fc.constantFrom(...UNICODE, ...TAGS), { minLength: 2, maxLength: 12 }).map((a) => a.join('')),
      fc.string({ unit: 'binary', maxLength: 40 }),
    ),
  }),
  fc.record({ kind: fc.constant('attribute' as const), nth: fc.nat({ max: 2000 }), attr: fc.constantFrom(...ATTRS) }),
);

export function applyMutation(html: string, m: Mutation): string {
  const pos = (at: number) => Math.min(html.length, Math.floor(at * html.length));
  switch (m.kind) {
    case 'truncate':
      return html.slice(0, pos(m.at));
    case 'delete': {
      const p = pos(m.at);
      return html.slice(0, p) + html.slice(p + m.len);
    }
    case 'duplicate': {
      const p = pos(m.at);
      return html.slice(0, p + m.len) + html.slice(p, p + m.len) + html.slice(p + m.len);
    }
    case 'insert': {
      const p = pos(m.at);
      return html.slice(0, p) + m.what + html.slice(p);
    }
    case 'attribute': {
      // Add the attribute to the nth opening tag (wrapping around).
      const re = /<([a-zA-Z][a-zA-Z0-9-]*)(?=[\s>/])/g;
      const starts: number[] = [];
      let t: RegExpExecArray | null;
      while ((t = re.exec(html)) && starts.length < 5000) starts.push(t.index + t[0].length);
      if (!starts.length) return html;
      const p = starts[m.nth % starts.length];
      return `${html.slice(0, p)} ${m.attr}${html.slice(p)}`;
    }
  }
}

export const describeMutation = (m: Mutation): string => {
  const esc = (s: string) => JSON.stringify(s.length > 40 ? s.slice(0, 40) + '…' : s);
  switch (m.kind) {
    case 'truncate':
      return `truncate@${m.at.toFixed(3)}`;
    case 'delete':
    case 'duplicate':
      return `${m.kind}@${m.at.toFixed(3)}+${m.len}`;
    case 'insert':
      return `insert@${m.at.toFixed(3)} ${esc(m.what)}`;
    case 'attribute':
      return `attribute#${m.nth} ${esc(m.attr)}`;
  }
};

export interface CaseResult {
  /** CPU time (user + system) of the case: what the bound applies to, immune to other load. */
  ms: number;
  /** Wall-clock time. */
  wallMs: number;
  outcome: 'brief' | 'no-article';
  brief?: Brief;
}

/** Every invariant a brief must keep; throws with a clear message when one is broken. */
export function checkBrief(b: Brief): void {
  const parsed = BriefSchema.safeParse(b);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new Error(`brief does not validate: ${i.path.join('.')}: ${i.message}`);
  }
  const check = (where: string, m: { start: number; end: number; text: string }) => {
    if (!(m.start >= 0 && m.start <= m.end && m.end <= b.text.length)) throw new Error(`${where}: offsets ${m.start}-${m.end} outside the text (${b.text.length})`);
    if (b.text.slice(m.start, m.end) !== m.text) throw new Error(`${where}: text ${JSON.stringify(m.text)} !== text.slice(${m.start}, ${m.end})`);
  };
  b.summary.forEach((s, i) => check(`summary[${i}]`, s));
  for (const key of ['organisations', 'people', 'places', 'agreements'] as const) {
    b[key].forEach((e, i) => e.mentions.forEach((m, j) => check(`${key}[${i}].mentions[${j}]`, m)));
  }
  b.dates.forEach((d, i) => d.mentions.forEach((m, j) => check(`dates[${i}].mentions[${j}]`, m)));
  if (!b.lang) throw new Error('brief without a language');
}

/**
 * The time bound of one case: a fixed allowance plus a per-size one, so it catches pathological
 * (super-linear) blow-ups without flaking on the 1 MB pages of the corpus on a loaded machine.
 * It applies to the CPU time of the case (process.cpuUsage), so other processes' load does not
 * make it flaky. The speed targets themselves are measured by `npm run bench`, not here.
 */
export function timeBound(html: string, baseMs: number, msPerKiB = 4): number {
  return baseMs + (html.length / 1024) * msPerKiB;
}

/** Runs the pipeline on one HTML input and checks the result; throws on any broken invariant. */
export async function runCase(html: string, timeBoundMs: number): Promise<CaseResult> {
  const url = 'https://fuzz.example/news/article.html';
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const doc = loadHtml(html, url);
  const res = extractArticle(doc, { url });
  let brief: Brief | undefined;
  if (res.ok) brief = await analyse(res.article);
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const ms = (cpu.user + cpu.system) / 1000;
  if (!res.ok) {
    if (res.reason !== 'no-article' || typeof res.message !== 'string' || !res.message) throw new Error('failure without reason/message');
  } else {
    checkBrief(brief!);
    JSON.stringify(brief); // must serialise (the CLI prints it)
  }
  if (ms > timeBoundMs) throw new Error(`took ${ms.toFixed(0)} ms of CPU (bound ${timeBoundMs.toFixed(0)} ms)`);
  return { ms, wallMs, outcome: res.ok ? 'brief' : 'no-article', brief };
}

export function caseArb(seeds: readonly SeedPage[]) {
  return fc.record({
    seed: fc.nat({ max: seeds.length - 1 }),
    mutations: fc.array(mutationArb, { minLength: 1, maxLength: 5 }),
  });
}

export function buildCase(seeds: readonly SeedPage[], c: { seed: number; mutations: Mutation[] }): { name: string; html: string; label: string } {
  const page = seeds[c.seed];
  const html = c.mutations.reduce(applyMutation, page.html);
  return { name: page.name, html, label: `${page.name} ← ${c.mutations.map(describeMutation).join(', ')}` };
}
