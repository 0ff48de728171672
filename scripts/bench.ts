/**
 * `npm run bench`: the whole pipeline vs Readability alone (the floor) on the real pages of
 * ../shared/data/pages, in one process, with the same DOM library (linkedom).
 *   floor    = parse (loadHtml) + Readability.parse()
 *   pipeline = parse (loadHtml) + extractArticle + analyse (NLP + summary)
 * Warm-up pass first, then --reps passes (default 5); each page's time is its median over the
 * passes. Prints per-page median / p95 / max and totals for both, the ratio (target ≤ 1.3),
 * and pages above 250 ms (target none). Options: --reps N, --json FILE, --only NAME.
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { loadHtml } from '../src/cli/load-html';
import { extractArticle } from '../src/extract/extract-article';
import { linkedomTuning } from '../src/extract/readability-node';
import { analyse } from '../src/brief/analyse';
import { arg, fmtMs, loadPages, median, quantile, requireShared, table } from './bench-common';

const dir = requireShared('bench (pipeline vs Readability)', 'data/pages');
const reps = Math.max(1, Number(arg('reps', '5')));
const only = arg('only', '');
const pages = loadPages(dir).filter((p) => !only || p.name === only);

interface Times {
  floorCpu: number[];
  totalCpu: number[];
  floor: number[];
  total: number[];
  parse: number[];
  extract: number[];
  analyse: number[];
  ok: boolean;
  chars: number;
}
const times: Times[] = pages.map(() => ({ floorCpu: [], totalCpu: [], floor: [], total: [], parse: [], extract: [], analyse: [], ok: false, chars: 0 }));

const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;

function runFloor(html: string, url: string) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const doc = loadHtml(html, url);
  new Readability(doc).parse();
  return { wall: performance.now() - t0, cpu: cpuMs(process.cpuUsage(c0)) };
}

async function runPipeline(html: string, url: string) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const doc = loadHtml(html, url);
  const t1 = performance.now();
  // As the CLI does: a document parsed for this run alone is extracted in place (the page's live DOM, in
  // the extension, is cloned instead; the browser's own clone is far cheaper than linkedom's), with a
  // fresh parse of the same HTML at hand for the rare page that needs it, and linkedom's Readability tuning
  // (src/cli/run-analyze.ts).
  const res = extractArticle(doc, { url, mutate: true, tuning: linkedomTuning, fresh: () => loadHtml(html, url) });
  const t2 = performance.now();
  let chars = 0;
  if (res.ok) {
    const brief = await analyse(res.article);
    chars = brief.text.length;
  }
  const t3 = performance.now();
  return { cpu: cpuMs(process.cpuUsage(c0)), total: t3 - t0, parse: t1 - t0, extract: t2 - t1, analyse: t3 - t2, ok: res.ok, chars };
}

async function pass(record: boolean) {
  for (let i = 0; i < pages.length; i++) {
    const p = pages[i];
    // Alternate the order so neither side always runs on a warmer cache.
    const floorFirst = i % 2 === 0;
    let floor = { wall: 0, cpu: 0 };
    if (floorFirst) floor = runFloor(p.html, p.url);
    const r = await runPipeline(p.html, p.url);
    if (!floorFirst) floor = runFloor(p.html, p.url);
    if (!record) continue;
    const t = times[i];
    t.floor.push(floor.wall);
    t.floorCpu.push(floor.cpu);
    t.totalCpu.push(r.cpu);
    t.total.push(r.total);
    t.parse.push(r.parse);
    t.extract.push(r.extract);
    t.analyse.push(r.analyse);
    t.ok = r.ok;
    t.chars = r.chars;
  }
}

const started = performance.now();
await pass(false); // warm-up: JIT, lazy language packs, gazetteers
for (let r = 0; r < reps; r++) await pass(true);
const wall = performance.now() - started;

const per = times.map((t, i) => ({
  name: pages[i].name,
  ok: t.ok,
  chars: t.chars,
  floor: median(t.floor),
  total: median(t.total),
  floorCpu: median(t.floorCpu),
  totalCpu: median(t.totalCpu),
  parse: median(t.parse),
  extract: median(t.extract),
  analyse: median(t.analyse),
}));
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: quantile(s, 0.5), p95: quantile(s, 0.95), max: s[s.length - 1], total: s.reduce((a, b) => a + b, 0) };
};
const floor = stats(per.map((p) => p.floor));
const total = stats(per.map((p) => p.total));
const parse = stats(per.map((p) => p.parse));
const extract = stats(per.map((p) => p.extract));
const an = stats(per.map((p) => p.analyse));
const ratio = total.total / floor.total;
const floorCpu = stats(per.map((p) => p.floorCpu));
const totalCpu = stats(per.map((p) => p.totalCpu));
const ratioCpu = totalCpu.total / floorCpu.total;
const over = per.filter((p) => p.total > 250);
const articles = per.filter((p) => p.ok).length;
const textChars = per.reduce((a, p) => a + p.chars, 0);

console.log(`bench: ${pages.length} pages from ${dir}`);
console.log(`  articles: ${articles}, no-article: ${pages.length - articles}; ${(textChars / 1024).toFixed(0)} KiB of article text`);
console.log(`  warm-up 1 pass, then ${reps} passes; a page's time = its median over the passes; wall ${(wall / 1000).toFixed(1)} s`);
console.log(`  node ${process.version}, linkedom, ${new Date().toISOString()}\n`);
const row = (name: string, s: ReturnType<typeof stats>) => [name, fmtMs(s.median), fmtMs(s.p95), fmtMs(s.max), fmtMs(s.total)];
console.log(
  table([
    ['per page, ms', 'median', 'p95', 'max', 'total'],
    row('floor: parse + Readability', floor),
    row('pipeline: whole brief', total),
    row('  of which parse', parse),
    row('  of which extractArticle', extract),
    row('  of which analyse (NLP+summary)', an),
    row('floor, CPU time', floorCpu),
    row('pipeline, CPU time', totalCpu),
  ]),
);
console.log(`\n(wall = elapsed time; CPU = this process's user+system time, which other processes' load inflates less)`);
console.log(`\nratio pipeline / floor (totals): ${ratio.toFixed(2)}×   (target ≤ 1.30) ${ratio <= 1.3 ? 'MET' : 'NOT MET'}`);
console.log(`ratio of medians: ${(total.median / floor.median).toFixed(2)}×, of p95: ${(total.p95 / floor.p95).toFixed(2)}×; in CPU time (totals): ${ratioCpu.toFixed(2)}×`);
console.log(`pages above 250 ms: ${over.length} (target 0) ${over.length ? 'NOT MET' : 'MET'}; the floor alone has ${per.filter((p) => p.floor > 250).length} pages above 250 ms; in CPU time: pipeline ${per.filter((p) => p.totalCpu > 250).length}, floor ${per.filter((p) => p.floorCpu > 250).length}`);
const slow = [...per].sort((a, b) => b.total - a.total).slice(0, 8);
console.log('\nslowest pages (pipeline ms: parse / extract / analyse; floor ms; article chars):');
console.log(
  table([
    ['page', 'pipeline', 'parse', 'extract', 'analyse', 'floor', 'chars'],
    ...slow.map((p) => [p.name, fmtMs(p.total), fmtMs(p.parse), fmtMs(p.extract), fmtMs(p.analyse), fmtMs(p.floor), p.chars]),
  ]),
);
const jsonOut = arg('json', '');
if (jsonOut) {
  writeFileSync(jsonOut, JSON.stringify({ reps, floor, pipeline: total, floorCpu, pipelineCpu: totalCpu, ratioCpu, parse, extract, analyse: an, ratio, over250: over.map((p) => p.name), pages: per }, null, 2));
  console.log(`\nper-page figures written to ${jsonOut}`);
}
