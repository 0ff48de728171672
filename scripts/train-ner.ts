/**
 * Train the shipped NER tagger for one language, deterministically (seeded).
 *
 *   npm run train:ner -- --lang nl [--epochs 5] [--bits 20] [--keep 30000] [--seed 1] [--out data/model]
 *
 * The defaults reproduce the shipped files exactly (de: --germevalOdd 5 by default).
 * Experiment options (all numeric): --upper F (share of sentences added in capitals), --clean 0|1|2
 * (WikiANN label cleaning), --dropAllEnt 0|1, --titles 0|1 (strip leading words frequent outside
 * names), --gaz 0|1 (lexicon evidence bits), --ensemble K (bagged runs), --normalise 0|1 (apply
 * the tagger's output normalisation to training labels: measured worse, off), --bPenalty X.
 * Try one with `--out /tmp/x` and `npm run eval:ner -- --component model --weights /tmp/x`.
 *
 * Training data: WikiANN (../shared/data/ner/wikiann/<lang>.train; Wikipedia text, CC BY-SA;
 * Pan et al. 2017, split of Rahimi et al. 2019); for German optionally (--germevalOdd K) also the
 * odd-numbered documents of GermEval 2014 dev (CC BY 4.0), K times. Nothing else: CoNLL and WikiNEuRal are
 * research/non-commercial only and must never be used for weights that ship.
 * Output: data/model/<lang>.bin (the binary format in src/nlp/model/tagger.ts, a data asset read by
 * src/nlp/model/index.ts) and data/model/<lang>.json (how it was made: data, licences, options).
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { featurize, LABELS, NF, NL } from '../src/nlp/model/features';
import { ALLOWED, viterbi } from '../src/nlp/model/viterbi';
import { encodeWeights, normaliseLabels } from '../src/nlp/model/tagger';
import { tokenize } from '../src/nlp/tokenize';
import { lexiconForLang } from '../src/nlp/model/index';
import { gazetteerFlags } from '../src/nlp/model/gazetteer-features';

const SHARED_DIR = resolve(process.env.CRISISLENS_SHARED ?? join(import.meta.dirname, '..', '..', 'shared'));

function args() {
  const o = { lang: "", epochs: 5, bits: 20, keep: 30000, seed: 1, out: join(import.meta.dirname, '..', 'data', 'model'), upper: 0.03, clip: 0.999, dropAllEnt: 0, clean: 1, germevalOdd: -1, bPenalty: 0, titles: 0, gaz: 1, ensemble: 3, normalise: 0, wikiMinLen: 0, wikiMaxEnt: 1, wikiShare: -1, geDocs: 0, extra: '-' };
  const a = process.argv.slice(2);
  for (let i = 0; i < a.length; i++) {
    const k = a[i].replace(/^--/, '');
    const v = a[++i];
    if (k === 'lang' || k === 'out' || k === 'extra') (o as Record<string, unknown>)[k] = v;
    else if (k in o) (o as Record<string, unknown>)[k] = Number(v);
    else { console.error(`train:ner: unknown option ${a[i - 1]}`); process.exit(2); }
  }
  if (!['nl', 'en', 'de', 'fr'].includes(o.lang)) { console.error('train:ner: --lang nl|en|de|fr is required'); process.exit(2); }
  return o;
}

function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TRAIN_DIR = join(import.meta.dirname, '..', 'data', 'ner-train');
/** German extra data (path:times[:idRegex]), all human-annotated and redistributable: data/ner-train/README.md. */
const DE_EXTRA = ['smartdata-news-de.jsonl.gz:2', 'uner-de-pud.jsonl.gz:3', 'europeana-de.jsonl.gz:1', 'hipe-newseye-de.jsonl.gz:1', 'hipe-sonar-de.jsonl.gz:1']
  .map((s) => join(TRAIN_DIR, s)).join(',');

interface Sent { words: string[]; labels: number[]; starts?: number[] }

