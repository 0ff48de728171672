/**
 * NER evaluation tool (not a test): exact-span P/R/F1 on the shared dev corpora.
 *
 *   npm run eval:ner -- [--lang nl[,en,...]] [--split dev] [--component pipeline|model]
 *                       [--limit N] [--top 10] [--pred-out DIR] [--json] [--ablate]
 *
 * --ablate: for every NER rule of each language (src/nlp/ner/rules.ts ruleIdsOf), run the pipeline again with
 * that one rule switched off and print what it changes (P, R, F1 per language; off minus on).
 *
 * Reads ../shared/data/ner/{ned.testa,eng.testa,NER-de-dev,wikineural-fr-val}.jsonl, detokenises
 * each document (scripts/ner-detok.ts) keeping an offset map, runs the pipeline (analyseText)
 * or the trained tagger alone (loadTagger) on the natural text, maps predicted mentions back to
 * the original offsets and scores them with ../shared/tools/score.mjs conventions
 * (--types ORG,PER,LOC: MISC is dropped from gold and predictions; duplicate spans count once).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { detokenize, spanToOrig } from './ner-detok';
import type { NerSpan, NlpResult, Span } from '../src/nlp/types';

const SHARED_DIR = resolve(process.env.CRISISLENS_SHARED ?? join(import.meta.dirname, '..', '..', 'shared'));
const NER_DIR = join(SHARED_DIR, 'data', 'ner');
const DEV_FILES: Record<string, string> = {
  nl: 'ned.testa.jsonl',
  en: 'eng.testa.jsonl',
  de: 'NER-de-dev.jsonl',
  fr: 'wikineural-fr-val.jsonl',
};
const TYPES = ['ORG', 'PER', 'LOC'] as const;

interface GoldDoc {
  id: string;
  lang: string;
  text: string;
  entities: { type: string; start: number; end: number; text?: string }[];
}
interface PredEntity {
  type: string;
  start: number;
  end: number;
}

function parseArgs(argv: string[]) {
  const o = { langs: Object.keys(DEV_FILES), split: 'dev', component: 'pipeline', limit: 0, top: 10, predOut: '', json: false, weights: '', docs: 'all', ablate: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = () => {
      const x = argv[++i];
      if (x === undefined) fail(`${a} needs a value`);
      return x;
    };
    if (a === '--lang') o.langs = v().split(',').map((s) => s.trim()).filter(Boolean);
    else if (a === '--split') o.split = v();
    else if (a === '--component') o.component = v();
    else if (a === '--limit') o.limit = Number(v());
    else if (a === '--top') o.top = Number(v());
    else if (a === '--pred-out') o.predOut = v();
    else if (a === '--json') o.json = true;
    else if (a === '--ablate') o.ablate = true;
    else if (a === '--weights') o.weights = v();
    else if (a === '--docs') o.docs = v();
    else if (a === '-h' || a === '--help') {
      console.log('usage: npm run eval:ner -- [--lang nl,en,de,fr] [--split dev] [--component pipeline|model] [--limit N] [--top N] [--docs all|even|odd] [--pred-out DIR] [--json] [--ablate] [--weights DIR (model: <lang>.bin from a train:ner --out DIR experiment)]');
      process.exit(0);
    } else fail(`unknown argument ${a}`);
  }
  for (const l of o.langs) if (!DEV_FILES[l]) fail(`unknown language ${l} (have ${Object.keys(DEV_FILES).join(', ')})`);
  if (o.split !== 'dev') fail(`only the dev split is available in ../shared (test splits are held out)`);
  if (o.component !== 'pipeline' && o.component !== 'model') fail(`--component must be pipeline or model`);
  if (!Number.isFinite(o.limit) || o.limit < 0) fail('--limit must be a non-negative number');
  return o;
}

function fail(msg: string): never {
  console.error(`eval:ner: ${msg}`);
  process.exit(2);
}

function readJsonl(path: string): GoldDoc[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

/** Line spans of a text: the corpora put one sentence per line. */
function lineSpans(text: string): Span[] {
  const out: Span[] = [];
  let s = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      if (i > s) out.push({ start: s, end: i });
      s = i + 1;
    }
  }
  return out;
}

function pipelineSpans(r: NlpResult): NerSpan[] {
  const out: NerSpan[] = [];
  const add = (type: NerSpan['type'], ents: { mentions: Span[] }[]) => {
    for (const e of ents) for (const m of e.mentions) out.push({ type, start: m.start, end: m.end });
  };
  add('ORG', r.organisations);
  add('PER', r.people);
  add('LOC', r.places);
  return out;
}

