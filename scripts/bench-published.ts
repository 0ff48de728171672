/**
 * `npm run bench:published`: the publication-date finder alone (src/extract/published-date.ts
 * findPublishedDate), timed on the real pages of ../shared/data/pages (124), and its answers on those,
 * the crisis pages and the date benchmark's development pages, so that a speed change can be shown to
 * change no result.
 *
 *   npm run -s bench:published                      # time over the 124 pages (median of --reps passes)
 *   npm run -s bench:published -- --save FILE       # also write every page's answer (all three sets)
 *   npm run -s bench:published -- --check FILE      # compare every page's answer with a saved run
 *
 * The inputs (document index, meta, JSON-LD, headline) are built as extractArticle builds them and are not
 * timed. Numbers are printed, never asserted.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { loadHtml } from '../src/cli/load-html';
import { decodeHtml } from '../src/cli/read-input';
import { indexDocument } from '../src/extract/doc-index';
import { baseUrl, canonicalUrl, jsonLdObjects, metaMap } from '../src/extract/metadata';
import { findHeadline, findPublishedDate, type PublishedInputs } from '../src/extract/published-date';
import { arg, flag, fmtMs, loadPages, median, requireShared, SHARED_DIR } from './bench-common';

const pagesDir = requireShared('bench:published', 'data/pages');
const reps = Math.max(1, Number(arg('reps', '7')));
const save = arg('save', '');
const check = arg('check', '');

function inputs(html: string, url: string): PublishedInputs {
  const doc = loadHtml(html, url);
  const idx = indexDocument(doc);
  const base = baseUrl(idx.tags.base, url);
  const meta = metaMap(idx.tags.meta);
  const ld = jsonLdObjects(idx.tags.script);
  const canonical = canonicalUrl(idx.tags.link, meta, base);
  const headline = findHeadline(idx.tags.h1);
  const locale = `${doc.documentElement?.getAttribute('lang') ?? ''} ${meta.get('og:locale') ?? ''}`;
  return { idx, url, canonicalUrl: canonical, meta, ld, headline, monthFirst: /(?:^|\s)en[-_]us\b/i.test(locale) };
}

const answer = (i: PublishedInputs) => {
  const p = findPublishedDate(i);
  return p ? `${p.value} ${p.source}` : 'null';
};

// 1. time on the 124 pages
const pages = loadPages(pagesDir);
const prepared = pages.map((p) => inputs(p.html, p.url));
const answers: Record<string, string> = {};
prepared.forEach((i, k) => (answers[`pages/${pages[k]!.name}`] = answer(i))); // warm-up
const per: number[][] = prepared.map(() => []);
const passTotals: number[] = [];
const passCpu: number[] = [];
for (let r = 0; r < reps; r++) {
  let tot = 0;
  const c0 = process.cpuUsage();
  prepared.forEach((i, k) => {
    const t0 = performance.now();
    findPublishedDate(i);
    const dt = performance.now() - t0;
    per[k]!.push(dt);
    tot += dt;
  });
  const c = process.cpuUsage(c0);
  passCpu.push((c.user + c.system) / 1000);
  passTotals.push(tot);
}
const meds = per.map((xs) => median(xs));
const sum = meds.reduce((a, b) => a + b, 0);
// each page's fastest pass: the least disturbed by other processes on a shared machine
const mins = per.map((xs) => Math.min(...xs)).reduce((a, b) => a + b, 0);
console.log(`findPublishedDate on ${pages.length} pages of ${pagesDir}, ${reps} passes after a warm-up`);
console.log(`  total of per-page minimums ${fmtMs(mins)} ms, of per-page medians ${fmtMs(sum)} ms; pass totals: median ${fmtMs(median(passTotals))} ms, min ${fmtMs(Math.min(...passTotals))} ms; CPU per pass: median ${fmtMs(median(passCpu))} ms, min ${fmtMs(Math.min(...passCpu))} ms`);
const slow = meds.map((m, k) => [pages[k]!.name, m] as const).sort((a, b) => b[1] - a[1]).slice(0, 8);
console.log(`  slowest: ${slow.map(([n, m]) => `${n} ${fmtMs(m)}`).join(', ')}`);

// 2. answers on the crisis pages and the date benchmark's pages (--time-only: skip them, e.g. to profile the timing)
const crisis = join(SHARED_DIR, 'data/crisis-pages');
if (!flag('time-only') && existsSync(crisis)) {
  for (const n of readdirSync(crisis).filter((n) => existsSync(join(crisis, n, 'source.html'))).sort()) {
    const f = join(crisis, n, 'source.html');
    answers[`crisis/${n}`] = answer(inputs(decodeHtml(readFileSync(f)), pathToFileURL(f).href));
  }
}
const datesDir = join(SHARED_DIR, 'data/dates-pages/pages');
if (!flag('time-only') && existsSync(datesDir)) {
  for (const n of readdirSync(datesDir).sort()) {
    const f = join(datesDir, n);
    const html = decodeHtml(n.endsWith('.gz') ? gunzipSync(readFileSync(f)) : readFileSync(f));
    answers[`dates/${n.replace(/\.html(?:\.gz)?$/, '')}`] = answer(inputs(html, pathToFileURL(join('/tmp/dates-pages', n.replace(/\.gz$/, ''))).href));
  }
}
console.log(`  answers: ${Object.keys(answers).length} pages (124 bench pages, crisis pages, date benchmark pages)`);
if (save) {
  writeFileSync(save, JSON.stringify(answers, null, 1));
  console.log(`  written to ${save}`);
}
if (check) {
  const old = JSON.parse(readFileSync(check, 'utf8')) as Record<string, string>;
  const diff = Object.keys({ ...old, ...answers }).filter((k) => old[k] !== answers[k]);
  console.log(`  compared with ${check}: ${diff.length} pages differ`);
  for (const k of diff.slice(0, 40)) console.log(`    ${k}: ${old[k] ?? '-'} → ${answers[k] ?? '-'}`);
}
