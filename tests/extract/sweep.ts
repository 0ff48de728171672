/**
 * Sweep over ../shared/data/pages (Readability's 124 test pages): never throws; agreement of
 * title / byline / published with Readability's expected metadata; timing against Readability
 * alone on the same DOM library. Run: npx tsx tests/extract/sweep.ts [--quiet]
 * (a script, not a test: timings are printed, never asserted)
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { loadHtml } from '../../src/cli/load-html';
import { extractArticle } from '../../src/extract/extract-article';
import { fileURLToPath } from 'node:url';

const SHARED_DIR = process.env.CRISISLENS_SHARED ?? join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..', 'shared');

const dir = join(SHARED_DIR, 'data', 'pages');
const names = readdirSync(dir).filter((n) => existsSync(join(dir, n, 'source.html'))).sort();
const norm = (s: string | null | undefined) => (s ?? '').normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
const quiet = process.argv.includes('--quiet');
const repsArg = process.argv.indexOf('--reps');
/** Each timing is the minimum over this many runs (a busy machine only ever adds time). */
const REPS = repsArg > 0 ? Math.max(1, Number(process.argv[repsArg + 1]) || 1) : 3;
function best(f: () => unknown): number {
  let m = Infinity;
  for (let i = 0; i < REPS; i++) {
    const t0 = performance.now();
    f();
    m = Math.min(m, performance.now() - t0);
  }
  return m;
}
let titleAgree = 0, titleN = 0, bylineAgree = 0, bylineN = 0, pubAgree = 0, pubN = 0, pubExtra = 0, rejected = 0, wrongReject = 0, throws = 0;
const tRead: number[] = [], tOurs: number[] = [], tClone: number[] = [];
const slow: Array<[string, number, number]> = [];
// Warm-up pass (JIT), not measured.
for (const n of names.slice(0, 20)) {
  const html = readFileSync(join(dir, n, 'source.html'), 'utf8');
  new Readability(loadHtml(html, 'http://fakehost/')).parse();
  extractArticle(loadHtml(html, 'http://fakehost/'), { url: 'http://fakehost/' });
}
for (const n of names) {
  const html = readFileSync(join(dir, n, 'source.html'), 'utf8');
  const expPath = join(dir, n, 'expected-metadata.json');
  const exp = existsSync(expPath) ? JSON.parse(readFileSync(expPath, 'utf8')) : {};
  const url = `http://fakehost/test/${n}/`;
  // Same work for each: parse with linkedom, then Readability alone / extractArticle.
  const tr = best(() => new Readability(loadHtml(html, url)).parse());
  tRead.push(tr);
  tClone.push(best(() => extractArticle(loadHtml(html, url), { url }))); // default: on a clone (as in the page)
  let r: ReturnType<typeof extractArticle> | undefined;
  let to: number;
  try {
    to = best(() => (r = extractArticle(loadHtml(html, url), { url, mutate: true })));
  } catch (e) {
    throws++;
    console.log('THROW', n, e);
    continue;
  }
  tOurs.push(to);
  if (!r) continue;
  slow.push([n, tr, to]);
  if (!r.ok) {
    rejected++;
    if (exp.readerable) wrongReject++;
    if (!quiet) console.log(`${exp.readerable ? 'REJECTED-READERABLE' : 'rejected'} ${n}: ${r.message}`);
    continue;
  }
  const a = r.article;
  const nb = (s: string | null | undefined) => norm(s).replace(/^by /, '');
  if (exp.title) { titleN++; if (norm(a.title) === norm(exp.title)) titleAgree++; else if (!quiet) console.log(`title ${n}: ${JSON.stringify(a.title)} vs ${JSON.stringify(exp.title)}`); }
  if (exp.byline) { bylineN++; if (nb(a.byline) === nb(exp.byline)) bylineAgree++; else if (!quiet) console.log(`byline ${n}: ${JSON.stringify(a.byline)} vs ${JSON.stringify(exp.byline)}`); }
  if (exp.publishedTime) { pubN++; const e = String(exp.publishedTime).slice(0, 10); if (a.published === e) pubAgree++; else if (!quiet) console.log(`published ${n}: ${a.published} (${a.publishedSource}) vs ${exp.publishedTime}`); }
  else if (a.published) { pubExtra++; if (!quiet) console.log(`published-extra ${n}: ${a.published} (${a.publishedSource})`); }
}
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const q = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]!; };
const line = (label: string, xs: number[]) => `${label}: total ${sum(xs).toFixed(0)} ms (${(sum(xs) / sum(tRead)).toFixed(2)}x), median ${q(xs, 0.5).toFixed(1)}, p95 ${q(xs, 0.95).toFixed(1)}, max ${Math.max(...xs).toFixed(0)} ms`;
console.log(`pages ${names.length}, throws ${throws}, no-article ${rejected} (of which Readability says readerable: ${wrongReject})`);
console.log(`agreement with Readability's expected metadata: title ${titleAgree}/${titleN}, byline ${bylineAgree}/${bylineN} (ignoring a leading "By"), published ${pubAgree}/${pubN}; published found where Readability has none: ${pubExtra}`);
console.log(`per page, linkedom parse included in each, min of ${REPS} runs:`);
console.log(line('  Readability alone        ', tRead));
console.log(line('  extractArticle (clone)   ', tClone));
console.log(line('  extractArticle (mutate)  ', tOurs));
slow.sort((a, b) => b[2] - a[2]);
console.log('slowest (readability ms, extract ms):', slow.slice(0, 3).map(([n, a, b]) => `${n} ${a.toFixed(0)}/${b.toFixed(0)}`).join(', '));
