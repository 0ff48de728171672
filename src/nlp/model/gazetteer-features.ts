/**
 * Gazetteer and cue-word evidence for the tagger, from the engine's lexicon (src/nlp/ner/lexicon.ts):
 * one bit set per word. The model learns how much to trust each kind of evidence; when the lists
 * grow, the same bits simply fire more often (no retraining needed for the weights to stay valid).
 */
import { isGivenName } from '../gazetteers/given-names';
import { normKey, tokensKey, type Lexicon } from '../ner/lexicon';

export const G_GIVEN = 1, G_LOC_B = 2, G_LOC_I = 4, G_ORG_B = 8, G_ORG_I = 16, G_TITLE = 32, G_ROLE = 64,
  G_ORGWORD = 128, G_STOP = 256, G_NONENT = 512, G_LOCWORD = 1024, G_MISCWORD = 2048, G_PLACEPREP = 4096,
  G_PARTICLE = 8192, G_DEMONYM = 16384, G_ADJ_AFTER = 32768;

/** Per-word evidence bits; `sentEnd[i]` bounds multiword matches to the sentence. Linear in words × max name length. */
export function gazetteerFlags(lex: Lexicon, words: string[], sentEnd: Int32Array): Uint32Array {
  const n = words.length;
  const g = new Uint32Array(n);
  const keys = new Array<string>(n);
  for (let i = 0; i < n; i++) keys[i] = normKey(words[i]);
  for (let i = 0; i < n; i++) {
    const w = words[i];
    const k = keys[i];
    let f = 0;
    if (isGivenName(w)) f |= G_GIVEN;
    if (lex.titles.has(k)) f |= G_TITLE;
    if (lex.roleWords.has(k) || lex.roleModifiers.has(k)) f |= G_ROLE;
    if (lex.orgWords.has(k)) f |= G_ORGWORD;
    else for (const s of lex.orgSuffixes) if (k.length > s.length + 2 && k.endsWith(s)) { f |= G_ORGWORD; break; }
    if (lex.stop.has(k)) f |= G_STOP;
    if (lex.nonEntities.has(k)) f |= G_NONENT;
    if (lex.locWords.has(k)) f |= G_LOCWORD;
    if (lex.miscWords.has(k)) f |= G_MISCWORD;
    if (lex.placePreps.has(k)) f |= G_PLACEPREP;
    if (lex.particles.has(k) || lex.connectors.has(k)) f |= G_PARTICLE;
    if (lex.pack.adjectiveAfter && lex.pack.adjectiveAfter.test(k)) f |= G_ADJ_AFTER;
    for (const s of lex.demonymSuffixes) if (k.length > s.length + 3 && k.endsWith(s) && /^\p{Lu}/u.test(w)) { f |= G_DEMONYM; break; }
    g[i] |= f;
    const cs = lex.caseSensitive.get(w);
    if (cs) g[i] |= cs === 'LOC' ? G_LOC_B : G_ORG_B;
    const lens = lex.firstLens.get(k);
    if (!lens) continue;
    for (const len of lens) {
      if (i + len > sentEnd[i]) continue;
      const key = len === 1 ? k : tokensKey(words.slice(i, i + len));
      const type = lex.names.get(key);
      if (!type) continue;
      g[i] |= type === 'LOC' ? G_LOC_B : G_ORG_B;
      for (let j = i + 1; j < i + len; j++) g[j] |= type === 'LOC' ? G_LOC_I : G_ORG_I;
      break;
    }
  }
  return g;
}
