/**
 * `npm run bench:nlp`: NLP throughput on plain text (the dev splits in ../shared/data/ner/*.jsonl),
 * characters per second per language, for analyseText (the whole NLP layer: language pack,
 * tagger, acronyms, agreements, dates) and for analyse (+ summary). For reference, compromise's
 * own figure on the English text (nlp(text) + people/organizations/places), measured the same way.
 * Target ≥ 500 KiB/s. Warm-up pass first, then --reps passes (default 3), best and median printed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyseText } from '../src/nlp/pipeline';
import { analyse } from '../src/brief/analyse';
import { summarise } from '../src/summary/summarise';
import type { NlpResult } from '../src/nlp/types';
import { arg, median, requireShared, table } from './bench-common';

const dir = requireShared('bench:nlp', 'data/ner');
const reps = Math.max(1, Number(arg('reps', '3')));
const withCompromise = !process.argv.includes('--no-compromise');

interface Doc {
  lang: string;
  text: string;
}
const byLang = new Map<string, { file: string; docs: Doc[] }>();
for (const f of readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort()) {
  const docs = readFileSync(join(dir, f), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Doc);
  if (!docs.length) continue;
  byLang.set(docs[0].lang, { file: f, docs });
}

/** Wall times of --reps passes after a warm-up; CPU times (user + system) go to `cpu`. */
async function timeIt(fn: () => Promise<void> | void, cpu: number[] = []): Promise<number[]> {
  await fn(); // warm-up
  const out: number[] = [];
  for (let r = 0; r < reps; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return out;
}

const kib = (chars: number, ms: number) => chars / 1024 / (ms / 1000);
const rows: (string | number)[][] = [
  ['lang', 'corpus', 'docs', 'KiB', 'analyseText KiB/s wall (best / median)', 'analyseText KiB/s CPU (best)', 'analyse+summary KiB/s wall', 'summary alone KiB/s CPU', 'target ≥ 500 (CPU)'],
];
let compromiseRow: (string | number)[] | null = null;
for (const [lang, { file, docs }] of byLang) {
  const chars = docs.reduce((a, d) => a + d.text.length, 0);
  const nlpCpu: number[] = [];
  const nlpT = await timeIt(async () => {
    for (const d of docs) await analyseText(d.text, { lang, published: '2024-06-04' });
  }, nlpCpu);
  const fullT = await timeIt(async () => {
    for (const d of docs)
      await analyse({ url: 'file:///bench', canonicalUrl: null, title: '', byline: null, siteName: null, lang, published: '2024-06-04', text: d.text, links: [] });
  });
  const results: NlpResult[] = [];
  for (const d of docs) results.push(await analyseText(d.text, { lang, published: '2024-06-04' }));
  const sumCpu: number[] = [];
  await timeIt(() => {
    for (let i = 0; i < docs.length; i++) summarise(docs[i].text, results[i], '', { published: '2024-06-04' });
  }, sumCpu);
  const best = kib(chars, Math.min(...nlpCpu));
  rows.push([
    lang,
    file,
    docs.length,
    (chars / 1024).toFixed(0),
    `${kib(chars, Math.min(...nlpT)).toFixed(0)} / ${kib(chars, median(nlpT)).toFixed(0)}`,
    best.toFixed(0),
    `${kib(chars, Math.min(...fullT)).toFixed(0)} / ${kib(chars, median(fullT)).toFixed(0)}`,
    `${kib(chars, Math.min(...sumCpu)).toFixed(0)}`,
    best >= 500 ? 'MET' : 'NOT MET',
  ]);
  if (lang === 'en' && withCompromise) {
    const nlp = (await import('compromise')).default;
    const cCpu: number[] = [];
    const cT = await timeIt(() => {
      for (const d of docs) {
        const doc = nlp(d.text);
        doc.people().out('array');
        doc.organizations().out('array');
        doc.places().out('array');
      }
    }, cCpu);
    compromiseRow = ['en', `${file} (compromise 14, reference)`, docs.length, (chars / 1024).toFixed(0), `${kib(chars, Math.min(...cT)).toFixed(0)} / ${kib(chars, median(cT)).toFixed(0)}`, kib(chars, Math.min(...cCpu)).toFixed(0), '', '', ''];
  }
}
if (compromiseRow) rows.push(compromiseRow);
console.log(`bench:nlp: plain text of ${dir}/*.jsonl, warm-up then ${reps} passes, node ${process.version}\n`);
console.log(table(rows));
