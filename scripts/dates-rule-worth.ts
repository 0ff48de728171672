/**
 * What each named date rule (src/nlp/dates/engine.ts DATE_RULES) is worth on the crisis pages of
 * ../shared/data/crisis-pages: dates P/R per language with all rules, then the change when each rule is
 * switched off. Scored as shared/tools/score-pages.mjs scores dates (exact ISO values; gold `dates` required;
 * `dates_ambiguous` and the gold publication date neutral).
 *
 *   npm run -s dates:worth                       # runs `analyze` once on the pages (~15 s)
 *   npm run -s dates:worth -- --briefs FILE      # or reads its JSONL output
 *   npm run -s dates:worth -- --gold-pub         # resolve against the gold publication date (the finder alone)
 *
 * Numbers are printed, never asserted.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { DATE_RULES, type DateRule, createDateFinder } from '../src/nlp/dates/engine';
import type { DatePack } from '../src/nlp/dates/pack';
import { groupDates } from '../src/nlp/dates/group-dates';
import { deDates } from '../src/nlp/lang/de/dates';
import { enDates } from '../src/nlp/lang/en/dates';
import { frDates } from '../src/nlp/lang/fr/dates';
import { nlDates } from '../src/nlp/lang/nl/dates';
import { ROOT, requireShared } from './bench-common';

interface Gold {
  page: string;
  lang: string;
  published: string;
  dates: string[];
  dates_ambiguous?: string[];
}
interface Brief {
  file: string;
  text: string;
  published: string | null;
}

const PACKS: Record<string, DatePack> = { nl: nlDates, fr: frDates, de: deDates, en: enDates };
const argv = process.argv.slice(2);
const goldPub = argv.includes('--gold-pub');
const briefsArg = argv.includes('--briefs') ? argv[argv.indexOf('--briefs') + 1] : null;

const dir = requireShared('dates:worth', 'data/crisis-pages');
const gold: Gold[] = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8'));
let jsonl: string;
if (briefsArg) jsonl = readFileSync(briefsArg, 'utf8');
else {
  const files = readdirSync(dir).filter((n) => existsSync(join(dir, n, 'source.html'))).map((n) => join(dir, n, 'source.html'));
  const r = spawnSync('npm', ['run', '-s', 'analyze', '--', '--format', 'jsonl', ...files], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) {
    console.error(`analyze failed (${r.status}): ${(r.stderr ?? '').trim().split('\n').slice(-3).join(' ')}`);
    process.exit(1);
  }
  jsonl = r.stdout;
}
const briefs = new Map<string, Brief>();
for (const line of jsonl.split('\n').filter(Boolean)) {
  const b = JSON.parse(line) as Brief;
  briefs.set(b.file.split(/[\\/]/).slice(-2)[0], b);
}

type Tally = { hit: number; gold: number; bad: number };
function score(off: ReadonlySet<DateRule>): Record<string, Tally> {
  const finders = Object.fromEntries(Object.entries(PACKS).map(([l, p]) => [l, createDateFinder(p, { off })]));
  const t: Record<string, Tally> = {};
  for (const g of gold) {
    const b = briefs.get(g.page);
    const f = finders[g.lang];
    if (!b || !f) continue;
    const vals = new Set(groupDates(f(b.text ?? '', goldPub ? g.published : b.published)).map((e) => e.value));
    const want = new Set(g.dates);
    const neutral = new Set([...(g.dates_ambiguous ?? []), g.published]);
    for (const k of [g.lang, 'all']) {
      const x = (t[k] ??= { hit: 0, gold: 0, bad: 0 });
      x.gold += want.size;
      for (const d of want) if (vals.has(d)) x.hit++;
      for (const v of vals) if (!want.has(v) && !neutral.has(v)) x.bad++;
    }
  }
  return t;
}

const P = (x: Tally) => x.hit / (x.hit + x.bad || 1);
const R = (x: Tally) => x.hit / (x.gold || 1);
const LANGS = ['nl', 'fr', 'de', 'en', 'all'];
const base = score(new Set());
console.log(`dates on ${briefs.size} crisis pages (${goldPub ? 'gold publication dates' : "the brief's publication dates"})\n`);
console.log('rule switched off            ' + LANGS.map((l) => `${l.padEnd(3)}  P      R    `).join(' '));
console.log('(all rules on)               ' + LANGS.map((l) => `${P(base[l]).toFixed(2)}   ${R(base[l]).toFixed(2)}     `).join(' '));
const d = (a: number, b: number) => (Math.abs(a - b) < 0.005 ? '  .  ' : `${a - b > 0 ? '+' : ''}${(a - b).toFixed(2)}`);
for (const rule of DATE_RULES) {
  const t = score(new Set([rule]));
  console.log(`${rule.padEnd(29)}` + LANGS.map((l) => `${d(P(t[l]), P(base[l]))}  ${d(R(t[l]), R(base[l]))}    `).join(' '));
}
console.log('\n(negative numbers: what the rule is worth; hits/bad counts: all', JSON.stringify(base.all) + ')');
