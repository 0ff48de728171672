import { registerAgreementWords } from '../../ner/lang-words';

const w = (s: string) => s.split(/\s+/).filter(Boolean);

/** French words of the agreement finder (src/nlp/ner/agreements.ts). */
export const FR_AGREEMENT_WORDS = registerAgreementWords('fr', {
  nouns: w(`arrêté législation constitution`),
  compoundSuffixes: [],
  minCompoundPrefix: 3,
  compoundNotAgreement: [],
  conjunctions: w(`et ou &`),
  genitives: w(`de du des d' d’`),
  topicLinks: w(`relatif relative concernant instituant portant sur`),
  subjectLinks: w(`de d' d’`),
  protocolWords: w(`protocole protocoles`),
  techWords: w(`réseau communication`),
  abbreviations: w(`mou`),
  adoption: w(`signé signée signés signées adopté adoptée adoptés adoptées ratifié ratifiée ratifiés ratifiées voté votée promulgué promulguée conclu
    conclue approuvé approuvée signe adopte ratifie vote promulgue`),
  subjectParticiple: /^[a-zàâçéèêëîïôûùüÿœ]{3,}ant$/,
  notAgreementModifiers: w(`martiale internationale international humanitaire pénal pénale civil civile nouvelle même actuelle`),
  founding: w(`fondateur fondatrice constitutif`),
  founded: w(`fondé fondée créé créée formé formée établi établie création fondation`),
});
