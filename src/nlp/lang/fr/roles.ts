import { registerRoleWords } from '../../ner/lang-words';

const w = (s: string) => s.split(/\s+/).filter(Boolean);

/** French words of the role finder (src/nlp/ner/roles.ts). */
export const FR_ROLE_WORDS = registerRoleWords('fr', {
  nouns: w(`candidat candidate préfet préfète expert experte médecin habitant habitante fondateur fondatrice milliardaire leader
    sous-préfet procureur-adjoint négociateur négociatrice envoyé envoyée`),
  suffixes: [],
  links: w(`de du des d' d’ à au aux pour en chez et`),
  // Adjectives after a role: "président américain", "maire travailliste", "ministre russe".
  adjective: /^\p{Ll}+(?:ain|aine|ais|aise|ois|oise|ien|ienne|éen|éenne|ique|iques|iste|al|ale|el|elle|if|ive|aire|ier|ière|ières|ères|ers)$/u,
  adjectives: w(`russe russes belge belges suisse suisses turc turque grec grecque tchèque slovaque allemand allemande conservateur conservatrice
    démocrate démocrates écologiste centriste sortant sortante`),
  adjectivesAfter: true,
  relative: { pronouns: w(`qui`), verbs: w(`dirige préside commande`) },
});
