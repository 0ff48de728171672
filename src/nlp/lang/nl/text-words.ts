/**
 * Dutch words for the sentence splitter and the summary. Data only: read by
 * src/nlp/lang/text-words.ts. Lower case.
 */
export const TEXT_WORDS = {
  /** Abbreviations (without their final dot) after which a full stop does not end a sentence. */
  abbreviations: ["mevr", "dhr", "bijv", "drs", "ir", "ing", "nr", "vgl", "blz", "art"],
  /** Month names and prefixes: the dot of a day before a month ("4. Juni") does not end a sentence. */
  months: ["jan", "feb", "mrt", "maart", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
  /** Words before an ordinal number ("seinen 14. Titel"): the number's dot does not end the sentence. */
  ordinalBefore: ["de", "het", "een", "zijn", "haar", "hun"],
  /** Words that open a sentence after a number ("… wurde 83. Er starb …"): the dot ends it after all. */
  sentenceStarters: [],
  /** Line openers of captions, credits, teasers and sharing lines (when followed by ":" "|" "•" or a dash). */
  junkStarts: ["foto", "foto's", "fotos", "fotografie", "afbeelding", "illustratie", "bron", "lees ook", "lees meer", "lees verder", "advertentie", "gesponsord", "delen", "trefwoorden", "bijgewerkt", "gepubliceerd", "beeld"],
  /** Whole lines that are player or page furniture. */
  junkLines: [],
  /** Marks of a photo caption inside a sentence. */
  captionMarks: ["(links)", "(rechts)", "(foto)", "(archief)", "op de foto"],
  /** Day, month and "yesterday / today" words: a sentence that says when something happened. */
  whenWords: ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "gisteren", "vandaag", "vanavond", "vannacht", "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
  /** Pronouns and demonstratives that open a sentence continuing the one before. */
  openers: ["hij", "zij", "ze", "het", "hun", "zijn", "haar", "dit", "deze", "dat", "die", "daar", "er"],
  /** First-person pronouns and determiners (speech: a quoted reaction rather than the reporter's news); "x'" an elided or contracted form. */
  firstPerson: ["ik", "mij", "me", "mijn", "wij", "we", "ons", "onze"],
  /** Function words, ignored when comparing sentences. */
  stopwords: `aan af al alle alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is ja je kan kon kunnen maar me meer men met mij mijn moet na naar niet niets nog nu of om omdat ons ook op over reeds te tegen toch toen tot u uit uw van veel voor want waren was wat we wel werd wezen wie wij wil worden wordt zal ze zei zelf zich zij zijn zo zonder zou zegt volgens jaar ook twee drie onder tussen sinds waar waarin waarbij hebben hadden werden zullen kunnen moeten dient deze dezelfde dergelijke`.split(' '),
  /** Words that deny an actor just before it ("no group claimed …", "aucun groupe n'a revendiqué …"). */
  negations: ["geen", "niet", "niemand", "nooit", "noch", "zonder"],
  /** Verbs by which an actor denies ("… denied involvement"). */
  denials: ["ontkende", "ontkent", "ontkennen", "ontkend"],
  /** Prepositions (not the agent's "by" / "par" / "von" / "door" / "por") and genitive articles: a name after one is a place, a source or an object, not the headline's who ("outside a McDonald's", "ministre de la Défense"). */
  notActorAfter: ["in", "op", "aan", "bij", "uit", "naar", "met", "voor", "tegen", "over", "onder", "van", "tot", "om", "achter", "naast", "tussen", "volgens", "binnen"],
  /** Determiners that may stand between such a preposition and the name. */
  determiners: ["de", "het", "een", "zijn", "haar", "hun"],
  /** Imperatives that open an invitation to the outlet's own content; with a first-person word ("Découvrez toutes nos vidéos", "Watch our video") the sentence is a promotion, not news. */
  promoStarts: ["bekijk", "lees", "luister naar", "volg", "abonneer je op", "ontdek"],
};
