/**
 * Fits the summary's sentence model (src/summary/weights.ts) on the development articles with
 * human reference summaries (../shared/data/summaries/<lang>-dev.jsonl; licences in its README).
 *
 *   npx tsx scripts/fit-summary.ts [--write] [--langs fr,en,de] [--folds 2,5]
 *   GRID=1 npx tsx scripts/fit-summary.ts          (prints the word budget a grid by R1 + R2 would choose; not used)
 *   FEATURES_OFF=caps,when npx tsx scripts/fit-summary.ts --folds 5   (a feature's worth, out of fold)
 *   BLEND=1 npx tsx scripts/fit-summary.ts --folds 5   (the previous model: oracle logistic only, no novelty)
 *   NOVELTY_OFF=1 / RANK_T=4 npx tsx scripts/fit-summary.ts --folds 5   (the novelty penalty's worth; another temperature)
 *   BOOST_M=0 npx tsx scripts/fit-summary.ts --folds 5   (no boosted stumps: the linear model of summary6)
 *   BOOST_LANGS='*,en' / BOOST_M=50 / BOOST_NU / BOOST_LAMBDA   (stumps for English's own weights too; other settings)
 *
 * Each language's articles are split in two by a hash of their id: the "fit" half trains, the
 * "check" half only reports. Per article: the text is read as the CLI's plain-text mode reads it
 * ("\n" + text), split by the project's splitter, scored by src/summary's features.
 * Label of a sentence: 1 when the greedy ROUGE oracle (R1 + R2 F1 against the reference, up to 3
 * sentences, stopping when no sentence adds) picks it. Logistic regression (L2 0.01, Newton),
 * per language and pooled ('*', for languages without data). A second fit ranks each greedy step's
 * candidates by their gain over Lead at equal length, given the lead sentences before them (see
 * "ranking objective"); the two weight vectors are blended and the share chosen with the lead prior
 * on the same articles (BLEND), which also gives the selection's novelty penalty. The word budget is not
 * fitted: it is the length of human news summaries (SUMMARY_LENGTH, 35–50 words; ROUGE F1 rewards longer
 * ones, see there).
 * --folds k: k-fold by the id hash, every weight (and the lead prior) refitted without the fold,
 * the out-of-fold Δ vs lead@len with a 95 % bootstrap interval (k = 2 is the fit / check halves
 * both ways). Deterministic: no sampling.
 * en-xsum is not fitted on (its reference is not in the text) and is reported as a check.
 * --write rewrites src/summary/weights.ts; without it the script only prints.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { splitSentences } from '../src/nlp/sentences';
import { loadPack } from '../src/nlp/ner/pack';
import { FEATURE_NAMES } from '../src/summary/features';
import { scoreSentences, selectSentences, stumpScore, type Budget, type Scored, type Stump } from '../src/summary/summarise';

const SHARED = resolve(process.env.CRISISLENS_SHARED ?? join(import.meta.dirname, '..', '..', 'shared'));
const DATA = join(SHARED, 'data', 'summaries');
const args = process.argv.slice(2);
const WRITE = args.includes('--write');
const langArg = args.indexOf('--langs');
const LANGS = langArg >= 0 ? args[langArg + 1].split(',') : ['fr', 'en', 'de'];
const CHECK_ONLY = ['en-xsum'];
const L2 = 0.01;
/** The greedy oracle picks at most this many sentences (the label; 2 did worse out of fold: fr Δ R1 +0.18 vs +0.41). */
const ORACLE_SENTENCES = Number(process.env.ORACLE_SENTENCES ?? 3);
/**
 * Languages that ship their own weights; the others use the pooled ones. On the check halves the
 * French and German weights did no better than the pooled ones (Δ R1 / R2 vs lead@len, own vs pooled:
 * fr −0.07 / +0.23 vs +0.06 / +0.09, de −0.29 / −0.07 vs −0.13 / −0.07) and the English ones did
 * (+1.11 / +0.84 vs +0.87 / +0.62): fewer weights, less to overfit.
 */
const OWN_WEIGHTS = (process.env.OWN ?? 'en').split(',');
/** The languages the pooled weights ('*') are fitted on (POOL_LANGS=en,de measures them without OrangeSum's position prior: README). */
const POOL_LANGS = (process.env.POOL_LANGS ?? 'fr,en,de').split(',');

// ------------------------------------------------------------ ROUGE (as ../shared/tools/rouge.mjs)
const tokens = (s: string) => s.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
function grams(t: readonly string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= t.length; i++) {
    const g = n === 1 ? t[i] : t.slice(i, i + n).join('\u0001');
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}
interface Ref {
  g1: Map<string, number>;
  g2: Map<string, number>;
  n1: number;
  n2: number;
}
function refOf(s: string): Ref {
  const t = tokens(s);
  return { g1: grams(t, 1), g2: grams(t, 2), n1: t.length, n2: Math.max(0, t.length - 1) };
}
function f1(o: number, c: number, r: number) {
  if (!o || !c || !r) return 0;
  const p = o / c;
  const q = o / r;
  return (2 * p * q) / (p + q);
}
function rouge12(cand: readonly string[], ref: Ref): [number, number] {
  const out: [number, number] = [0, 0];
  for (const n of [1, 2]) {
    const c = grams(cand, n);
    const r = n === 1 ? ref.g1 : ref.g2;
    let o = 0;
    for (const [g, k] of c) o += Math.min(k, r.get(g) ?? 0);
    out[n - 1] = 100 * f1(o, Math.max(0, cand.length - n + 1), n === 1 ? ref.n1 : ref.n2);
  }
  return out;
}

