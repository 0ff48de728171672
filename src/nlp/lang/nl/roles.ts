import { registerRoleWords } from '../../ner/lang-words';

const w = (s: string) => s.split(/\s+/).filter(Boolean);

/** Dutch words of the role finder (src/nlp/ner/roles.ts). */
export const NL_ROLE_WORDS = registerRoleWords('nl', {
  nouns: w(`aanklager kamervoorzitter deskundige expert inwoner inwoonster oprichter oprichtster miljardair minister-president topambtenaar
    verslaggever kandidaat`),
  suffixes: w(`voorzitter voorzitster minister woordvoerder woordvoerster directeur leider commissaris secretaris aanklager deskundige`),
  links: w(`van voor bij in en`),
  // Nationality adjectives before a role: "Amerikaanse president", "Franse minister".
  adjective: /^\p{Lu}\p{Ll}+(?:se|sche|aanse|ese)$/u,
  adjectives: w(`openbaar openbare damalige toenmalige toenmalig`),
  articles: w(`de het een deze die dit dat zijn haar hun onze ons mijn uw`),
  relative: { pronouns: [], verbs: [] },
});
