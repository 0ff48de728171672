/**
 * German words for the sentence splitter and the summary. Data only: read by
 * src/nlp/lang/text-words.ts. Lower case.
 */
export const TEXT_WORDS = {
  /** Abbreviations (without their final dot) after which a full stop does not end a sentence. */
  abbreviations: ["z.b", "bzw", "usw", "vgl", "ca"],
  /** Month names and prefixes: the dot of a day before a month ("4. Juni") does not end a sentence. */
  months: ["jan", "feb", "mär", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez", "januar", "februar", "märz", "april", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
  /** Words before an ordinal number ("seinen 14. Titel"): the number's dot does not end the sentence. */
  ordinalBefore: ["den", "dem", "der", "des", "die", "das", "einen", "einem", "einer", "eines", "ein", "seinen", "seinem", "seiner", "seines", "sein", "ihren", "ihrem", "ihrer", "ihres", "ihr", "zum", "zur", "im", "am", "vom", "beim", "ins", "bis", "ab", "seit", "vor", "nach", "um", "für"],
  /** Words that open a sentence after a number ("… wurde 83. Er starb …"): the dot ends it after all. */
  sentenceStarters: ["der", "die", "das", "er", "sie", "es", "wir", "ich", "ihr", "man", "dies", "diese", "dieser", "dieses", "dann", "doch", "auch", "aber", "und", "nun", "so", "da", "damit", "danach", "deshalb", "trotzdem", "zudem", "jetzt", "heute"],
  /** Line openers of captions, credits, teasers and sharing lines (when followed by ":" "|" "•" or a dash). */
  junkStarts: ["foto", "fotos", "bild", "bilder", "video", "quelle", "illustration", "mehr zum thema", "mehr lesen", "lesen sie auch", "auch interessant", "anzeige", "teilen", "schlagwörter", "aktualisiert", "veröffentlicht", "bildquelle", "bildnachweis"],
  /** Whole lines that are player or page furniture. */
  junkLines: [],
  /** Marks of a photo caption inside a sentence. */
  captionMarks: ["(links)", "(rechts)", "(bild)", "(archivbild)", "(symbolbild)", "im bild"],
  /** Day, month and "yesterday / today" words: a sentence that says when something happened. */
  whenWords: ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "gestern", "heute", "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
  /** Pronouns and demonstratives that open a sentence continuing the one before. */
  openers: ["er", "sie", "es", "ihr", "ihre", "sein", "seine", "dies", "diese", "dieser", "dieses", "das", "dort", "da"],
  /** First-person pronouns and determiners (speech: a quoted reaction rather than the reporter's news); "x'" an elided or contracted form. */
  firstPerson: ["ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner", "meines", "wir", "uns", "unser", "unsere", "unseren", "unserem", "unserer", "unseres"],
  /** Function words, ignored when comparing sentences. */
  stopwords: `aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei bin bis bist da damit dann das dass daß dem den denn der des dessen die dies diese diesem diesen dieser dieses doch dort du durch ein eine einem einen einer eines er es etwa euch für gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer im in ins ist ja jede jedem jeden jeder jedes jetzt kann kein keine können könnte man manche mehr mein mit muss musste nach nicht nichts noch nun nur ob oder ohne sehr sei sein seine seinem seinen seiner seit sich sie sind so solche soll sollte sondern sowie über um und uns unser unter vom von vor wann war waren warum was weil welche wenn wer werde werden wie wieder will wir wird wo wurde wurden zu zum zur zwei drei jahr jahre sagte laut`.split(' '),
  /** Words that deny an actor just before it ("no group claimed …", "aucun groupe n'a revendiqué …"). */
  negations: ["kein", "keine", "keinen", "keinem", "keiner", "keines", "nicht", "niemand", "nie", "niemals", "weder", "ohne"],
  /** Verbs by which an actor denies ("… denied involvement"). */
  denials: ["bestritt", "bestreitet", "bestritten", "dementierte", "dementiert"],
  /** Prepositions (not the agent's "by" / "par" / "von" / "door" / "por") and genitive articles: a name after one is a place, a source or an object, not the headline's who ("outside a McDonald's", "ministre de la Défense"). */
  notActorAfter: ["in", "im", "am", "an", "auf", "aus", "bei", "beim", "mit", "nach", "zu", "zum", "zur", "vor", "gegen", "für", "über", "unter", "um", "ohne", "seit", "hinter", "neben", "zwischen", "laut", "gemäß", "des"],
  /** Determiners that may stand between such a preposition and the name. */
  determiners: ["der", "die", "das", "dem", "den", "ein", "eine", "einem", "einen", "einer", "eines", "seinem", "seiner", "ihrem", "ihrer"],
  /** Imperatives that open an invitation to the outlet's own content; with a first-person word ("Découvrez toutes nos vidéos", "Watch our video") the sentence is a promotion, not news. */
  promoStarts: ["lesen sie", "sehen sie", "hören sie", "folgen sie", "abonnieren sie", "entdecken sie", "verfolgen sie"],
};
