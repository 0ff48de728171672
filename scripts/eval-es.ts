/**
 * `npx tsx scripts/eval-es.ts`: entities (organisations, people, places) and dates of the Spanish pack on the
 * small self-made annotated set (tests/nlp/es/annotated-es.ts): P / R / F1 per kind, over all texts, and the
 * misses and extras. Entity level: a reported entity counts when its name or an alias is one of a gold entity's
 * forms; names the set marks optional count neither way. Dates: the set of ISO values.
 */
import { ANNOTATED_ES } from '../tests/nlp/es/annotated-es';
import { scoreEs } from '../tests/nlp/es/score-es';

const groups: [string, typeof ANNOTATED_ES][] = [
  ['all texts', ANNOTATED_ES],
  ['the example page (the pack was developed on it)', ANNOTATED_ES.filter((t) => t.page)],
  ['the first texts (written before the pack was run on them; two rules were added after their first measure)', ANNOTATED_ES.filter((t) => !t.late && !t.page)],
  ['the late texts (written after the last rule, measured untuned)', ANNOTATED_ES.filter((t) => t.late)],
];
console.log(`Spanish annotated set (small, self-made; see tests/nlp/es/annotated-es.ts)`);
for (const [label, set] of groups) {
  const { rows, misses } = await scoreEs(set);
  console.log(`\n${label}: ${set.length} texts\nkind           tp  fp  fn     P      R      F1`);
  for (const [k, c] of Object.entries(rows)) {
    const p = c.tp / (c.tp + c.fp || 1);
    const r = c.tp / (c.tp + c.fn || 1);
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    console.log(`${k.padEnd(13)} ${String(c.tp).padStart(3)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)}  ${p.toFixed(3)}  ${r.toFixed(3)}  ${f.toFixed(3)}`);
  }
  if (set === ANNOTATED_ES && misses.length) console.log(`\n${misses.join('\n')}`);
}

// --ablate: what switching off each of the Spanish pack's rules changes on the whole set (entities P R F1, dates F1).
if (process.argv.includes('--ablate')) {
  const { setDisabledRules } = await import('../src/nlp/ner/rules');
  const { loadPack } = await import('../src/nlp/ner/pack');
  const pack = (await loadPack('es'))!;
  const prf = (c: { tp: number; fp: number; fn: number }) => {
    const p = c.tp / (c.tp + c.fp || 1);
    const r = c.tp / (c.tp + c.fn || 1);
    return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
  };
  const base = (await scoreEs(ANNOTATED_ES)).rows;
  const [bp, br, bf] = prf(base.entities);
  console.log('\nrule off        ΔP      ΔR      ΔF1   (entities, all texts)');
  for (const id of ['prep', 'shape', 'place-noun', 'doc', ...(pack.rules ?? []).map((r) => r.id)]) {
    setDisabledRules([id]);
    const rows = (await scoreEs(ANNOTATED_ES)).rows;
    const [p, r, f] = prf(rows.entities);
    const s = (x: number) => (x >= 0 ? '+' : '') + x.toFixed(3);
    console.log(`${id.padEnd(15)} ${s(p - bp)}  ${s(r - br)}  ${s(f - bf)}`);
  }
  setDisabledRules(null);
}
