/**
 * Sweep over ../shared/data/pages (Readability's 124 test pages): never throws; agreement of
 * title / byline / published with Readability's expected metadata; timing against Readability
 * alone on the same DOM library. Run: npx tsx tests/extract/sweep.ts [--quiet]
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
let titleAgree = 0, titleN = 0, bylineAgree = 0, bylineN = 0, pubAgree = 0, pubN = 0, pubExtra = 0, rejected = 0, wrongReject = 0, throws = 0;
const tRead: number[] = [], tOurs: number[] = [];
for (const n of names) {
  const html = readFileSync(join(dir, n, 'source.html'), 'utf8');
  const expPath = join(dir, n, 'expected-metadata.json');
  const exp = existsSync(expPath) ? JSON.parse(readFileSync(expPath, 'utf8')) : {};
  const url = `http://fakehost/test/${n}/`;
  let t0 = performance.now();
  const d1 = loadHtml(html, url);
  new Readability(d1).parse();
  tRead.push(performance.now() - t0);
  t0 = performance.now();
  let r;
  try {
    const d2 = loadHtml(html, url);
    r = extractArticle(d2, { url, mutate: true });
  } catch (e) {
    throws++;
    console.log('THROW', n, e);
    continue;
  }
  tOurs.push(performance.now() - t0);
  if (!r.ok) {
    rejected++;
    if (exp.readerable) wrongReject++;
    if (!quiet) console.log(`${exp.readerable ? 'REJECTED-READERABLE' : 'rejected'} ${n}: ${r.message}`);
    continue;
  }
  const a = r.article;
  if (exp.title) { titleN++; if (norm(a.title) === norm(exp.title)) titleAgree++; else if (!quiet) console.log(`title ${n}: ${JSON.stringify(a.title)} vs ${JSON.stringify(exp.title)}`); }
  if (exp.byline) { bylineN++; if (norm(a.byline) === norm(exp.byline)) bylineAgree++; else if (!quiet) console.log(`byline ${n}: ${JSON.stringify(a.byline)} vs ${JSON.stringify(exp.byline)}`); }
  if (exp.publishedTime) { pubN++; const e = String(exp.publishedTime).slice(0, 10); if (a.published === e) pubAgree++; else if (!quiet) console.log(`published ${n}: ${a.published} (${a.publishedSource}) vs ${exp.publishedTime}`); }
  else if (a.published) { pubExtra++; if (!quiet) console.log(`published-extra ${n}: ${a.published} (${a.publishedSource})`); }
}
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const q = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]!; };
console.log(`pages ${names.length}, throws ${throws}, rejected ${rejected} (of which expected readerable: ${wrongReject})`);
console.log(`title agree ${titleAgree}/${titleN}, byline agree ${bylineAgree}/${bylineN}, published agree ${pubAgree}/${pubN}, published where Readability has none: ${pubExtra}`);
console.log(`time total: readability ${sum(tRead).toFixed(0)} ms, extractArticle ${sum(tOurs).toFixed(0)} ms, ratio ${(sum(tOurs) / sum(tRead)).toFixed(2)}; median ${q(tRead, 0.5).toFixed(1)} vs ${q(tOurs, 0.5).toFixed(1)} ms; p95 ${q(tRead, 0.95).toFixed(1)} vs ${q(tOurs, 0.95).toFixed(1)}; max ${Math.max(...tOurs).toFixed(0)} ms`);
