import { registerRoleWords } from '../../ner/lang-words';

const w = (s: string) => s.split(/\s+/).filter(Boolean);

/** German words of the role finder (src/nlp/ner/roles.ts). */
export const DE_ROLE_WORDS = registerRoleWords('de', {
  nouns: w(`landrat landrätin staatsrat staatsrätin gründer gründerin milliardär milliardärin arzt ärztin virologe virologin experte expertin
    anführer anführerin bewohner bewohnerin einwohner einwohnerin verhandlungsführer`),
  suffixes: w(`präsident präsidentin minister ministerin berater beraterin beauftragte beauftragter sprecher sprecherin direktor direktorin
    chef chefin leiter leiterin experte expertin vorsitzende vorsitzender kommissar kommissarin botschafter botschafterin gründer gründerin
    wissenschaftler wissenschaftlerin forscher forscherin ärztin arzt anwalt anwältin richter richterin sekretär sekretärin führer führerin
    bürgermeister bürgermeisterin`),
  inflections: w(`s es n en`),
  links: w(`für von vom der des am im bei zur zum und`),
  // Adjectives before a role: "der amerikanische Aussenminister", "der texanischen HNO-Ärztin", "der Walliser Staatsrat".
  adjective: /^(?:\p{Ll}+(?:e|en|er|es|em)|\p{Lu}\p{Ll}+er)$/u,
  articles: w(`der die das den dem des ein eine einen einem einer eines sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer unser unsere
    unseren unserem unserer dieser diese dieses diesem diesen`),
  relative: { pronouns: [], verbs: [] },
});
