/**
 * The summary's ROUGE on the development articles with human references: runs
 * ../shared/tools/rouge.mjs (the project's CLI against Lead-3, Lead at equal length and TextRank,
 * with bootstrap intervals) for every language that has data and prints one line per language.
 *
 *   npm run eval:summary [-- --full] [-- --lang fr,en]
 *
 * --full also prints rouge.mjs's whole table. Skips with a message when ../shared is absent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const SHARED = resolve(process.env.CRISISLENS_SHARED ?? join(import.meta.dirname, '..', '..', 'shared'));
const TOOL = join(SHARED, 'tools', 'rouge.mjs');
const DATA = join(SHARED, 'data', 'summaries');
const args = process.argv.slice(2);
const full = args.includes('--full');
const li = args.indexOf('--lang');
const SETS = li >= 0 ? args[li + 1].split(',') : ['fr', 'en', 'en-xsum', 'de', 'nl'];

if (!existsSync(TOOL)) {
  console.log(`eval:summary: skipped, ${TOOL} is absent (the shared data sits beside the repository)`);
  process.exit(0);
}
let failed = false;
for (const set of SETS) {
  const file = join(DATA, `${set}-dev.jsonl`);
  if (!existsSync(file)) {
    console.log(`summaries ${set}: no development data`);
    continue;
  }
  const r = spawnSync(process.execPath, [TOOL, '--data', file, '--project', resolve(import.meta.dirname, '..'), '--lang', set.split('-')[0]], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const out = `${r.stdout ?? ''}`;
  if (r.status !== 0) {
    failed = true;
    console.log(`summaries ${set}: rouge.mjs failed (${r.status}): ${(r.stderr ?? '').trim().split('\n').pop()}`);
    continue;
  }
  if (full) console.log(out);
  const last = out.trim().split('\n').filter((l) => l.startsWith('summaries ')).pop() ?? '';
  const delta = out.split('\n').find((l) => l.startsWith('Δ project − Lead@len')) ?? '';
  console.log(`${last.replace(/^summaries \w+/, `summaries ${set}`)}\n  ${delta}`);
}
process.exit(failed ? 1 : 0);