// ------------------------------------------------------------ data
interface Doc {
  id: string;
  text: string;
  ref: Ref;
  sents: Scored[];
  toks: string[][];
  articleToks: string[];
  fit: boolean;
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

const zero = FEATURE_NAMES.map(() => 0);

async function load(file: string, lang: string): Promise<Doc[]> {
  const path = join(DATA, `${file}-dev.jsonl`);
  if (!existsSync(path)) return [];
  const pack = await loadPack(lang)!;
  const docs: Doc[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const j = JSON.parse(line) as { id: string; text: string; summary: string };
    const text = '\n' + j.text;
    const sents = scoreSentences(text, splitSentences(text, pack.abbreviations, lang), lang, zero, []);
    docs.push({
      id: j.id,
      text,
      ref: refOf(j.summary),
      sents,
      toks: sents.map((s) => tokens(text.slice(s.start, s.end))),
      articleToks: tokens(text),
      fit: hash(j.id) % 2 === 0,
    });
  }
  return docs;
}

function oracle(d: Doc): Set<number> {
  const chosen: number[] = [];
  let best = 0;
  for (let step = 0; step < ORACLE_SENTENCES; step++) {
    let pick = -1;
    for (let i = 0; i < d.sents.length; i++) {
      if (chosen.includes(i)) continue;
      const order = [...chosen, i].sort((a, b) => a - b);
      const [r1, r2] = rouge12(order.flatMap((k) => d.toks[k]), d.ref);
      if (r1 + r2 > best) {
        best = r1 + r2;
        pick = i;
      }
    }
    if (pick < 0) break;
    chosen.push(pick);
  }
  return new Set(chosen);
}

// ------------------------------------------------------------ logistic regression (Newton)
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((r, i) => [...r, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    for (let r = 0; r < n; r++) {
      if (r === c || !M[c][c]) continue;
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  return M.map((r, i) => (r[i] ? r[n] / r[i] : 0));
}

function fitLogistic(X: number[][], y: number[]): number[] {
  const d = X[0].length;
  let w = new Array<number>(d).fill(0);
  for (let it = 0; it < 25; it++) {
    const g = new Array<number>(d).fill(0);
    const H = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (let i = 0; i < X.length; i++) {
      let z = 0;
      for (let k = 0; k < d; k++) z += w[k] * X[i][k];
      const p = 1 / (1 + Math.exp(-z));
      const r = p - y[i];
      const s = p * (1 - p);
      for (let a = 0; a < d; a++) {
        g[a] += r * X[i][a];
        if (!X[i][a]) continue;
        for (let b = a; b < d; b++) H[a][b] += s * X[i][a] * X[i][b];
      }
    }
    for (let a = 0; a < d; a++) {
      for (let b = 0; b < a; b++) H[a][b] = H[b][a];
      H[a][a] += L2 * X.length * 0.001 + 1e-9;
      g[a] += L2 * X.length * 0.001 * w[a];
    }
    const step = solve(H, g);
    w = w.map((x, k) => x - step[k]);
    if (Math.max(...step.map(Math.abs)) < 1e-6) break;
  }
  return w;
}

// ------------------------------------------------------------ lead prior
const BUDGET0: Budget = { ratio: 0.15, min: 40, max: 60, overshoot: 0.75 };
/**
 * The summary's length: that of human news summaries. Issue 14 counts "longer than the references (35–50
 * words)" among the summary's defects, and the product's summary is a short one. 15 % of the article,
 * between 35 and 50 words; a sentence that would put more than half of itself past that ends the summary.
 * Until this choice the budget was the one a grid by R1 + R2 picked on the fit halves (45–60 words): ROUGE
 * F1 rewards summaries longer than the references, so that grid always went past them (README).
 */
const SUMMARY_LENGTH: Budget = { ratio: 0.15, min: 35, max: 50, overshoot: 0.5 };
const LEAD_PRIOR = [0, 1, 2, 4, 8, 16, 64];

/**
 * The oracle labels say which sentences a summary wants, not how far to trust the model against
 * plain reading order: the weight of 1/(1+i) is raised by β, chosen on the fit half by mean
 * (R1 + R2) − (lead@len R1 + R2). β = 64 is reading order with the model as tie-breaker.
 */
function leadPrior(docs: readonly Doc[], w0: number[], budget: Budget): { w: number[]; beta: number } {
  const k = FEATURE_NAMES.indexOf('invPos');
  let best = { w: w0, beta: 0, gain: -Infinity };
  for (const beta of LEAD_PRIOR) {
    const w = [...w0];
    w[k] += beta;
    const s = evaluate(docs, w, budget);
    const gain = s.r1 + s.r2 - s.l1 - s.l2;
    if (gain > best.gain + 1e-9) best = { w, beta, gain };
  }
  return best;
}

// ------------------------------------------------------------ fitting
/** Features left out of the model (their weight stays 0): FEATURES_OFF=a,b,c (to measure a feature's worth). */
const OFF = new Set((process.env.FEATURES_OFF ?? '').split(',').filter(Boolean).map((n) => FEATURE_NAMES.indexOf(n as (typeof FEATURE_NAMES)[number])));
/**
 * Features only the pooled weights read: the languages with weights of their own (OWN_WEIGHTS) keep 0
 * for them. firstPerson and commas (summary9) pay in the pooled model (French, German) and cost English's
 * own weights R1 out of fold (README, "Summary and headline (issue 14)"), as the stumps did.
 * POOLED_ONLY= (empty) gives them to every weight set (to measure that).
 */
const POOLED_ONLY = new Set((process.env.POOLED_ONLY ?? 'firstPerson,commas').split(',').filter(Boolean).map((n) => FEATURE_NAMES.indexOf(n as (typeof FEATURE_NAMES)[number])));
/** The features held at 0 for weight set `l` ('*' or a language). */
const offFor = (l: string) => (OWN_WEIGHTS.includes(l) ? new Set([...OFF, ...POOLED_ONLY]) : OFF);
// A language whose articles have no paragraphs (CNN/DM is one line) cannot weigh paragraph
// features: they would only copy "first" and misfire on paragraphed pages. Zeroed there.
const PARA = [FEATURE_NAMES.indexOf('paraFirst'), FEATURE_NAMES.indexOf('invPara')];
const oracleCache = new WeakMap<Doc, Set<number>>();
function XY(docs: readonly Doc[], off = OFF) {
  const X: number[][] = [];
  const y: number[] = [];
  const paragraphs = docs.some((d) => d.sents.some((s, i) => i > 0 && s.features[PARA[0]] === 1));
  for (const d of docs) {
    let o = oracleCache.get(d);
    if (!o) oracleCache.set(d, (o = oracle(d)));
    d.sents.forEach((s, i) => {
      X.push(s.features.map((v, k) => (off.has(k) || (!paragraphs && PARA.includes(k)) ? 0 : v)));
      y.push(o.has(i) ? 1 : 0);
    });
  }
  return { X, y };
}

// ------------------------------------------------------------ ranking objective
/**
 * The oracle label says which sentences a summary wants, not which sentence should come next given
 * what is chosen, nor whether it beats the lead's own continuation. Selection is greedy, so a second
 * fit ranks the candidates of each step: the chosen set follows reading order (the lead, then the
 * lead and the second sentence: the path Lead@len takes, which the summary leaves only when something
 * beats it), up to 3 steps or the word budget; each candidate not yet chosen is valued by the gain
 * over Lead at equal length if the summary were chosen ∪ {it} (R1 + R2 of those sentences − R1 + R2
 * of the article's first as many tokens). A conditional logit (softmax over the step's candidates,
 * soft targets softmax(value / RANK_T)) fits the sentence features plus the share of the candidate's
 * content words already chosen (its weight, negated, is the selection's `novelty` penalty).
 * Measured out of fold against other paths and temperatures: README, "Summary and headline (issue 14)".
 */
interface Group {
  X: number[][];
  q: number[];
}
/** Temperature of the soft targets, in R1 + R2 points (1 and 4 did no better out of fold). */
const RANK_T = Number(process.env.RANK_T ?? 2);
const RANK_STEPS = 3;
const groupCache = new WeakMap<Doc, { covs: number[][]; values: number[][]; avail: number[][] }>();
function rankGroups(d: Doc, budget: Budget) {
  let g = groupCache.get(d);
  if (g) return g;
  g = { covs: [], values: [], avail: [] };
  let total = 0;
  for (const s of d.sents) total += s.wordCount;
  const want = Math.round(Math.min(budget.max, Math.max(budget.min, budget.ratio * total)));
  const chosen: number[] = [];
  const seen = new Set<string>();
  let words = 0;
  const leadCache = new Map<number, number>();
  const leadAt = (n: number) => {
    let v = leadCache.get(n);
    if (v === undefined) {
      const [a, b] = rouge12(d.articleToks.slice(0, n), d.ref);
      leadCache.set(n, (v = a + b));
    }
    return v;
  };
  for (let step = 0; step < RANK_STEPS && step < d.sents.length - 1 && words < want; step++) {
    const avail: number[] = [];
    const values: number[] = [];
    const covs: number[] = [];
    for (let i = step; i < d.sents.length; i++) {
      const toks = [...chosen, i].flatMap((k) => d.toks[k]);
      const [r1, r2] = rouge12(toks, d.ref);
      avail.push(i);
      values.push(r1 + r2 - leadAt(toks.length));
      let c = 0;
      for (const w of d.sents[i].words) if (seen.has(w)) c++;
      covs.push(d.sents[i].words.length ? c / d.sents[i].words.length : 0);
    }
    g.avail.push(avail);
    g.values.push(values);
    g.covs.push(covs);
    // Reading order: the next sentence joins the chosen set.
    chosen.push(step);
    for (const w of d.sents[step].words) seen.add(w);
    words += d.sents[step].wordCount;
  }
  groupCache.set(d, g);
  return g;
}

/** A step's soft targets: softmax of its candidates' values / RANK_T (shared by the ranking fit and the stumps). */
function softTargets(values: readonly number[]): number[] {
  const m = Math.max(...values);
  const e = values.map((v) => Math.exp((v - m) / RANK_T));
  const z = e.reduce((a, v) => a + v, 0);
  return e.map((v) => v / z);
}

function fitRank(docs: readonly Doc[], budget: Budget, off = OFF): number[] {
  const paragraphs = docs.some((d) => d.sents.some((s, i) => i > 0 && s.features[PARA[0]] === 1));
  const groups: Group[] = [];
  for (const d of docs) {
    const g = rankGroups(d, budget);
    for (let t = 0; t < g.avail.length; t++) {
      const X = g.avail[t].map((i, k) => [...d.sents[i].features.map((v, j) => (off.has(j) || (!paragraphs && PARA.includes(j)) ? 0 : v)), g.covs[t][k]]);
      groups.push({ X, q: softTargets(g.values[t]) });
    }
  }
  const dim = FEATURE_NAMES.length + 1;
  let w = new Array<number>(dim).fill(0);
  const reg = 1;
  for (let it = 0; it < 30; it++) {
    const g = new Array<number>(dim).fill(0);
    const H = Array.from({ length: dim }, () => new Array<number>(dim).fill(0));
    for (const { X, q } of groups) {
      const z = X.map((x) => dot(w, x));
      const m = Math.max(...z);
      const e = z.map((v) => Math.exp(v - m));
      const sum = e.reduce((a, v) => a + v, 0);
      const p = e.map((v) => v / sum);
      const mu = new Array<number>(dim).fill(0);
      for (let i = 0; i < X.length; i++) {
        const r = p[i] - q[i];
        for (let a = 0; a < dim; a++) {
          if (!X[i][a]) continue;
          g[a] += r * X[i][a];
          mu[a] += p[i] * X[i][a];
          for (let b = a; b < dim; b++) H[a][b] += p[i] * X[i][a] * X[i][b];
        }
      }
      for (let a = 0; a < dim; a++) {
        if (!mu[a]) continue;
        for (let b = a; b < dim; b++) H[a][b] -= mu[a] * mu[b];
      }
    }
    for (let a = 0; a < dim; a++) {
      for (let b = 0; b < a; b++) H[a][b] = H[b][a];
      H[a][a] += reg + 1e-9;
      g[a] += reg * w[a];
    }
    const step = solve(H, g);
    w = w.map((x, k) => x - step[k]);
    if (Math.max(...step.map(Math.abs)) < 1e-6) break;
  }
  return w;
}

// ------------------------------------------------------------ boosted stumps (residual on the linear score)
/**
 * A linear score cannot say "position matters less once the sentence is long" or "a quote only hurts
 * in the lead". On top of the blended linear score (and its novelty term), BOOST_M decision stumps are
 * fitted by gradient boosting on the ranking objective (the same groups and soft targets as fitRank):
 * each round, per candidate the gradient p − q and Hessian p (1 − p) of the step's softmax
 * cross-entropy, the stump (one feature, one threshold among ≤ 32 quantile midpoints) with the best
 * Newton gain, leaf values −ν G / (H + λ). Deterministic (no sampling). BOOST_M=0 is the linear model.
 */
const BOOST_M = Number(process.env.BOOST_M ?? 100);
const BOOST_NU = Number(process.env.BOOST_NU ?? 0.1);
const BOOST_LAMBDA = Number(process.env.BOOST_LAMBDA ?? 20);
const BOOST_BINS = 32;
/** The weight sets that get stumps: the pooled ones only (English's own got worse with them out of fold: README, "Summary and headline (issue 14)"). */
const BOOST_LANGS = (process.env.BOOST_LANGS ?? '*').split(',');
/** The stumps that go with a weight vector (evaluate adds them to the linear score). */
const stumpsOf = new WeakMap<number[], Stump[]>();

function fitStumps(docs: readonly Doc[], w: number[], budget: Budget, off = OFF): Stump[] {
  if (!BOOST_M) return [];
  const nf = FEATURE_NAMES.length;
  const novelty = w[nf] ?? 0;
  const lin = w.slice(0, nf);
  const paragraphs = docs.some((d) => d.sents.some((s, i) => i > 0 && s.features[PARA[0]] === 1));
  const rows: number[][] = [];
  const base: number[] = [];
  const q: number[] = [];
  const groupStart: number[] = [];
  for (const d of docs) {
    const g = rankGroups(d, budget);
    for (let t = 0; t < g.avail.length; t++) {
      const targets = softTargets(g.values[t]);
      groupStart.push(rows.length);
      g.avail[t].forEach((i, k) => {
        const x = d.sents[i].features;
        rows.push(x);
        base.push(dot(lin, x) - novelty * g.covs[t][k]);
        q.push(targets[k]);
      });
    }
  }
  groupStart.push(rows.length);
  const n = rows.length;
  // Thresholds per feature: midpoints between consecutive distinct values of ≤ BOOST_BINS quantiles.
  const thresholds: number[][] = [];
  const bin: Uint8Array[] = [];
  for (let f = 0; f < nf; f++) {
    if (off.has(f) || (!paragraphs && PARA.includes(f))) {
      thresholds.push([]);
      bin.push(new Uint8Array(0));
      continue;
    }
    const vals = rows.map((x) => x[f]).sort((a, b) => a - b);
    const qs = [...new Set(Array.from({ length: BOOST_BINS + 1 }, (_, k) => vals[Math.min(n - 1, Math.floor((k * (n - 1)) / BOOST_BINS))]))];
    const th = [...new Set(qs.slice(1).map((v, k) => Math.round(((qs[k] + v) / 2) * 1e4) / 1e4))];
    thresholds.push(th);
    const b = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      let k = 0;
      while (k < th.length && rows[i][f] > th[k]) k++;
      b[i] = k; // rows with bin ≤ j are at or below th[j]
    }
    bin.push(b);
  }
  const F = new Float64Array(n);
  const stumps: Stump[] = [];
  const G = new Float64Array(n);
  const H = new Float64Array(n);
  for (let m = 0; m < BOOST_M; m++) {
    for (let gi = 0; gi + 1 < groupStart.length; gi++) {
      const a = groupStart[gi];
      const b = groupStart[gi + 1];
      let mx = -Infinity;
      for (let i = a; i < b; i++) mx = Math.max(mx, base[i] + F[i]);
      let z = 0;
      for (let i = a; i < b; i++) z += Math.exp(base[i] + F[i] - mx);
      for (let i = a; i < b; i++) {
        const p = Math.exp(base[i] + F[i] - mx) / z;
        G[i] = p - q[i];
        H[i] = Math.max(p * (1 - p), 1e-6);
      }
    }
    let Gt = 0;
    let Ht = 0;
    for (let i = 0; i < n; i++) {
      Gt += G[i];
      Ht += H[i];
    }
    let best = { gain: 0, f: -1, t: 0, lo: 0, hi: 0 };
    for (let f = 0; f < nf; f++) {
      const th = thresholds[f];
      if (!th.length) continue;
      const hg = new Float64Array(th.length + 1);
      const hh = new Float64Array(th.length + 1);
      const bf = bin[f];
      for (let i = 0; i < n; i++) {
        hg[bf[i]] += G[i];
        hh[bf[i]] += H[i];
      }
      let gl = 0;
      let hl = 0;
      for (let j = 0; j < th.length; j++) {
        gl += hg[j];
        hl += hh[j];
        const gr = Gt - gl;
        const hr = Ht - hl;
        const gain = (gl * gl) / (hl + BOOST_LAMBDA) + (gr * gr) / (hr + BOOST_LAMBDA) - (Gt * Gt) / (Ht + BOOST_LAMBDA);
        if (gain > best.gain + 1e-12) best = { gain, f, t: th[j], lo: -gl / (hl + BOOST_LAMBDA), hi: -gr / (hr + BOOST_LAMBDA) };
      }
    }
    if (best.f < 0) break;
    const r3 = (x: number) => Math.round(x * 1000) / 1000;
    const stump: Stump = [best.f, best.t, r3(BOOST_NU * best.lo), r3(BOOST_NU * best.hi)];
    stumps.push(stump);
    for (let i = 0; i < n; i++) F[i] += rows[i][best.f] <= best.t ? stump[2] : stump[3];
  }
  return stumps;
}

/**
 * BLEND=a,b,…: the shares of the oracle-label logistic weights tried against the ranking weights
 * (w = a · logistic + (1 − a) · ranking, novelty (1 − a) · the ranking's), chosen with the lead prior
 * β on the same articles by the gain over Lead at equal length. BLEND=1 is the previous model
 * (logistic only, no novelty), BLEND=0 the ranking fit alone.
 */
/** NOVELTY_OFF=1: the selection's novelty penalty held at 0 (to measure its worth). */
const NOVELTY_OFF = !!process.env.NOVELTY_OFF;
const BLEND = (process.env.BLEND ?? '0,0.25,0.5,0.75,1').split(',').map(Number);

/**
 * Weights per language of `fitLangs` and pooled ('*'), fitted on the articles `use` keeps: the
 * oracle-label logistic and the ranking fit, blended, then the lead prior. Each vector ends with the
 * selection's novelty penalty (FEATURE_NAMES.length + 1 numbers).
 */
function fitAll(data: Record<string, Doc[]>, fitLangs: readonly string[], use: (d: Doc) => boolean, verbose = false): Record<string, number[]> {
  const logit: Record<string, number[]> = {};
  const rank: Record<string, number[]> = {};
  const pooled: { X: number[][]; y: number[] } = { X: [], y: [] };
  for (const l of fitLangs) {
    const { X, y } = XY(data[l].filter(use));
    logit[l] = fitLogistic(offFor(l) === OFF ? X : XY(data[l].filter(use), offFor(l)).X, y);
    if (!POOL_LANGS.includes(l)) continue;
    pooled.X.push(...X);
    pooled.y.push(...y);
  }
  logit['*'] = fitLogistic(pooled.X, pooled.y);
  const weights: Record<string, number[]> = {};
  const k = FEATURE_NAMES.indexOf('invPos');
  for (const l of [...fitLangs, '*']) {
    const docs = l === '*' ? fitLangs.filter((x) => POOL_LANGS.includes(x)).flatMap((x) => data[x].filter(use)) : data[l].filter(use);
    if (BLEND.some((a) => a < 1)) rank[l] = fitRank(docs, BUDGET0, offFor(l));
    let best = { w: logit[l], gain: -Infinity, a: 1, beta: 0 };
    for (const a of BLEND)
      for (const beta of LEAD_PRIOR) {
        const w = a === 1 ? [...logit[l], 0] : logit[l].map((x, j) => a * x + (1 - a) * rank[l][j]);
        if (a < 1) w.push(NOVELTY_OFF ? 0 : (1 - a) * Math.max(0, -rank[l][FEATURE_NAMES.length]));
        w[k] += beta;
        const s = evaluate(docs, w, BUDGET0);
        const gain = s.r1 + s.r2 - s.l1 - s.l2;
        if (gain > best.gain + 1e-9) best = { w, gain, a, beta };
      }
    weights[l] = best.w.map((x) => Math.round(x * 1000) / 1000);
    if (BOOST_LANGS.includes(l)) stumpsOf.set(weights[l], fitStumps(docs, weights[l], BUDGET0, offFor(l)));
    if (verbose) console.log(`blend ${l}: logistic share ${best.a}, lead prior β ${best.beta}, novelty ${weights[l][FEATURE_NAMES.length]}`);
  }
  return weights;
}

/** Per-article Δ (project − lead@len) R1 and R2 of `docs` under `w`. */
function deltas(docs: readonly Doc[], w: number[], budget: Budget): { d1: number[]; d2: number[] } {
  const d1: number[] = [];
  const d2: number[] = [];
  for (const d of docs) {
    const s = evaluate([d], w, budget);
    d1.push(s.r1 - s.l1);
    d2.push(s.r2 - s.l2);
  }
  return { d1, d2 };
}

/** Mean and 95 % bootstrap interval (2,000 resamples, fixed seed), as rouge.mjs prints them. */
function meanCI(x: readonly number[]): string {
  let seed = 12345;
  const rnd = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 4294967296;
  };
  const means: number[] = [];
  for (let b = 0; b < 2000; b++) {
    let s = 0;
    for (let i = 0; i < x.length; i++) s += x[Math.floor(rnd() * x.length)];
    means.push(s / x.length);
  }
  means.sort((a, b) => a - b);
  const m = x.reduce((a, v) => a + v, 0) / (x.length || 1);
  const sg = (v: number) => (v >= 0 ? '+' : '') + v.toFixed(2);
  return `${sg(m)} [${sg(means[49])}, ${sg(means[1949])}]`;
}

/**
 * k-fold by the id hash: each fold's articles are scored by weights fitted on the other folds
 * (per language and pooled, as shipped); prints the out-of-fold Δ vs lead@len with its interval.
 */
function kfold(data: Record<string, Doc[]>, fitLangs: readonly string[], k: number, budget: Budget) {
  const fold = (d: Doc) => hash(d.id) % k; // k = 2: the fit / check halves, both ways
  const out: Record<string, { own: { d1: number[]; d2: number[] }; pooled: { d1: number[]; d2: number[] }; perFold: string[] }> = {};
  for (const l of Object.keys(data)) out[l] = { own: { d1: [], d2: [] }, pooled: { d1: [], d2: [] }, perFold: [] };
  for (let i = 0; i < k; i++) {
    const w = fitAll(data, fitLangs, (d) => fold(d) !== i);
    for (const l of Object.keys(data)) {
      const held = data[l].filter((d) => fold(d) === i);
      const own = deltas(held, w[l] ?? w['*'], budget);
      const pooled = deltas(held, w['*'], budget);
      out[l].own.d1.push(...own.d1);
      out[l].own.d2.push(...own.d2);
      out[l].pooled.d1.push(...pooled.d1);
      out[l].pooled.d2.push(...pooled.d2);
      const shippedD = OWN_WEIGHTS.includes(l) ? own : pooled;
      const m = (x: number[]) => f(x.reduce((a, v) => a + v, 0) / (x.length || 1));
      out[l].perFold.push(`${m(shippedD.d1)}/${m(shippedD.d2)}`);
    }
  }
  console.log(`\n${k}-fold, out of fold (weights fitted without the fold), Δ vs lead@len R1 | R2 with 95 % bootstrap interval:`);
  for (const l of Object.keys(data)) {
    const { own, pooled, perFold } = out[l];
    const shipped = fitLangs.includes(l) && OWN_WEIGHTS.includes(l) ? 'own' : 'pooled';
    const row = (name: string, x: { d1: number[]; d2: number[] }) => `${name} R1 ${meanCI(x.d1)} | R2 ${meanCI(x.d2)}`;
    console.log(`  ${l.padEnd(8)} n ${own.d1.length}  ${fitLangs.includes(l) ? row('own', own) + '  ' : ''}${row('pooled', pooled)}  (shipped: ${shipped}; per fold ${perFold.join(' ')})`);
  }
}

// ------------------------------------------------------------ evaluation
interface Scores {
  r1: number;
  r2: number;
  l1: number;
  l2: number;
  words: number;
  sents: number;
  n: number;
}

function evaluate(docs: readonly Doc[], w: number[], budget: Budget): Scores {
  const s: Scores = { r1: 0, r2: 0, l1: 0, l2: 0, words: 0, sents: 0, n: docs.length };
  const st = stumpsOf.get(w) ?? [];
  for (const d of docs) {
    const scored = d.sents.map((x, i) => ({ ...x, score: dot(w, x.features) + (st.length ? stumpScore(x.features, st) : 0), _i: i }));
    if (w.length > FEATURE_NAMES.length) budget = { ...budget, novelty: w[FEATURE_NAMES.length] };
    const picked = selectSentences(scored, budget).sort((a, b) => a.start - b.start) as (Scored & { _i: number })[];
    const cand = picked.flatMap((p) => d.toks[p._i]);
    const [r1, r2] = rouge12(cand, d.ref);
    const [l1, l2] = rouge12(d.articleToks.slice(0, cand.length), d.ref);
    s.r1 += r1;
    s.r2 += r2;
    s.l1 += l1;
    s.l2 += l2;
    s.words += cand.length;
    s.sents += picked.length;
  }
  const n = docs.length || 1;
  for (const k of ['r1', 'r2', 'l1', 'l2', 'words', 'sents'] as const) s[k] /= n;
  return s;
}

const dot = (w: readonly number[], x: readonly number[]) => x.reduce((a, v, k) => a + v * (w[k] ?? 0), 0);
const f = (x: number) => x.toFixed(2);
const line = (name: string, s: Scores) =>
  `${name.padEnd(16)} n ${String(s.n).padStart(4)}  project R1 ${f(s.r1)} R2 ${f(s.r2)} | lead@len R1 ${f(s.l1)} R2 ${f(s.l2)} | Δ R1 ${f(s.r1 - s.l1)} R2 ${f(s.r2 - s.l2)} | ${f(s.sents)} sents ${f(s.words)} words`;

async function main() {
  const data: Record<string, Doc[]> = {};
  for (const l of [...LANGS, ...CHECK_ONLY]) {
    const lang = l.split('-')[0];
    const t0 = Date.now();
    data[l] = await load(l, lang);
    if (!data[l].length) {
      delete data[l];
      continue;
    }
    console.log(`${l}: ${data[l].length} articles read in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  const fitLangs = LANGS.filter((l) => data[l]);
  const weights = fitAll(data, fitLangs, (d) => d.fit, true);

  // Budget: the length of human news summaries (SUMMARY_LENGTH), not chosen by ROUGE. GRID=1 prints what a
  // grid on the fit halves by mean R1 + R2 over the languages would choose (45–60 words: ROUGE F1 rewards
  // summaries longer than the references), for the record; it is not written.
  if (process.env.GRID) {
    let best: { budget: Budget; value: number } | null = null;
    for (const ratio of [0.1, 0.15, 0.2, 0.25])
      for (const min of [20, 25, 30, 40, 45, 50])
        for (const max of [40, 50, 60, 65, 70, 85]) {
          if (max < min) continue;
          for (const overshoot of [0.5, 0.75, 1]) {
            const budget: Budget = { ratio, min, max, overshoot };
            let v = 0;
            for (const l of fitLangs) {
              const s = evaluate(data[l].filter((d) => d.fit), weights[l], budget);
              v += s.r1 + s.r2;
            }
            if (!best || v > best.value + 1e-9) best = { budget, value: v };
          }
        }
    console.log(`\nbudget a grid by R1 + R2 would choose (not used): ${JSON.stringify(best!.budget)}`);
  }
  // BUDGET='{"min":30,"max":50}' overrides it (to measure a budget out of fold; never written).
  const budget: Budget = process.env.BUDGET ? { ...SUMMARY_LENGTH, ...JSON.parse(process.env.BUDGET) } : SUMMARY_LENGTH;
  if (process.env.BUDGET && WRITE) throw new Error('BUDGET is for measuring only');
  console.log(`\nbudget: ${JSON.stringify(budget)}`);
  console.log('\nweights:');
  for (const [k, w] of Object.entries(weights)) console.log(`  ${k.padEnd(3)} ${FEATURE_NAMES.map((n, i) => `${n} ${w[i]}`).join(', ')}, novelty ${w[FEATURE_NAMES.length]}`);
  console.log('');
  for (const l of Object.keys(data)) {
    const w = weights[l] ?? weights['*'];
    const fitDocs = data[l].filter((d) => d.fit);
    const checkDocs = data[l].filter((d) => !d.fit);
    if (weights[l]) console.log(line(`${l} fit`, evaluate(fitDocs, w, budget)));
    console.log(line(`${l} check`, evaluate(checkDocs, w, budget)));
    if (weights[l]) console.log(line(`${l} check pooled`, evaluate(checkDocs, weights['*'], budget)) + (OWN_WEIGHTS.includes(l) ? '' : '  <- shipped'));
  }
  if (args.includes('--explore')) {
    for (const l of fitLangs)
      for (const redundancy of [0.15, 0.2, 0.3, 0.4, 0.5]) {
        const bb = { ...budget, redundancy };
        const a = evaluate(data[l].filter((d) => d.fit), weights[l], bb);
        const c = evaluate(data[l].filter((d) => !d.fit), weights[l], bb);
        console.log(`${l} red ${redundancy} fit Δ ${f(a.r1 - a.l1)} ${f(a.r2 - a.l2)} abs ${f(a.r1)} ${f(a.r2)} | check Δ ${f(c.r1 - c.l1)} ${f(c.r2 - c.l2)} abs ${f(c.r1)} ${f(c.r2)}`);
      }
    for (const l of fitLangs)
      for (const b of [{ min: 25, max: 40 }, { min: 30, max: 50 }, { min: 40, max: 60 }, { min: 50, max: 70 }, { min: 60, max: 85 }]) {
        const bb = { ...budget, ...b };
        const a = evaluate(data[l].filter((d) => d.fit), weights[l], bb);
        const c = evaluate(data[l].filter((d) => !d.fit), weights[l], bb);
        console.log(`${l} ${JSON.stringify(b)} fit Δ ${f(a.r1 - a.l1)} ${f(a.r2 - a.l2)} abs ${f(a.r1)} ${f(a.r2)} | check Δ ${f(c.r1 - c.l1)} ${f(c.r2 - c.l2)} abs ${f(c.r1)} ${f(c.r2)}`);
      }
  }
  const foldArg = args.indexOf('--folds');
  if (foldArg >= 0) for (const k of args[foldArg + 1].split(',').map(Number)) kfold(data, fitLangs, k, budget);
  if (args.includes('--lead')) {
    for (const l of Object.keys(data)) for (const o of [0.5, 0.75, 1]) console.log(line(`${l} ovs ${o}`, evaluate(data[l].filter((d) => !d.fit), weights[l] ?? weights['*'], { ...budget, overshoot: o })));
    const lead = FEATURE_NAMES.map((n) => (n === 'invPos' ? 1 : 0));
    for (const l of Object.keys(data)) console.log(line(`${l} lead-sents`, evaluate(data[l].filter((d) => !d.fit), lead, budget)));
  }
  if (WRITE) {
    const out = `// Written by scripts/fit-summary.ts (npx tsx scripts/fit-summary.ts --write) from ../shared/data/summaries/*-dev.jsonl
// (fit half of each language; see the script). Do not edit by hand.
export const SUMMARY_MODEL = {
  features: ${JSON.stringify(FEATURE_NAMES)} as string[],
  weights: {
${Object.entries(weights)
  .filter(([k]) => k === '*' || OWN_WEIGHTS.includes(k))
  .map(([k, w]) => `    '${k}': ${JSON.stringify(w.slice(0, FEATURE_NAMES.length))},`)
  .join('\n')}
  } as Record<string, number[]>,
  novelty: {
${Object.entries(weights)
  .filter(([k]) => k === '*' || OWN_WEIGHTS.includes(k))
  .map(([k, w]) => `    '${k}': ${w[FEATURE_NAMES.length]},`)
  .join('\n')}
  } as Record<string, number>,
  stumps: {
${Object.entries(weights)
  .filter(([k]) => k === '*' || OWN_WEIGHTS.includes(k))
  .map(([k, w]) => `    '${k}': ${JSON.stringify(stumpsOf.get(w) ?? [])},`)
  .join('\n')}
  } as Record<string, [number, number, number, number][]>,
  budget: ${JSON.stringify(budget).replace(/"/g, '')},
};
`;
    writeFileSync(join(import.meta.dirname, '..', 'src', 'summary', 'weights.ts'), out);
    console.log('\nwrote src/summary/weights.ts');
  }
}

await main();
