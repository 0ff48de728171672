import { registerAgreementWords } from '../../ner/lang-words';

const w = (s: string) => s.split(/\s+/).filter(Boolean);

/** Dutch words of the agreement finder (src/nlp/ner/agreements.ts). */
export const NL_AGREEMENT_WORDS = registerAgreementWords('nl', {
  nouns: w(`wetgeving`),
  compoundSuffixes: w(`wet verdrag akkoord overeenkomst protocol conventie pact handvest`),
  minCompoundPrefix: 4,
  compoundNotAgreement: w(`arbeids huur koop hypotheek lease verzekerings spelers natuur`),
  conjunctions: w(`en &`),
  genitives: w(`van`),
  topicLinks: w(`inzake betreffende houdende tot over`),
  subjectLinks: w(`van`),
  protocolWords: w(`protocol protocollen`),
  techWords: w(`netwerk communicatie`),
  abbreviations: w(`mou`),
  adoption: w(`ondertekend getekend aangenomen goedgekeurd geratificeerd gesloten ingevoerd ondertekende tekende nam keurde sloot`),
  notAgreementModifiers: w(`internationale internationaal humanitaire humanitair strafrechtelijke nieuwe zelfde huidige`),
  founding: w(`oprichtings`),
  founded: w(`opgericht gesticht`),
});
