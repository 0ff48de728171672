import { registerRoleWords } from '../../ner/lang-words';

const w = (s: string) => s.split(/\s+/).filter(Boolean);

/** English words of the role finder (src/nlp/ner/roles.ts). */
export const EN_ROLE_WORDS = registerRoleWords('en', {
  nouns: w(`undersecretary under-secretary undersecretary-general taoiseach mec councillor councilor constable superintendent inspector reporter
    resident residents lead candidate expert virologist scientist doctor billionaire spokesperson envoy negotiator activist owner`),
  suffixes: [],
  links: w(`of for to at in on with and`),
  // Nationality adjectives before a role: "Palestinian Ambassador", "Israeli Defence Minister".
  adjective: /^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|an|i)$/u,
  relative: { pronouns: w(`who`), verbs: w(`heads leads chairs directs oversees commands`) },
});
