import { registerAgreementWords } from '../../ner/lang-words';

const w = (s: string) => s.split(/\s+/).filter(Boolean);

/** Spanish words of the agreement finder (src/nlp/ner/agreements.ts). */
export const ES_AGREEMENT_WORDS = registerAgreementWords('es', {
  nouns: w(`legislación constitución ordenanza`),
  compoundSuffixes: [],
  minCompoundPrefix: 3,
  compoundNotAgreement: [],
  conjunctions: w(`y e o u &`),
  genitives: w(`de del`),
  topicLinks: w(`sobre relativo relativa relativos relativas por para contra`),
  subjectLinks: w(`de`),
  protocolWords: w(`protocolo protocolos`),
  techWords: w(`red comunicación comunicaciones`),
  abbreviations: [],
  adoption: w(`firmado firmada firmados firmadas aprobado aprobada aprobados aprobadas ratificado ratificada ratificados ratificadas suscrito suscrita
    convalidado convalidada publicado publicada firmó aprobó ratificó suscribió convalidó firma aprueba ratifica`),
  notAgreementModifiers: w(`marcial internacional humanitario humanitaria penal civil nueva nuevo misma mismo actual vigente`),
  founding: w(`fundacional constitutivo constitutiva`),
  founded: w(`fundado fundada creado creada constituido constituida fundación creación`),
});
