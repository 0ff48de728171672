/**
 * `npm run eval`: every quality evaluation the repository has, each figure beside its floor in
 * quality-floors.json, and the ratchet's verdict (scripts/quality/ratchet.ts).
 *
 *   npm run eval                          run all, print one line per figure, exit 1 if any figure
 *                                         fell below its floor or rose above it unrecorded
 *   npm run eval -- --raise               the same, then raise the floors to every better figure
 *                                         (commit quality-floors.json with the change that earned it)
 *   npm run eval -- --only pages,ner      run some evaluations (the others' floors are skipped)
 *   npm run eval -- --save FILE           also write the measured figures (JSON) to FILE
 *   npm run eval -- --figures FILE        check figures saved earlier instead of running anything
 *   npm run eval -- --floors FILE         another floors file (default: quality-floors.json)
 *
 * Evaluations (all read ../shared/data; without ../shared the command says so and exits 0):
 *   pages     real crisis news pages with gold briefs      ../shared/tools/score-pages.mjs
 *   dates     publication dates, htmldate benchmark (dev)  ../shared/tools/score-dates.mjs
 *   summary   ROUGE against human summaries, per set       ../shared/tools/rouge.mjs
 *   ner       NER dev splits (a guard against regressions) scripts/eval-ner.ts
 *   fixtures  the four fixture briefs' expectations        ../shared/tools/check-fixtures.mjs
 *   summarypages the summary on the 28 crisis pages        scripts/summary-pages.ts (lead kept, questions,
 *             (no reference summaries there)               unpunctuated picks)
 * Exit: 0 pass (or nothing to measure), 1 the ratchet failed, 2 an evaluation could not run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { datesFigures, fixturesFigures, nerFigures, pagesFigures, summaryFigures, summaryPagesFigures } from './quality/figures';
import { compare, formatTable, raise, type Figure, type FloorsFile } from './quality/ratchet';

const ROOT = resolve(import.meta.dirname, '..');
const SHARED = resolve(process.env.CRISISLENS_SHARED ?? join(ROOT, '..', 'shared'));
const TOOLS = join(SHARED, 'tools');
const EVALUATIONS = ['pages', 'dates', 'summary', 'ner', 'fixtures', 'summarypages'] as const;
type Evaluation = (typeof EVALUATIONS)[number];

function fail(msg: string, code = 2): never {
  console.error(`eval: ${msg}`);
  process.exit(code);
}

function parseArgs(argv: string[]) {
  const o = { raise: false, only: [...EVALUATIONS] as Evaluation[], save: '', figures: '', floors: join(ROOT, 'quality-floors.json') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = () => argv[++i] ?? fail(`${a} needs a value`);
    if (a === '--raise') o.raise = true;
    else if (a === '--only') {
      const names = v().split(',').map((s) => s.trim()).filter(Boolean);
      for (const n of names) if (!(EVALUATIONS as readonly string[]).includes(n)) fail(`unknown evaluation "${n}" (known: ${EVALUATIONS.join(', ')})`);
      o.only = names as Evaluation[];
    } else if (a === '--save') o.save = resolve(v());
    else if (a === '--figures') o.figures = resolve(v());
    else if (a === '--floors') o.floors = resolve(v());
    else if (a === '-h' || a === '--help') {
      console.log('usage: npm run eval -- [--raise] [--only pages,dates,summary,ner,fixtures,summarypages] [--save FILE] [--figures FILE] [--floors FILE]');
      process.exit(0);
    } else fail(`unknown argument ${a}`);
  }
  return o;
}

/** Run a command in the project; its stdout, or a clear failure with the end of its stderr. */
function run(what: string, cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: { ...process.env, PROJECT_DIR: ROOT } });
  if (r.error) fail(`${what}: ${r.error.message}`);
  if (r.status !== 0) fail(`${what} exited ${r.status}: ${(r.stderr || r.stdout || '').trim().split('\n').slice(-5).join(' | ')}`);
  return r.stdout;
}

/** The first line of the output that is a JSON object (scorers print their JSON first). */
function firstJson(what: string, out: string): any {
  const start = out.indexOf('{');
  if (start < 0) fail(`${what} printed no JSON`);
  // score-pages prints one pretty-printed object; score-dates and rouge print one line first.
  const oneLine = out.slice(start).split('\n')[0];
  try {
    return JSON.parse(oneLine);
  } catch {
    try {
      return JSON.parse(out.slice(start));
    } catch (e) {
      fail(`${what}: its JSON does not parse (${(e as Error).message})`);
    }
  }
}

const node = process.execPath;
const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');

