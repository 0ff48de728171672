/**
 * `npm run gazetteer-overlap`: a licence check on the hand-written gazetteers. For each language it
 * counts how many of the pack's organisation and place names occur as gold entities in the
 * research-only corpora (CoNLL-2002/2003 train + dev, GermEval dev, WikiNEuRal val) and lists the
 * in-corpus names that occur there only once. Lists written from general knowledge overlap with
 * the news of the day only partly (well-known names); a list harvested from a corpus would be
 * nearly all in-corpus, rare names included. Reads ../shared/data/ner; skips when it is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexiconFor } from '../src/nlp/ner/lexicon';
import { loadPack } from '../src/nlp/ner/pack';
import { requireShared } from './bench-common';

const dir = requireShared('gazetteer-overlap', 'data/ner');

/** Gold ORG/PER/LOC spans of a CoNLL file (IOB1 or IOB2), tokens joined with spaces. */
function conll(file: string): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  let type = '';
  const flush = () => {
    if (cur.length) out.push(cur.join(' '));
    cur = [];
    type = '';
  };
  for (const line of readFileSync(file, 'latin1').split('\n')) {
    const p = line.trim().split(' ');
    if (p.length < 2) {
      flush();
      continue;
    }
    const tag = p[p.length - 1];
    if (tag === 'O' || tag.startsWith('B-') || tag.slice(2) !== type) flush();
    if (tag !== 'O' && !tag.endsWith('MISC')) {
      cur.push(p[0]);
      type = tag.slice(2);
    }
  }
  flush();
  return out;
}

function jsonl(file: string): string[] {
  const out: string[] = [];
  for (const line of readFileSync(file, 'utf8').trim().split('\n')) for (const e of JSON.parse(line).entities) if (e.type !== 'MISC') out.push(e.text);
  return out;
}

const SOURCES: Record<string, [string, (f: string) => string[]][]> = {
  nl: [['ned.train', conll], ['ned.testa.jsonl', jsonl]],
  en: [['eng.train', conll], ['eng.testa.jsonl', jsonl]],
  de: [['NER-de-dev.jsonl', jsonl]],
  fr: [['wikineural-fr-val.jsonl', jsonl]],
};
/** Corpus tokenisation ("Moody 's", "( AP )") → text as written. */
const detok = (s: string) => s.replace(/\s+/g, ' ').replace(/ ([,.'’)])/g, '$1').replace(/\( /g, '(').replace(/ 's\b/g, "'s");

for (const [lang, sources] of Object.entries(SOURCES)) {
  const counts = new Map<string, number>();
  for (const [file, read] of sources) {
    if (!existsSync(join(dir, file))) continue;
    for (const name of read(join(dir, file))) counts.set(detok(name), (counts.get(detok(name)) ?? 0) + 1);
  }
  const pack = lexiconFor((await loadPack(lang))!).pack;
  const names = [...new Set([...pack.orgNames, ...pack.placeNames])];
  const hits = names.filter((n) => counts.has(n));
  const once = hits.filter((n) => counts.get(n) === 1);
  console.log(`${lang}: ${names.length} pack names; ${hits.length} (${((100 * hits.length) / names.length).toFixed(0)} %) occur in ${sources.map((s) => s[0]).join(' + ')}; ${once.length} of them once:`);
  console.log(`   ${once.join(' | ')}\n`);
}
