import { describe, expect, it } from 'vitest';
import { agreementWordsFor, NO_AGREEMENT_WORDS, NO_ROLE_WORDS, roleWordsFor } from '../../../src/nlp/ner/lang-words';
import { lexiconFor } from '../../../src/nlp/ner/lexicon';
import { loadPack, SUPPORTED_LANGS } from '../../../src/nlp/ner/pack';
import { isRoleNoun } from '../../../src/nlp/ner/roles';

describe('role and agreement words live in each language folder', () => {
  it('loading a pack registers its role and agreement words', async () => {
    for (const code of SUPPORTED_LANGS) {
      await loadPack(code);
      expect(roleWordsFor(code), code).not.toBe(NO_ROLE_WORDS);
      expect(agreementWordsFor(code), code).not.toBe(NO_AGREEMENT_WORDS);
      expect(roleWordsFor(code).links.length, code).toBeGreaterThan(0);
      expect(agreementWordsFor(code).conjunctions.length, code).toBeGreaterThan(0);
    }
  });
  it('role nouns as the role finder reads them: listed, compound, inflected, hyphenated', async () => {
    const nl = lexiconFor((await loadPack('nl'))!);
    const de = lexiconFor((await loadPack('de'))!);
    expect(['Kamervoorzitter', 'woordvoerder', 'CDA-fractievoorzitter'].map((w) => isRoleNoun(nl, w))).toEqual([true, true, true]);
    expect(['Gemeindepräsidentin', 'Milliardärs', 'Aussenminister', 'Iran-Experte', 'Hochwasser'].map((w) => isRoleNoun(de, w))).toEqual([true, true, true, true, false]);
  });
});
