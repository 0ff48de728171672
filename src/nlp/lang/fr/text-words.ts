/**
 * French words for the sentence splitter and the summary. Data only: read by
 * src/nlp/lang/text-words.ts. Lower case.
 */
export const TEXT_WORDS = {
  /** Abbreviations (without their final dot) after which a full stop does not end a sentence. */
  abbreviations: ["m", "mme", "mlle", "mm", "etc", "art"],
  /** Month names and prefixes: the dot of a day before a month ("4. Juni") does not end a sentence. */
  months: ["janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc", "janvier", "février", "avril", "juillet", "septembre", "octobre", "novembre", "décembre"],
  /** Words before an ordinal number ("seinen 14. Titel"): the number's dot does not end the sentence. */
  ordinalBefore: [],
  /** Words that open a sentence after a number ("… wurde 83. Er starb …"): the dot ends it after all. */
  sentenceStarters: [],
  /** Line openers of captions, credits, teasers and sharing lines (when followed by ":" "|" "•" or a dash). */
  junkStarts: ["photo", "photos", "image", "images", "vidéo", "crédit", "crédits", "source", "illustration", "lire aussi", "lire la suite", "à lire aussi", "voir aussi", "publicité", "partager", "mots-clés", "mis à jour", "publié", "crédit photo", "crédits photo"],
  /** Whole lines that are player or page furniture. */
  junkLines: [],
  /** Marks of a photo caption inside a sentence. */
  captionMarks: ["(à gauche)", "(à droite)", "(photo)", "(archives)", "(illustration)", "sur la photo"],
  /** Day, month and "yesterday / today" words: a sentence that says when something happened. */
  whenWords: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  /** Pronouns and demonstratives that open a sentence continuing the one before. */
  openers: ["il", "elle", "ils", "elles", "on", "ce", "cette", "ces", "cela", "ça", "celui", "celle", "son", "sa", "ses", "leur", "leurs"],
  /** First-person pronouns and determiners (speech: a quoted reaction rather than the reporter's news); "x'" an elided or contracted form. */
  firstPerson: ["je", "j'", "me", "m'", "moi", "mon", "ma", "mes", "nous", "notre", "nos"],
  /** Function words, ignored when comparing sentences. */
  stopwords: `a à afin ai aie ainsi alors au aucun aussi autre aux avait avant avec avoir c ça car ce ceci cela celle celles celui ces cet cette chaque comme comment d dans de des depuis deux donc dont du elle elles en encore entre est et été être eu fait faire il ils j je jusqu l la le les leur leurs lors lui m ma mais me même mes moi mon n ne ni nos notre nous on ont ou où par parce pas peu peut plus pour pourquoi qu quand que quel quelle quelles quels qui s sa sans se selon ses si son sont sous sur ta te tes toi ton tous tout toute toutes très tu un une vos votre vous y été étaient était sera seront a-t-il c'est d'un d'une l'a n'est qu'il qu'elle s'est année ans déclaré indiqué`.split(' '),
  /** Words that deny an actor just before it ("no group claimed …", "aucun groupe n'a revendiqué …"). */
  negations: ["aucun", "aucune", "pas", "ni", "jamais", "personne", "sans", "nul", "nulle"],
  /** Verbs by which an actor denies ("… denied involvement"). */
  denials: ["démenti", "dément", "démentent", "nié", "nie", "nient"],
  /** Prepositions (not the agent's "by" / "par" / "von" / "door" / "por") and genitive articles: a name after one is a place, a source or an object, not the headline's who ("outside a McDonald's", "ministre de la Défense"). */
  notActorAfter: ["à", "au", "aux", "de", "du", "des", "d'", "dans", "en", "sur", "sous", "chez", "vers", "pour", "avec", "contre", "devant", "derrière", "près", "entre", "après", "avant", "depuis", "pendant", "selon", "auprès"],
  /** Determiners that may stand between such a preposition and the name. */
  determiners: ["le", "la", "les", "l'", "un", "une", "son", "sa", "ses", "leur", "leurs"],
  /** Imperatives that open an invitation to the outlet's own content; with a first-person word ("Découvrez toutes nos vidéos", "Watch our video") the sentence is a promotion, not news. */
  promoStarts: ["découvrez", "retrouvez", "regardez", "écoutez", "lisez", "suivez", "abonnez-vous à", "inscrivez-vous à", "consultez", "revoyez"],
};