const RUNNERS: Record<Evaluation, { needs: string; run: () => Figure[] }> = {
  pages: {
    needs: 'data/crisis-pages/gold.json',
    run: () => pagesFigures(firstJson('score-pages', run('score-pages', node, [join(TOOLS, 'score-pages.mjs'), '--json', '--project', ROOT]))),
  },
  dates: {
    needs: 'data/dates-pages/gold.json',
    run: () => datesFigures(firstJson('score-dates', run('score-dates', node, [join(TOOLS, 'score-dates.mjs'), '--json', '--project', ROOT]))),
  },
  summary: {
    needs: 'data/summaries',
    run: () => {
      const dir = join(SHARED, 'data', 'summaries');
      const sets = readdirSync(dir).filter((f) => f.endsWith('-dev.jsonl')).sort();
      return sets.flatMap((f) => {
        const set = f.replace(/-dev\.jsonl$/, '');
        // The set's language is its prefix (en-xsum → en); rouge.mjs takes it from the file name too.
        const args = [join(TOOLS, 'rouge.mjs'), '--data', join(dir, f), '--project', ROOT, '--lang', set.split('-')[0], '--json'];
        return summaryFigures(set, firstJson(`rouge ${set}`, run(`rouge ${set}`, node, args)));
      });
    },
  },
  ner: {
    needs: 'data/ner',
    run: () => [
      ...nerFigures(firstJson('eval-ner nl,en,fr', run('eval-ner', tsx, ['scripts/eval-ner.ts', '--lang', 'nl,en,fr', '--json']))),
      // German: only the even documents are held out from the tagger's training (see eval-ner.ts).
      ...nerFigures(firstJson('eval-ner de', run('eval-ner', tsx, ['scripts/eval-ner.ts', '--lang', 'de', '--docs', 'even', '--json'])), { de: 'de-even' }),
    ],
  },
  summarypages: {
    needs: 'data/crisis-pages',
    run: () => summaryPagesFigures(firstJson('summary-pages', run('summary-pages', tsx, ['scripts/summary-pages.ts', '--json']))),
  },
  fixtures: {
    needs: 'fixtures/expected',
    run: () => {
      const figs = fixturesFigures(run('check-fixtures', node, [join(TOOLS, 'check-fixtures.mjs')]));
      if (!figs.length) fail('check-fixtures printed no "fixtures: N/M expectations met" line');
      return figs;
    },
  },
};

function loadFloors(path: string): FloorsFile {
  if (!existsSync(path)) return { margins: { ratio: 0, rouge: 0, count: 0 }, floors: {} };
  try {
    const f = JSON.parse(readFileSync(path, 'utf8')) as FloorsFile;
    if (!f || typeof f.floors !== 'object' || typeof f.margins !== 'object') throw new Error('needs "margins" and "floors"');
    return f;
  } catch (e) {
    fail(`${path}: ${(e as Error).message}`);
  }
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const floors = loadFloors(opts.floors);
  let figures: Figure[] = [];
  const skipped: string[] = EVALUATIONS.filter((e) => !opts.only.includes(e));

  if (opts.figures) {
    const saved = JSON.parse(readFileSync(opts.figures, 'utf8')) as { figures: Figure[]; skipped?: string[] };
    figures = saved.figures;
    skipped.push(...(saved.skipped ?? []));
  } else {
    if (!existsSync(SHARED)) {
      console.log(`eval: SKIPPED: ../shared not found at ${SHARED}; the quality evaluations need its data (set CRISISLENS_SHARED to point at it)`);
      return;
    }
    const t0 = performance.now();
    for (const e of opts.only) {
      const r = RUNNERS[e];
      if (!existsSync(join(SHARED, r.needs))) {
        console.log(`eval: ${e}: SKIPPED (no ${join(SHARED, r.needs)})`);
        skipped.push(e);
        continue;
      }
      const t = performance.now();
      const figs = r.run();
      console.log(`eval: ${e}: ${figs.length} figures in ${((performance.now() - t) / 1000).toFixed(1)} s`);
      figures.push(...figs);
    }
    console.log(`eval: all evaluations in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  if (opts.save) writeFileSync(opts.save, JSON.stringify({ figures, skipped }, null, 1) + '\n');

  const verdict = compare(figures, floors, skipped);
  for (const line of formatTable(verdict)) console.log(line);

  if (opts.raise) {
    const next = raise(figures, floors);
    writeFileSync(opts.floors, JSON.stringify(next, null, 1) + '\n');
    const changed = Object.keys(next.floors).filter((k) => next.floors[k] !== floors.floors[k]);
    const list = changed.length <= 20 ? changed.join(', ') : `${changed.slice(0, 20).join(', ')} and ${changed.length - 20} more`;
    console.log(`eval: raised ${changed.length} floors in ${opts.floors}${changed.length ? ': ' + list : ''}`);
    // What --raise cannot fix (drops, unmeasured figures) still fails.
    const after = compare(figures, next, skipped);
    process.exit(after.ok ? 0 : 1);
  }
  process.exit(verdict.ok ? 0 : 1);
}

main();