type Runner = (text: string, lang: string) => Promise<NerSpan[]>;

async function makeRunner(component: string, lang: string, weightsDir = ''): Promise<Runner | null> {
  if (component === 'pipeline') {
    const { analyseText } = await import('../src/nlp/pipeline');
    return async (text) => pipelineSpans(await analyseText(text, { lang, published: null }));
  }
  const { loadTagger } = await import('../src/nlp/model/index');
  const { tokenize } = await import('../src/nlp/tokenize');
  if (weightsDir) {
    const file = resolve(weightsDir, `${lang}.bin`);
    if (!existsSync(file)) return null;
    const { decodeWeights, tagWith } = await import('../src/nlp/model/tagger');
    const { lexiconForLang } = await import('../src/nlp/model/index');
    const w = decodeWeights(new Uint8Array(readFileSync(file)));
    const lex = process.env.NER_NO_GAZ === '1' ? null : await lexiconForLang(lang);
    const consistent = process.env.NER_NO_DOC !== "1";
    return async (text) => tagWith(w, lex, tokenize(text), lineSpans(text), consistent);
  }
  const tagger = await loadTagger(lang);
  if (!tagger) return null;
  return async (text) => tagger.tag(text, tokenize(text), lineSpans(text));
}

const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
const topN = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n);
const f4 = (x: number) => x.toFixed(4);

async function main() {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0); // piped into head & co.
    throw e;
  });
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(NER_DIR)) fail(`corpora not found at ${NER_DIR} (set CRISISLENS_SHARED to the shared folder)`);
  const scoreMod = await import(pathToFileURL(join(SHARED_DIR, 'tools', 'score.mjs')).href);
  const summary: Record<string, unknown> = {};
  for (const lang of opts.langs) {
    let docs = readJsonl(join(NER_DIR, DEV_FILES[lang]));
    // --docs even: only the 2nd, 4th, … documents (the German model trains on the odd GermEval ones).
    if (opts.docs === 'even') docs = docs.filter((_, i) => i % 2 === 1);
    else if (opts.docs === 'odd') docs = docs.filter((_, i) => i % 2 === 0);
    if (opts.limit) docs = docs.slice(0, opts.limit);
    const runner = await makeRunner(opts.component, lang, opts.weights);
    if (!runner) {
      console.log(`\n## ${lang}: no ${opts.component} for this language — skipped`);
      continue;
    }
    const preds: { id: string; entities: PredEntity[] }[] = [];
    const fp = new Map<string, number>();
    const miss = new Map<string, number>();
    let chars = 0;
    let ms = 0;
    let cpuMs = 0;
    let unmappable = 0;
    for (const doc of docs) {
      const d = detokenize(doc.text, lang);
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      const spans = await runner(d.text, lang);
      ms += performance.now() - t0;
      const c1 = process.cpuUsage(c0);
      cpuMs += (c1.user + c1.system) / 1000;
      chars += d.text.length;
      const ents: PredEntity[] = [];
      for (const s of spans) {
        if (!(TYPES as readonly string[]).includes(s.type)) continue;
        const o = spanToOrig(d, s.start, s.end);
        if (!o) {
          unmappable++;
          continue;
        }
        ents.push({ type: s.type, start: o.start, end: o.end });
      }
      preds.push({ id: doc.id, entities: ents });
      // Error lists (same matching as score.mjs: type + exact offsets, duplicates once).
      const gold = new Set(doc.entities.filter((e) => e.type !== 'MISC').map((e) => `${e.type}\t${e.start}\t${e.end}`));
      const pred = new Set(ents.map((e) => `${e.type}\t${e.start}\t${e.end}`));
      const show = (k: string) => {
        const [t, s, e] = k.split('\t');
        return `${t} ${doc.text.slice(+s, +e)}`;
      };
      for (const k of pred) if (!gold.has(k)) inc(fp, show(k));
      for (const k of gold) if (!pred.has(k)) inc(miss, show(k));
    }
    const res = scoreMod.score(docs, preds, { types: [...TYPES] });
    const rate = chars / 1024 / (ms / 1000);
    if (opts.predOut) {
      mkdirSync(opts.predOut, { recursive: true });
      writeFileSync(join(opts.predOut, `${lang}.${opts.component}.jsonl`), preds.map((p) => JSON.stringify(p)).join('\n') + '\n');
    }
    summary[lang] = {
      component: opts.component,
      docs: docs.length,
      rows: res.rows,
      micro: res.micro,
      kibPerSec: rate,
      topFalsePositives: topN(fp, opts.top),
      topMisses: topN(miss, opts.top),
    };
    if (opts.ablate && opts.component === 'pipeline') await ablate(lang, docs, runner, scoreMod, res.micro);
    if (opts.json) continue;
    console.log(`\n## ${lang} (${DEV_FILES[lang]}, ${docs.length} docs, component=${opts.component})`);
    if (lang === 'de' && opts.docs !== 'even' && !opts.weights)
      console.log('NOTE: the shipped German tagger is trained on the odd-numbered GermEval dev documents; for a held-out figure use --docs even');
    console.log(scoreMod.formatTable(res));
    console.log(scoreMod.finalLine(res) + `  micro F1 ${res.micro.f1.toFixed(2)}`);
    console.log(`throughput: ${(chars / 1024).toFixed(0)} KiB in ${ms.toFixed(0)} ms = ${rate.toFixed(0)} KiB/s (${(chars / (ms / 1000)).toFixed(0)} chars/s); CPU time ${cpuMs.toFixed(0)} ms = ${(chars / 1024 / (cpuMs / 1000)).toFixed(0)} KiB/s` + (unmappable ? `; ${unmappable} unmappable spans dropped` : ''));
    console.log(`top ${opts.top} false positives: ` + topN(fp, opts.top).map(([k, n]) => `${k} (${n})`).join(' | '));
    console.log(`top ${opts.top} misses:          ` + topN(miss, opts.top).map(([k, n]) => `${k} (${n})`).join(' | '));
  }
  if (opts.json) console.log(JSON.stringify(summary));
  else {
    const langs = Object.keys(summary);
    if (langs.length > 1) {
      console.log('\n## summary (F1: ORG / PER / LOC / micro)');
      for (const l of langs) {
        const s = summary[l] as { rows: { type: string; f1: number }[]; micro: { f1: number } };
        const g = (t: string) => f4(s.rows.find((r) => r.type === t)?.f1 ?? 0);
        console.log(`${l}  ORG ${g('ORG')}  PER ${g('PER')}  LOC ${g('LOC')}  micro ${f4(s.micro.f1)}`);
      }
    }
  }
}