/** Read WikiANN, re-tokenised with the extension's tokenizer so training sees what inference sees. */
function readWikiann(lang: string): Sent[] {
  const raw = readFileSync(join(SHARED_DIR, 'data', 'ner', 'wikiann', `${lang}.train`), 'utf8');
  const out: Sent[] = [];
  let cur: Sent = { words: [], labels: [] };
  const push = () => { if (cur.words.length) out.push(cur); cur = { words: [], labels: [] }; };
  for (const line of raw.split('\n')) {
    if (!line.trim()) { push(); continue; }
    const tab = line.lastIndexOf('\t');
    let tok = line.slice(0, tab);
    const tag = line.slice(tab + 1).trim();
    if (tok.startsWith(`${lang}:`)) tok = tok.slice(lang.length + 1);
    let y = LABELS.indexOf(tag as (typeof LABELS)[number]);
    if (y < 0) y = 0;
    const pieces = tokenize(tok).map((t) => t.text);
    if (!pieces.length) continue;
    for (let k = 0; k < pieces.length; k++) {
      let lab = y;
      if (k > 0 && y !== 0) lab = LABELS.indexOf(('I-' + LABELS[y].slice(2)) as (typeof LABELS)[number]);
      cur.words.push(pieces[k]);
      cur.labels.push(lab);
    }
    // Elision glued to a name ("l'Isère" as B-LOC): the elision is outside the name.
    const n = cur.labels.length;
    if (pieces.length > 1 && /['’]$/.test(pieces[0]) && LABELS[y].startsWith('B-')) {
      const at = n - pieces.length;
      cur.labels[at] = 0;
      cur.labels[at + 1] = y;
    }
  }
  push();
  return out;
}

const isB = (y: number) => LABELS[y].startsWith('B-');
const typeOf = (y: number) => (y === 0 ? '' : LABELS[y].slice(2));
const bOf = (t: string) => LABELS.indexOf(('B-' + t) as (typeof LABELS)[number]);

/**
 * Normalise WikiANN toward news-style annotation: punctuation inside a name ("Antras ( Gers )",
 * quotes) is not part of it (a name resumes after it as a new span); spans with no letters
 * (years linked to season articles) are not names; with --clean 2 also
 * spans without any capital ("français").
 */
/** How often each word is outside a name / starts one, over the corpus (for stripping titles). */
function wordStats(sents: Sent[]) {
  const outside = new Map<string, number>();
  const starts = new Map<string, number>();
  for (const s of sents)
    for (let i = 0; i < s.words.length; i++) {
      const m = s.labels[i] === 0 ? outside : isB(s.labels[i]) ? starts : null;
      if (m) m.set(s.words[i], (m.get(s.words[i]) ?? 0) + 1);
    }
  return { outside, starts };
}

function clean(s: Sent, dropLower: boolean, stats: ReturnType<typeof wordStats> | null): Sent {
  const labels = s.labels.slice();
  const n = labels.length;
  // Titles and articles linked along with the name ("President Joe Biden", "Bundeskanzler Olaf
  // Scholz", "The European Commission"): a leading word of a longer name that is mostly outside
  // names elsewhere in the corpus is not part of this one.
  if (stats) {
    for (let i = 0; i < n; i++) {
      if (!isB(labels[i])) continue;
      const t = typeOf(labels[i]);
      let j = i;
      while (j + 1 < n && labels[j + 1] === labels[i] + 1) {
        const w = s.words[j];
        const out = stats.outside.get(w) ?? 0;
        if (out < 3 || out <= 3 * (stats.starts.get(w) ?? 0)) break;
        labels[j] = 0;
        labels[j + 1] = bOf(t);
        j++;
      }
    }
  }
  for (let i = 0; i < n; i++) {
    if (labels[i] !== 0 && !/[\p{L}\p{N}]/u.test(s.words[i])) {
      const t = typeOf(labels[i]);
      labels[i] = 0;
      if (i + 1 < n && typeOf(labels[i + 1]) === t && !isB(labels[i + 1])) labels[i + 1] = bOf(t);
    }
  }
  // Spans without letters → O.
  for (let i = 0; i < n; ) {
    if (labels[i] === 0) { i++; continue; }
    let j = i + 1;
    while (j < n && labels[j] !== 0 && !isB(labels[j])) j++;
    let letters = false;
    for (let k = i; k < j; k++) if (/\p{L}/u.test(s.words[k])) letters = true;
    let upper = false;
    for (let k = i; k < j; k++) if (/\p{Lu}/u.test(s.words[k])) upper = true;
    // No letters (years) or no capital at all (adjectives such as "français", "deutschen"): not a name.
    if (!letters || (dropLower && !upper)) for (let k = i; k < j; k++) labels[k] = 0;
    i = j;
  }
  return { words: s.words, labels };
}

/**
 * GermEval 2014 dev (CC BY 4.0), odd-numbered 20-sentence documents only (NER-de-dev-0001, -0003, …,
 * the grouping of conll-to-docs.mjs): the even-numbered ones stay held out for
 * `npm run eval:ner -- --lang de --docs even`. Outer labels; OTH, *deriv and *part → O.
 */
function readGermevalOdd(asDocs: boolean): Sent[] {
  const raw = readFileSync(join(SHARED_DIR, 'data', 'ner', 'NER-de-dev.tsv'), 'utf8');
  const sents: Sent[] = [];
  let cur: Sent = { words: [], labels: [] };
  for (const line of raw.split('\n')) {
    if (line.startsWith('#')) continue;
    if (!line.trim()) { if (cur.words.length) sents.push(cur); cur = { words: [], labels: [] }; continue; }
    const [, tok, tag] = line.split('\t');
    const m = /^([BI])-(PER|ORG|LOC)$/.exec(tag);
    cur.words.push(tok);
    cur.labels.push(m ? LABELS.indexOf(`${m[1]}-${m[2]}` as (typeof LABELS)[number]) : 0);
  }
  if (cur.words.length) sents.push(cur);
  const odd = sents.filter((_, i) => Math.floor(i / 20) % 2 === 0); // docs 1, 3, 5, … (1-based)
  if (!asDocs) return odd;
  // Whole documents (sentence starts kept in `starts`), so document-level features see what inference sees.
  const docs: Sent[] = [];
  for (let i = 0; i < odd.length; i += 20) {
    const d: Sent = { words: [], labels: [], starts: [] };
    for (const s of odd.slice(i, i + 20)) { d.starts!.push(d.words.length); d.words.push(...s.words); d.labels.push(...s.labels); }
    docs.push(d);
  }
  return docs;
}

/**
 * Extra human-annotated data in the shared JSONL form ({id, text, entities}; tokens joined by single
 * spaces, sentences by newlines), re-tokenised like WikiANN. Each document is one unit (its sentences
 * kept apart); MISC and unknown types → O. `idFilter` keeps documents whose id matches.
 */
function readJsonlDocs(path: string, idFilter: RegExp | null): Sent[] {
  const out: Sent[] = [];
  const raw = readFileSync(path);
  for (const line of (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as { id: string; text: string; entities: { type: string; start: number; end: number }[] };
    if (idFilter && !idFilter.test(d.id)) continue;
    const ents = d.entities.filter((e) => e.type === 'ORG' || e.type === 'PER' || e.type === 'LOC').sort((a, b) => a.start - b.start);
    const doc: Sent = { words: [], labels: [], starts: [] };
    let pos = 0, ei = 0;
    for (const sent of d.text.split('\n')) {
      const sentStartWord = doc.words.length;
      let off = pos;
      for (const tok of sent.split(' ')) {
        const a = off, b = off + tok.length;
        off = b + 1;
        if (!tok) continue;
        while (ei < ents.length && ents[ei].end <= a) ei++;
        const e = ei < ents.length && ents[ei].start <= a && b <= ents[ei].end ? ents[ei] : null;
        const y = e ? bOf(e.type) + (e.start === a ? 0 : 1) : 0;
        const pieces = tokenize(tok).map((t) => t.text);
        for (let k = 0; k < pieces.length; k++) {
          doc.words.push(pieces[k]);
          doc.labels.push(k > 0 && y !== 0 && isB(y) ? y + 1 : y);
        }
      }
      if (doc.words.length > sentStartWord) doc.starts!.push(sentStartWord);
      pos += sent.length + 1;
    }
    if (doc.words.length) out.push(doc);
  }
  return out;
}

/** One averaged-perceptron run (structured, Viterbi) over pre-featurized sentences. */
function trainOnce(all: Sent[], feats: Uint32Array[], size: number, mask: number, epochs: number, rnd: () => number) {
  const w = new Float32Array(size * NL), u = new Float32Array(size * NL);
  const T = (NL + 1) * NL;
  const tw = new Float32Array(T), tu = new Float32Array(T);
  let c = 1;
  const order = all.map((_, i) => i);
  let maxLen = 0; for (const s of all) maxLen = Math.max(maxLen, s.words.length);
  const em = new Float32Array(maxLen * NL), back = new Uint8Array(maxLen * NL), score = new Float32Array(2 * NL), pred = new Uint8Array(maxLen);
  for (let ep = 0; ep < epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
    let errs = 0, toks = 0;
    for (const si of order) {
      const s = all[si], f = feats[si], n = s.words.length;
      em.fill(0, 0, n * NL);
      for (let i = 0; i < n; i++) for (let k = i * NF; k < (i + 1) * NF; k++) { const b = (f[k] & mask) * NL; for (let y = 0; y < NL; y++) em[i * NL + y] += w[b + y]; }
      viterbi(em, n, tw, pred, back, score);
      toks += n;
      for (let i = 0; i < n; i++) {
        const g = s.labels[i], p = pred[i];
        const gp = i ? s.labels[i - 1] : NL, pp = i ? pred[i - 1] : NL;
        if (g !== p) {
          errs++;
          for (let k = i * NF; k < (i + 1) * NF; k++) {
            const b = (f[k] & mask) * NL;
            w[b + g] += 1; u[b + g] += c;
            w[b + p] -= 1; u[b + p] -= c;
          }
        }
        if (g !== p || gp !== pp) {
          if (ALLOWED[gp * NL + g]) { tw[gp * NL + g] += 1; tu[gp * NL + g] += c; }
          tw[pp * NL + p] -= 1; tu[pp * NL + p] -= c;
        }
      }
      c++;
    }
    console.log(`epoch ${ep + 1}: token error rate ${(errs / toks).toFixed(4)}`);
  }
  for (let i = 0; i < w.length; i++) w[i] -= u[i] / c;
  for (let i = 0; i < T; i++) tw[i] -= tu[i] / c;
  return { w, tw };
}

async function main() {
  const o = args();
  const lex = o.gaz ? await lexiconForLang(o.lang) : null;
  // The shipped German model's settings: GermEval odd documents ×20, the human-annotated German
  // sets in data/ner-train/ (see its README), no WikiANN (it measured worse once those were in).
  const de = o.lang === 'de';
  if (o.germevalOdd < 0) o.germevalOdd = de ? 20 : 0;
  if (o.wikiShare < 0) o.wikiShare = de ? 0 : 1;
  if (o.extra === '-') o.extra = de ? DE_EXTRA : '';
  const t0 = performance.now();
  const rnd = mulberry32(o.seed);
  let sents = o.wikiShare > 0 ? readWikiann(o.lang) : [];
  if (o.clean) {
    const stats = o.titles ? wordStats(sents) : null;
    sents = sents.map((x) => clean(x, o.clean > 1, stats));
  }
  if (o.dropAllEnt) sents = sents.filter((s) => s.labels.some((y) => y === 0));
  // Fragments and lists (title lines, "'' Korea ''", name lists) teach a prior news text does not have.
  if (o.wikiMinLen || o.wikiMaxEnt < 1) sents = sents.filter((s) => s.words.length >= o.wikiMinLen && s.labels.filter((y) => y !== 0).length <= o.wikiMaxEnt * s.words.length);
  if (o.wikiShare > 0 && o.wikiShare < 1) sents = sents.filter(() => rnd() < o.wikiShare);
  console.log(`WikiANN: ${sents.length} sentences`);
  if (o.lang === 'de' && o.germevalOdd) {
    const ge = readGermevalOdd(!!o.geDocs);
    for (let r = 0; r < o.germevalOdd; r++) sents = sents.concat(ge);
    console.log(`+ GermEval dev odd documents: ${ge.length} sentences × ${o.germevalOdd}`);
  }
  // --extra path:times[:idRegex],… : more human-annotated documents (see readJsonlDocs).
  for (const spec of o.extra ? o.extra.split(',') : []) {
    const [path, times, re] = spec.split(':');
    const docs = readJsonlDocs(resolve(path), re ? new RegExp(re) : null);
    for (let r = 0; r < Number(times || 1); r++) sents = sents.concat(docs);
    console.log(`+ ${path.slice(path.lastIndexOf('/') + 1)}: ${docs.length} documents, ${docs.reduce((x, d) => x + d.starts!.length, 0)} sentences × ${times || 1}`);
  }
  // Augmentation toward news style: some sentences in capitals (headlines), deterministic.
  const aug: Sent[] = [];
  for (const s of sents) {
    const r = rnd();
    if (r < o.upper) aug.push({ words: s.words.map((w) => w.toUpperCase()), labels: s.labels, starts: s.starts });
  }
  const units = sents.concat(aug);
  // Featurize each unit (a sentence, or a GermEval document split into its sentences afterwards).
  const all: Sent[] = [];
  const feats: Uint32Array[] = [];
  for (const s of units) {
    const n = s.words.length;
    const starts = s.starts ?? [0];
    const first = new Uint8Array(n), sentStart = new Int32Array(n), sentEnd = new Int32Array(n);
    for (let k = 0; k < starts.length; k++) {
      const a = starts[k], b = k + 1 < starts.length ? starts[k + 1] : n;
      first[a] = 1;
      sentStart.fill(a, a, b);
      sentEnd.fill(b, a, b);
    }
    const gaz = lex ? gazetteerFlags(lex, s.words, sentEnd) : undefined;
    // Same name boundaries as the tagger's output (titles out, no lower-case words inside a person).
    if (gaz && o.normalise) normaliseLabels(s.words, s.labels, gaz, first, !!lex?.pack.capitalisedNouns);
    const f = featurize(s.words, first, sentStart, sentEnd, gaz);
    for (let k = 0; k < starts.length; k++) {
      const a = starts[k], b = k + 1 < starts.length ? starts[k + 1] : n;
      all.push({ words: s.words.slice(a, b), labels: s.labels.slice(a, b) });
      feats.push(starts.length === 1 ? f : f.subarray(a * NF, b * NF));
    }
  }
  const size = 1 << o.bits, mask = size - 1;
  const T = (NL + 1) * NL;
  // Bagging: `ensemble` runs with different shuffles, their averaged weights summed (same hash space).
  const w = new Float32Array(size * NL), tw = new Float32Array(T);
  for (let run = 0; run < o.ensemble; run++) {
    const r = trainOnce(all, feats, size, mask, o.epochs, mulberry32(o.seed * 7919 + run));
    for (let i = 0; i < w.length; i++) w[i] += r.w[i];
    for (let i = 0; i < T; i++) tw[i] += r.tw[i];
  }
  // Entity-start penalty: WikiANN keeps only sentences with a name, so its prior for starting
  // one is far above news text's; a constant cost on every B- transition corrects the prior.
  for (let p = 0; p <= NL; p++) for (let y = 0; y < NL; y++) if (LABELS[y].startsWith('B-')) tw[p * NL + y] -= o.bPenalty;
  // Keep the `keep` buckets with the largest L1 norm; zero the rest.
  const norms = new Float32Array(size);
  for (let b = 0; b < size; b++) { let s = 0; for (let y = 0; y < NL; y++) s += Math.abs(w[b * NL + y]); norms[b] = s; }
  const nz = Array.from(norms).filter((x) => x > 0).sort((a, b) => b - a);
  const thr = nz.length > o.keep ? nz[o.keep - 1] : 0;
  let kept = 0;
  for (let b = 0; b < size; b++) { if (norms[b] < thr || norms[b] === 0 || kept >= o.keep) { for (let y = 0; y < NL; y++) w[b * NL + y] = 0; } else kept++; }
  const mags = Array.from(w).filter((x) => x !== 0).map(Math.abs).sort((a, b) => a - b);
  const clipAt = mags[Math.min(mags.length - 1, Math.floor(mags.length * o.clip))] || 1;
  const scale = clipAt / 127;
  const bin = encodeWeights(o.bits, w, tw, scale);
  mkdirSync(o.out, { recursive: true });
  const file = join(o.out, `${o.lang}.bin`);
  const meta = {
    generatedBy: `Generated by \`npm run train:ner -- --lang ${o.lang}\` (scripts/train-ner.ts)`,
    provenance: [
      ...(o.wikiShare > 0 ? [`Trained on WikiANN ${o.lang} (Wikipedia text, CC BY-SA; annotations Pan et al. 2017, split Rahimi et al. 2019).`] : []),
      ...(o.lang === 'de' && o.germevalOdd ? ['GermEval 2014 dev, odd-numbered documents only (CC BY 4.0; Benikova et al. 2014).'] : []),
      ...(o.extra ? ['Human-annotated data in data/ner-train/ (sources and licences: data/ner-train/README.md).'] : []),
    ],
    options: { epochs: o.epochs, bits: o.bits, keep: o.keep, seed: o.seed, upper: o.upper, clip: o.clip, clean: o.clean, dropAllEnt: o.dropAllEnt, germevalOdd: o.germevalOdd, bPenalty: o.bPenalty, titles: o.titles, gaz: o.gaz, ensemble: o.ensemble, normalise: o.normalise, wikiShare: o.wikiShare, extra: o.extra.split(',').filter(Boolean).map((x) => x.slice(x.lastIndexOf('/') + 1)).join(',') },
  };
  writeFileSync(file, bin);
  writeFileSync(join(o.out, `${o.lang}.json`), JSON.stringify(meta, null, 2) + '\n');
  const secs = (performance.now() - t0) / 1000;
  console.log(`${o.lang}: ${all.length} sentences (${aug.length} augmented), ${nz.length} non-zero buckets, kept ${kept}; ` +
    `binary ${bin.length} B, gzip ${gzipSync(bin).length} B; ${secs.toFixed(1)} s → ${file}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
