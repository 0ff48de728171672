/**
 * The adversarial-string family (issue 16): every page field and every text-processing
 * function run on strings of up to 1 MB built to make regexes backtrack (long runs of
 * separators, spaces, dashes, dots, digits, invisible characters). The measure is scaling,
 * not absolute time: a function is linear when 10× the input costs about 10× the time.
 *
 * Shared by the unit test (tests/fuzz/adversarial.test.ts, a subset, generous budget) and the
 * long run (`npm run fuzz -- --family adversarial`, scripts/fuzz.ts, every combination).
 *
 * Sizes grow 10 KB → 100 KB → 1 MB; a step whose time grows more than MAX_STEP_RATIO× (and
 * costs more than the noise floor) fails at once, so a quadratic function fails at 100 KB in a
 * few seconds instead of hanging for minutes at 1 MB.
 */
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { cleanText, stripInvisible } from '../../src/brief/clean-text';
import { oneLine } from '../../src/cli/args';
import { loadHtml } from '../../src/cli/load-html';
import { findTextDate, parseMachineDate, urlDate } from '../../src/extract/date-text';
import { cleanByline, extractArticle } from '../../src/extract/extract-article';
import { selectionTextToParagraphs } from '../../src/extract/extract-selection';
import { absoluteHttpUrl, capString, cleanTitle, clip, collapse, jsonName, primarySubtag } from '../../src/extract/metadata';
import { slug } from '../../src/export/file-name';
import { mdInline, mdLink, safeHref } from '../../src/export/markdown-escape';
import { sentenceAround } from '../../src/export/sentence';
import { hostOf, normaliseUrl } from '../../src/library/canonical-url';
import { fold, foldWords, nameKey } from '../../src/library/fold';
import { normaliseNote, normaliseTags } from '../../src/library/records';
import { parseTerms } from '../../src/library/search';
import { parseTags } from '../../src/ui/render-library';
import { contextSnippet, displayBlock, displayText } from '../../src/ui/text';

export interface Adversary {
  name: string;
  /** A string of exactly `n` characters (or close to it). */
  make: (n: number) => string;
}

const rep = (unit: string, n: number, tail = '') => unit.repeat(Math.max(1, Math.floor((n - tail.length) / unit.length))) + tail;

export const ADVERSARIES: Adversary[] = [
  { name: 'dashes', make: (n) => rep('-', n, 'x') },
  { name: 'spaces', make: (n) => rep(' ', n, 'x') },
  { name: 'spaced-dashes', make: (n) => rep(' - ', n, 'x') },
  { name: 'separators', make: (n) => rep('|·•,:;–— ', n, 'x') },
  { name: 'words-and-dashes', make: (n) => rep('a - ', n, '') },
  { name: 'words', make: (n) => rep('ab ', n, '') },
  { name: 'dots', make: (n) => rep('a.', n, '') },
  { name: 'digits', make: (n) => rep('1 ', n, '') },
  { name: 'letters', make: (n) => rep('a', n, '') },
  { name: 'newlines', make: (n) => rep('\n\n ', n, 'x') },
  { name: 'brackets', make: (n) => rep('[](<>', n, '') },
  { name: 'invisible', make: (n) => rep('\u200f\u202e\u200b', n, 'x') },
  { name: 'dates', make: (n) => rep('2024-', n, '') },
  { name: 'commas', make: (n) => rep(', ', n, 'x') },
  { name: 'pipes-open-end', make: (n) => rep('a | ', n, '|') },
  { name: 'guillemets', make: (n) => rep(' » ', n, '«') },
  { name: 'dashes-open-end', make: (n) => rep('a - ', n, '|') },
  {
    // All words different: list-membership tests (`includes` per word) cost words².
    name: 'distinct-words',
    make: (n) => {
      const out: string[] = [];
      let len = 0;
      for (let i = 0; len < n; i++) {
        const w = 'w' + i.toString(36);
        out.push(w);
        len += w.length + 1;
      }
      return out.join(' ');
    },
  },
];

/** The adversaries the unit test runs on whole pages (each page costs a DOM parse and an extraction). */
export const PAGE_ADVERSARIES = ['dashes', 'spaced-dashes', 'separators', 'dashes-open-end', 'distinct-words'];

export interface Target {
  name: string;
  run: (s: string) => unknown;
}

