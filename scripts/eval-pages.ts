/**
 * The real crisis pages (../shared/data/crisis-pages): `npm run eval:pages -- [score-pages options]` runs
 * ../shared/tools/score-pages.mjs on this checkout and prints its report.
 *
 *   npm run eval:pages -- --ablate [--lang nl,fr] [--rules id1,id2]
 *
 * --ablate: for every NER rule (src/nlp/ner/rules.ts ruleIdsOf over all language packs) run the pages again
 * with that one rule switched off (CRISISLENS_DISABLE_RULES) and print, per language that has the rule,
 * what it changes in the entities' P, R and F1 (off − on), and the same for organisations, people, places.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const SHARED = resolve(process.env.CRISISLENS_SHARED ?? join(ROOT, '..', 'shared'));
const SCORER = join(SHARED, 'tools', 'score-pages.mjs');

type Scores = Record<string, { P: number | null; R: number | null; F1: number | null }>;
type Report = { tallies: Record<string, { scores: Scores }> };

function score(args: string[], disable = ''): { status: number | null; out: string; err: string } {
  const env = { ...process.env };
  if (disable) env.CRISISLENS_DISABLE_RULES = disable;
  else delete env.CRISISLENS_DISABLE_RULES;
  const r = spawnSync(process.execPath, [SCORER, '--project', ROOT, ...args], { encoding: 'utf8', env, maxBuffer: 1 << 30 });
  return { status: r.status, out: r.stdout ?? '', err: r.stderr ?? '' };
}

function report(disable = ''): Report {
  const r = score(['--json'], disable);
  if (r.status !== 0) {
    console.error(`eval:pages: score-pages failed (exit ${r.status})\n${r.err}`);
    process.exit(2);
  }
  return JSON.parse(r.out) as Report;
}

async function main() {
  if (!existsSync(SCORER)) {
    console.error(`eval:pages: ${SCORER} not found: the shared crisis pages are beside the repo in development only (set CRISISLENS_SHARED)`);
    process.exit(2);
  }
  const argv = process.argv.slice(2);
  const ablateAt = argv.indexOf('--ablate');
  if (ablateAt < 0) {
    const r = score(argv);
    process.stdout.write(r.out);
    process.stderr.write(r.err);
    process.exit(r.status ?? 1);
  }
  const langAt = argv.indexOf('--lang');
  const only = langAt >= 0 ? new Set(argv[langAt + 1].split(',')) : null;
  const rulesAt = argv.indexOf('--rules');
  const onlyRules = rulesAt >= 0 ? new Set(argv[rulesAt + 1].split(',')) : null;
  const { loadPack, SUPPORTED_LANGS } = await import('../src/nlp/ner/pack');
  const { ruleIdsOf } = await import('../src/nlp/ner/rules');
  const { ENGINE_RULES } = await import('../src/nlp/ner/engine-rules');
  const langsOf = new Map<string, string[]>();
  for (const lang of SUPPORTED_LANGS) {
    if (only && !only.has(lang)) continue;
    for (const id of ruleIdsOf(await loadPack(lang)!, ENGINE_RULES)) if (!onlyRules || onlyRules.has(id)) langsOf.set(id, [...(langsOf.get(id) ?? []), lang]);
  }
  const base = report();
  const f = (x: number | null) => (x === null ? '  -  ' : x.toFixed(2));
  const d = (a: number | null, b: number | null) => (a === null || b === null ? '  -  ' : (b - a >= 0 ? '+' : '') + (b - a).toFixed(3));
  const kinds = ['entities', 'organisations', 'people', 'places'] as const;
  console.log('## crisis pages with every rule: entities P R F1 per language');
  for (const [l, t] of Object.entries(base.tallies)) console.log(`${l.padEnd(4)} P ${f(t.scores.entities.P)} R ${f(t.scores.entities.R)} F1 ${f(t.scores.entities.F1)}`);
  console.log('\n## each rule off: Δ (off − on) of entities P R F1 | org P R | people P R | places P R, per language that has the rule');
  for (const [id, langs] of langsOf) {
    const r = report(id);
    const cells: string[] = [];
    for (const l of langs) {
      const a = base.tallies[l]?.scores;
      const b = r.tallies[l]?.scores;
      if (!a || !b) continue;
      const parts = kinds.map((k) => (k === 'entities' ? `${d(a[k].P, b[k].P)} ${d(a[k].R, b[k].R)} ${d(a[k].F1, b[k].F1)}` : `${d(a[k].P, b[k].P)} ${d(a[k].R, b[k].R)}`));
      const same = kinds.every((k) => a[k].P === b[k].P && a[k].R === b[k].R);
      cells.push(`${l} ${same ? 'no change' : parts.join(' | ')}`);
    }
    console.log(`ablate ${id.padEnd(26)} ${cells.join('  ;  ')}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
