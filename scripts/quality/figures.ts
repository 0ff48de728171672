/**
 * The figures of each quality evaluation, read from the JSON its scorer prints. Pure functions
 * (JSON in, figures out), unit-tested on small samples of each scorer's output.
 *
 *   pages    ../shared/tools/score-pages.mjs --json    real crisis pages with gold briefs
 *   dates    ../shared/tools/score-dates.mjs --json    publication dates (htmldate's benchmark, dev half)
 *   summary  ../shared/tools/rouge.mjs --json          summaries against human references
 *   ner      scripts/eval-ner.ts --json                NER dev splits (a regression guard)
 *   fixtures ../shared/tools/check-fixtures.mjs        the four fixture briefs' expectations
 *   summarypages scripts/summary-pages.ts --json        the summary on the crisis pages (no references)
 */
import type { Figure } from './ratchet';

const r4 = (x: number) => Math.round(x * 1e4) / 1e4;
const r2 = (x: number) => Math.round(x * 100) / 100;

const ratio = (id: string, value: number | null | undefined): Figure[] =>
  typeof value === 'number' && Number.isFinite(value) ? [{ id, value: r4(value), better: 'higher', kind: 'ratio' }] : [];
const count = (id: string, value: number | undefined, better: 'higher' | 'lower' = 'higher'): Figure[] =>
  typeof value === 'number' && Number.isFinite(value) ? [{ id, value, better, kind: 'count' }] : [];

interface PrfTally {
  hit: number;
  gold: number;
  good: number;
  bad: number;
}
interface PagesTally {
  organisations: PrfTally;
  people: PrfTally;
  places: PrfTally;
  entities: PrfTally;
  dates: PrfTally;
  agreements: PrfTally;
  published: { ok: number; n: number };
  roles: { ok: number; n: number };
  agreementDates: { ok: number; n: number };
  notEntities: number;
  pages: number;
  failed: number;
  scores: Record<string, { P: number | null; R: number | null; F1: number | null }>;
}

/** score-pages.mjs --json: per language and overall. */
export function pagesFigures(json: { tallies: Record<string, PagesTally> }): Figure[] {
  const out: Figure[] = [];
  for (const [lang, t] of Object.entries(json.tallies)) {
    const p = `pages.${lang}`;
    out.push(...ratio(`${p}.entities.P`, t.scores.entities?.P), ...ratio(`${p}.entities.R`, t.scores.entities?.R), ...ratio(`${p}.entities.F1`, t.scores.entities?.F1));
    for (const k of ['organisations', 'people', 'places', 'dates'] as const) {
      out.push(...ratio(`${p}.${k}.P`, t.scores[k]?.P), ...ratio(`${p}.${k}.R`, t.scores[k]?.R));
    }
    out.push(
      ...count(`${p}.roles.ok`, t.roles.ok),
      ...count(`${p}.agreements.hit`, t.agreements.hit),
      ...count(`${p}.agreements.wrong`, t.agreements.bad, 'lower'),
      ...count(`${p}.agreementDates.ok`, t.agreementDates.ok),
      ...count(`${p}.published.ok`, t.published.ok),
      ...count(`${p}.notEntities`, t.notEntities, 'lower'),
      ...count(`${p}.briefs.ok`, t.pages - t.failed),
    );
  }
  return out;
}

interface DatesGroup {
  group?: string;
  n: number;
  accuracy: number;
  coverage: number;
  precision: number;
}

/** score-dates.mjs --json (its first line): overall and for German and English, the languages of the target. */
export function datesFigures(json: { overall: DatesGroup; byLang: DatesGroup[] }): Figure[] {
  const out: Figure[] = [];
  const add = (name: string, g: DatesGroup) =>
    out.push(...ratio(`dates.${name}.accuracy`, g.accuracy), ...ratio(`dates.${name}.coverage`, g.coverage), ...ratio(`dates.${name}.precision`, g.precision));
  add('all', json.overall);
  for (const g of json.byLang) if (g.group === 'de' || g.group === 'en') add(g.group, g);
  return out;
}

interface RougeSystem {
  r1: number;
  r2: number;
  rl: number;
}

/** rouge.mjs --json for one data file (`set` = the file's prefix: fr, en, de, en-xsum). */
export function summaryFigures(set: string, json: { systems: { project: RougeSystem }; deltas: Record<string, Record<string, { mean: number }>> }): Figure[] {
  const s = json.systems.project;
  const d = json.deltas['lead@len'];
  const rouge = (id: string, value: number | undefined): Figure[] =>
    typeof value === 'number' && Number.isFinite(value) ? [{ id, value: r2(value), better: 'higher', kind: 'rouge' }] : [];
  return [
    ...rouge(`summary.${set}.R1`, s.r1),
    ...rouge(`summary.${set}.R2`, s.r2),
    ...rouge(`summary.${set}.RL`, s.rl),
    // Against Lead cut to the same length: the bar issue 14 sets.
    ...rouge(`summary.${set}.R1-vs-lead@len`, d?.r1?.mean),
    ...rouge(`summary.${set}.R2-vs-lead@len`, d?.r2?.mean),
  ];
}

interface NerRow {
  type: string;
  f1: number;
}

/** eval-ner.ts --json: F1 per type and micro, per language (`name` is nl, en, fr or "de-even"). */
export function nerFigures(json: Record<string, { rows: NerRow[]; micro: NerRow }>, names: Record<string, string> = {}): Figure[] {
  const out: Figure[] = [];
  for (const [lang, r] of Object.entries(json)) {
    const name = names[lang] ?? lang;
    for (const row of r.rows) out.push(...ratio(`ner.${name}.${row.type}.F1`, row.f1));
    out.push(...ratio(`ner.${name}.micro.F1`, r.micro.f1));
  }
  return out;
}

/** check-fixtures.mjs's last line: "fixtures: 132/132 expectations met (4 pages)". */
export function fixturesFigures(output: string): Figure[] {
  const m = /fixtures: (\d+)\/(\d+) expectations met/.exec(output);
  if (!m) return [];
  return count('fixtures.all.met.count', Number(m[1]));
}

/**
 * scripts/summary-pages.ts --json: per page set, the pages whose summary keeps the text's first usable
 * sentence (higher is better), and the picks that are questions or do not end like a sentence (lower).
 */
export function summaryPagesFigures(json: Record<string, { leadKept?: number; questions?: number; unpunctuated?: number }>): Figure[] {
  return Object.entries(json).flatMap(([set, t]) => [
    ...count(`summarypages.${set}.leadKept.count`, t.leadKept),
    ...count(`summarypages.${set}.questions.count`, t.questions, 'lower'),
    ...count(`summarypages.${set}.unpunctuated.count`, t.unpunctuated, 'lower'),
  ]);
}