/** Every text-processing function that may see a page string (or a string derived from one). */
export const FUNCTIONS: Target[] = [
  { name: 'collapse', run: (s) => collapse(s) },
  { name: 'clip', run: (s) => clip(s, 1000) },
  { name: 'capString', run: (s) => capString(s) },
  { name: 'cleanTitle(site)', run: (s) => cleanTitle(s + ' | Site', 'Site', []) },
  { name: 'cleanTitle(heading)', run: (s) => cleanTitle('The long headline here ' + s, 'Site', ['The long headline here']) },
  { name: 'cleanTitle(prefix)', run: (s) => cleanTitle('Site - ' + s, 'Site', [s]) },
  { name: 'cleanByline', run: (s) => cleanByline('By Jane ' + s) },
  { name: 'primarySubtag', run: (s) => primarySubtag(s) },
  { name: 'absoluteHttpUrl', run: (s) => absoluteHttpUrl(s, 'https://x.example/') },
  { name: 'jsonName', run: (s) => jsonName({ name: s }) },
  { name: 'findTextDate', run: (s) => findTextDate(s) },
  { name: 'parseMachineDate', run: (s) => parseMachineDate(s) },
  { name: 'urlDate', run: (s) => urlDate('https://x.example/' + s) },
  { name: 'cleanText', run: (s) => cleanText(s) },
  { name: 'stripInvisible', run: (s) => stripInvisible(s) },
  { name: 'displayText', run: (s) => displayText(s) },
  { name: 'displayBlock', run: (s) => displayBlock(s) },
  { name: 'contextSnippet', run: (s) => contextSnippet(s, s.length >> 1, (s.length >> 1) + 1) },
  { name: 'mdInline', run: (s) => mdInline(s) },
  { name: 'safeHref', run: (s) => safeHref('https://x.example/' + s) },
  { name: 'mdLink', run: (s) => mdLink(s, 'https://x.example/') },
  { name: 'sentenceAround', run: (s) => sentenceAround(s, s.length >> 1, (s.length >> 1) + 1) },
  { name: 'slug', run: (s) => slug(s) },
  { name: 'normaliseUrl', run: (s) => normaliseUrl('https://x.example/p?q=' + s) },
  { name: 'hostOf', run: (s) => hostOf('https://' + s) },
  { name: 'normaliseTags', run: (s) => normaliseTags([s, s]) },
  { name: 'normaliseNote', run: (s) => normaliseNote(s) },
  { name: 'parseTags', run: (s) => parseTags(s) },
  { name: 'parseTerms', run: (s) => parseTerms(s) },
  { name: 'fold', run: (s) => fold(s) },
  { name: 'foldWords', run: (s) => foldWords(s) },
  { name: 'nameKey', run: (s) => nameKey(s) },
  { name: 'selectionTextToParagraphs', run: (s) => selectionTextToParagraphs(s) },
  { name: 'oneLine', run: (s) => oneLine(s) },
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const BODY = `<article><h1>Flood warning for the Meuse valley</h1>${'<p>The river rose overnight and the fire brigade evacuated the camp site near Namur on Monday morning, the mayor said.</p>'.repeat(6)}</article>`;
const page = (head: string, body = BODY, htmlAttr = 'lang="en"') => `<!DOCTYPE html><html ${htmlAttr}><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const ld = (o: Record<string, unknown>) => `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', ...o }).replace(/</g, '\\u003c')}</script>`;

/** Every field a page gives us, each filled with the adversarial string. */
export const PAGE_FIELDS: Array<{ name: string; html: (s: string) => string }> = [
  { name: '<title>', html: (s) => page(`<title>${esc(s)}</title>`) },
  { name: 'meta author', html: (s) => page(`<title>Flood</title><meta name="author" content="${esc(s)}">`) },
  { name: 'meta title', html: (s) => page(`<title>Flood</title><meta name="title" content="${esc(s)}">`) },
  { name: 'og:title', html: (s) => page(`<title>Flood</title><meta property="og:title" content="${esc(s)}">`) },
  { name: 'og:site_name', html: (s) => page(`<title>Flood | Site</title><meta property="og:site_name" content="${esc(s)}">`) },
  { name: 'meta description', html: (s) => page(`<title>Flood</title><meta name="description" content="${esc(s)}">`) },
  { name: 'meta date', html: (s) => page(`<title>Flood</title><meta property="article:published_time" content="${esc(s)}">`) },
  { name: 'json-ld name vs <title>', html: (s) => page(`<title>${esc(s)} | Site</title>${ld({ name: s + ' y', headline: s + ' x' })}`) },
  { name: 'json-ld author', html: (s) => page(`<title>Flood</title>${ld({ author: { name: s }, headline: 'Flood' })}`) },
  { name: 'json-ld publisher', html: (s) => page(`<title>Flood</title>${ld({ publisher: { name: s }, headline: 'Flood' })}`) },
  { name: 'json-ld datePublished', html: (s) => page(`<title>Flood</title>${ld({ datePublished: s, headline: 'Flood' })}`) },
  { name: '<h1>', html: (s) => page('<title>Flood</title>', BODY.replace('<h1>Flood warning for the Meuse valley</h1>', `<h1>${esc(s)}</h1>`)) },
  { name: 'byline element', html: (s) => page('<title>Flood</title>', BODY.replace('</h1>', `</h1><p class="byline">By ${esc(s)}</p>`)) },
  { name: '<time>', html: (s) => page('<title>Flood</title>', BODY.replace('</h1>', `</h1><time>${esc(s)}</time>`)) },
  { name: 'link text', html: (s) => page('<title>Flood</title>', BODY.replace('</article>', `<p>See <a href="https://x.example/a">${esc(s)}</a>.</p></article>`)) },
  { name: 'link href', html: (s) => page('<title>Flood</title>', BODY.replace('</article>', `<p>See <a href="https://x.example/${esc(s)}">the report</a>.</p></article>`)) },
  { name: 'canonical href', html: (s) => page(`<title>Flood</title><link rel="canonical" href="https://x.example/${esc(s)}">`) },
  { name: '<html lang>', html: (s) => page('<title>Flood</title>', BODY, `lang="${esc(s)}"`) },
];

export const PAGE_TARGETS: Target[] = PAGE_FIELDS.map((f) => ({
  name: `page: ${f.name}`,
  run: (s: string) => {
    const url = 'https://x.example/article';
    // A run in the middle of a value (a word before it) is what makes end-anchored patterns backtrack.
    return extractArticle(loadHtml(f.html('By Jane Doe ' + s), url), { url, mutate: true });
  },
}));

export const SIZES = [10_000, 100_000, 1_000_000];
/** Above this ratio between two sizes 10× apart the cost is not linear (linear ≈ 10, quadratic ≈ 100). */
export const MAX_STEP_RATIO = 30;
/** Steps ending under this many ms are not judged: at 1 MB, allocation and GC alone make jumps to ~0.5 s (×40 over 100 KB); a quadratic pattern costs seconds to minutes there. */
export const NOISE_MS = 1000;

function timeOnce(t: Target, s: string): number {
  const t0 = performance.now();
  t.run(s);
  return performance.now() - t0;
}

/** Best of `reps` runs (the least disturbed by other processes). */
function timeBest(t: Target, s: string, reps: number): number {
  let best = Infinity;
  for (let i = 0; i < reps; i++) best = Math.min(best, timeOnce(t, s));
  return best;
}

export interface ScalingResult {
  target: string;
  adversary: string;
  /** ms per size (SIZES order); missing sizes were not run (an earlier step failed). */
  ms: number[];
  ok: boolean;
  why?: string;
}

/** Run `target` on `adv` at 10 KB, 100 KB, 1 MB; fail fast on a superlinear step. */
export function measureScaling(target: Target, adv: Adversary, reps = 1, sizes = SIZES): ScalingResult {
  const ms: number[] = [];
  timeOnce(target, adv.make(1000)); // warm up (JIT, lazy regex compilation)
  for (let i = 0; i < sizes.length; i++) {
    const s = adv.make(sizes[i]!);
    const t = timeBest(target, s, reps);
    ms.push(t);
    if (i > 0) {
      const prev = Math.max(ms[i - 1]!, NOISE_MS / (sizes[i]! / sizes[i - 1]!));
      const ratio = t / prev;
      if (t > NOISE_MS && ratio > MAX_STEP_RATIO) {
        // Measure once more: a pause of the machine must not fail the run.
        const again = timeBest(target, s, 2);
        if (again / prev > MAX_STEP_RATIO)
          return { target: target.name, adversary: adv.name, ms, ok: false, why: `${sizes[i - 1]} → ${sizes[i]} chars: ${ms[i - 1]!.toFixed(1)} → ${t.toFixed(1)} ms (×${ratio.toFixed(0)}, linear is ×10)` };
        ms[i] = again;
      }
    }
  }
  return { target: target.name, adversary: adv.name, ms, ok: true };
}

/** Characters adversarial units are made of: separators, white space, dashes, dots, digits, a letter, invisible marks. */
const UNIT_CHARS = [' ', ' ', '-', '–', '—', '|', '·', '•', ',', ':', ';', '.', '/', '»', '«', '\n', '\t', 'a', 'b', '1', '2', '[', ']', '(', ')', '<', '>', '#', '*', '_', '\u00a0', '\u200f', '\u202e', '@', '=', '"', "'"];

/** A random adversary: a short unit of those characters repeated to the size, with a random tail. */
export const adversaryArb: fc.Arbitrary<Adversary> = fc
  .record({
    unit: fc.array(fc.constantFrom(...UNIT_CHARS), { minLength: 1, maxLength: 6 }).map((a) => a.join('')),
    tail: fc.constantFrom('', 'x', '|', '-', ' ', '.', '«'),
  })
  .map(({ unit, tail }) => ({ name: `repeat(${JSON.stringify(unit)}) + ${JSON.stringify(tail)}`, make: (n: number) => rep(unit, n, tail) }));