type Micro = { precision: number; recall: number; f1: number };

/** Each rule of the language switched off in turn: the change of micro P, R, F1 on the documents (off − on). */
async function ablate(lang: string, docs: GoldDoc[], runner: Runner, scoreMod: { score: (d: GoldDoc[], p: unknown[], o: unknown) => { micro: Micro } }, base: Micro) {
  const { loadPack } = await import('../src/nlp/ner/pack');
  const { ruleIdsOf, setDisabledRules } = await import('../src/nlp/ner/rules');
  const { ENGINE_RULES } = await import('../src/nlp/ner/engine-rules');
  const pack = await loadPack(lang)!;
  const fmt = (x: number) => (x >= 0 ? '+' : '') + x.toFixed(4);
  console.log(`\n## ablation ${lang}: micro P ${f4(base.precision)} R ${f4(base.recall)} F1 ${f4(base.f1)} with every rule; each line: that rule off (ΔP ΔR ΔF1)`);
  for (const id of ruleIdsOf(pack, ENGINE_RULES)) {
    setDisabledRules([id]);
    try {
      const preds: { id: string; entities: PredEntity[] }[] = [];
      for (const doc of docs) {
        const d = detokenize(doc.text, lang);
        const ents: PredEntity[] = [];
        for (const s of await runner(d.text, lang)) {
          if (!(TYPES as readonly string[]).includes(s.type)) continue;
          const o = spanToOrig(d, s.start, s.end);
          if (o) ents.push({ type: s.type, start: o.start, end: o.end });
        }
        preds.push({ id: doc.id, entities: ents });
      }
      const m = scoreMod.score(docs, preds, { types: [...TYPES] }).micro;
      console.log(`ablate ${lang} ${id.padEnd(26)} ΔP ${fmt(m.precision - base.precision)} ΔR ${fmt(m.recall - base.recall)} ΔF1 ${fmt(m.f1 - base.f1)}`);
    } finally {
      setDisabledRules(null);
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
