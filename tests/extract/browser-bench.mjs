/**
 * Extraction speed in a real browser: Readability alone (on a clone, default serializer) vs
 * extractArticle, on the 124 pages of ../shared/data/pages, in Debian's Chromium (never
 * downloaded), page scripts disabled, no network. Interleaved runs, min of 7 each, so garbage
 * from one side is not billed to the other. A script, not a test: it prints numbers.
 *
 *   node tests/extract/browser-bench.mjs        (CHROMIUM_PATH, CRISISLENS_SHARED override paths)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild'; // comes with tsx
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = process.env.CRISISLENS_SHARED ?? join(root, '..', 'shared');
const dir = join(shared, 'data', 'pages');
if (!existsSync(dir)) {
  console.log(`skipped: ${dir} not found`);
  process.exit(0);
}
const entry = `
import { Readability } from '@mozilla/readability';
import { extractArticle } from './src/extract/extract-article';
globalThis.__cmp = () => {
  let tr = Infinity, te = Infinity, ok = false;
  for (let i = 0; i < 7; i++) {
    let t = performance.now();
    new Readability(document.cloneNode(true)).parse();
    tr = Math.min(tr, performance.now() - t);
    t = performance.now();
    ok = extractArticle(document, { url: location.href }).ok;
    te = Math.min(te, performance.now() - t);
  }
  return { tr, te, ok };
};`;
const out = await build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, format: 'iife', write: false, logLevel: 'warning' });
const code = out.outputFiles[0].text;
const names = readdirSync(dir).filter((n) => existsSync(join(dir, n, 'source.html'))).sort();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await browser.newContext({ javaScriptEnabled: false });
let body = '';
let pageUrl = '';
await ctx.route('**/*', (r) => (r.request().url() === pageUrl ? r.fulfill({ body, contentType: 'text/html; charset=utf-8' }) : r.abort()));
const page = await ctx.newPage();
const tR = [];
const tE = [];
const worst = [];
let articles = 0;
for (const n of names) {
  body = readFileSync(join(dir, n, 'source.html'), 'utf8');
  pageUrl = `http://fakehost/test/${n}/`;
  await page.goto(pageUrl, { waitUntil: 'domcontentloaded' });
  await page.evaluate(code);
  const r = await page.evaluate('__cmp()');
  tR.push(r.tr);
  tE.push(r.te);
  worst.push([n, r.tr, r.te]);
  if (r.ok) articles++;
}
await browser.close();
const sum = (x) => x.reduce((a, b) => a + b, 0);
const q = (x, p) => [...x].sort((a, b) => a - b)[Math.min(x.length - 1, Math.floor(p * x.length))];
const fmt = (x) => `total ${sum(x).toFixed(0)} ms, median ${q(x, 0.5).toFixed(1)}, p95 ${q(x, 0.95).toFixed(1)}, max ${Math.max(...x).toFixed(0)} ms`;
console.log(`Chromium, ${names.length} pages (${articles} articles), min of 7 interleaved runs:`);
console.log(`  Readability alone (clone): ${fmt(tR)}`);
console.log(`  extractArticle:            ${fmt(tE)}  → ${(sum(tE) / sum(tR)).toFixed(2)}x`);
worst.sort((a, b) => b[2] - b[1] - (a[2] - a[1]));
console.log(`  largest extra cost: ${worst.slice(0, 3).map(([n, a, b]) => `${n} ${a.toFixed(0)}→${b.toFixed(0)} ms`).join(', ')}`);
