import { registerRoleWords } from '../../ner/lang-words';

const w = (s: string) => s.split(/\s+/).filter(Boolean);

/** Spanish words of the role finder (src/nlp/ner/roles.ts). */
export const ES_ROLE_WORDS = registerRoleWords('es', {
  nouns: w(`vecino vecina residente experto experta investigador investigadora profesor profesora catedrático catedrática médico médica técnico técnica
    fundador fundadora habitante ingeniero ingeniera agricultor agricultora voluntario voluntaria bombero bombera enviado enviada negociador negociadora`),
  suffixes: [],
  links: w(`de del para en y`),
  // Adjectives after a role: "presidente valenciano", "ministra española", "alcaldesa socialista".
  adjective: /^\p{Ll}+(?:ano|ana|anos|anas|és|esa|eses|ense|ista|istas|al|ales|ico|ica|ivo|iva|ario|aria|ero|era|ino|ina)$/u,
  adjectives: w(`popular populares belga belgas adjunto adjunta interino interina saliente autonómico autonómica`),
  adjectivesAfter: true,
  relative: { pronouns: w(`que quien`), verbs: w(`dirige preside encabeza coordina`) },
});
