import { registerAgreementWords } from '../../ner/lang-words';

const w = (s: string) => s.split(/\s+/).filter(Boolean);

/** English words of the agreement finder (src/nlp/ner/agreements.ts). */
export const EN_AGREEMENT_WORDS = registerAgreementWords('en', {
  nouns: w(`legislation`),
  compoundSuffixes: [],
  minCompoundPrefix: 3,
  compoundNotAgreement: [],
  conjunctions: w(`and or &`),
  genitives: w(`of`),
  topicLinks: w(`on establishing revising to`),
  subjectLinks: w(`of`),
  protocolWords: w(`protocol protocols`),
  techWords: w(`hypertext transfer transport network networking communication communications messaging wire gossip consensus routing handshake
    signalling signaling cryptographic authentication encryption`),
  abbreviations: w(`mou`),
  adoption: w(`signed adopted passed enacted ratified approved concluded introduced sign adopt pass enact ratify approve conclude`),
  subjectParticiple: /^[a-z]{3,}ing$/,
  notAgreementModifiers: w(`martial international humanitarian criminal civil common case constitutional domestic customary federal local state
    natural moral religious sharia islamic canon family labour labor tax company corporate property contract maritime human proposed draft new
    same current existing such any every`),
  founding: w(`founding`),
  founded: w(`founded formed created established creation founding`),
});
