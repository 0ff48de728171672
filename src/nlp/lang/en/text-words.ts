/**
 * English words for the sentence splitter and the summary. Data only: read by
 * src/nlp/lang/text-words.ts. Lower case.
 */
export const TEXT_WORDS = {
  /** Abbreviations (without their final dot) after which a full stop does not end a sentence. */
  abbreviations: ["mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "no", "vs", "etc", "fig", "vol", "p", "pp", "inc", "ltd", "co", "corp", "u.s", "u.k", "e.g", "i.e", "gen", "lt", "col", "sgt", "gov", "rep", "sen", "univ", "dept"],
  /** Month names and prefixes: the dot of a day before a month ("4. Juni") does not end a sentence. */
  months: ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
  /** Words before an ordinal number ("seinen 14. Titel"): the number's dot does not end the sentence. */
  ordinalBefore: [],
  /** Words that open a sentence after a number ("… wurde 83. Er starb …"): the dot ends it after all. */
  sentenceStarters: [],
  /** Line openers of captions, credits, teasers and sharing lines (when followed by ":" "|" "•" or a dash). */
  junkStarts: ["photo", "photos", "image", "images", "picture", "video", "credit", "copyright", "source", "caption", "read more", "read also", "see also", "related", "advertisement", "sponsored", "share", "tag", "tags", "updated", "published", "photo credit", "image credit"],
  /** Whole lines that are player or page furniture. */
  junkLines: ["media playback is not supported on this device"],
  /** Marks of a photo caption inside a sentence. */
  captionMarks: ["pictured", "(left)", "(right)", "(centre)", "(center)", "(above)", "(below)", "(file photo)", "(file)"],
  /** Day, month and "yesterday / today" words: a sentence that says when something happened. */
  whenWords: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
  /** Pronouns and demonstratives that open a sentence continuing the one before. */
  openers: ["he", "she", "they", "it", "his", "her", "their", "its", "this", "these", "those", "that", "there"],
  /** First-person pronouns and determiners (speech: a quoted reaction rather than the reporter's news); "x'" an elided or contracted form. */
  firstPerson: ["i", "i'", "me", "my", "mine", "myself", "we", "we'", "us", "our", "ours", "ourselves"],
  /** Function words, ignored when comparing sentences. */
  stopwords: `a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just me more most my no nor not now of off on once only or other our ours out over own said same she should so some such than that the their theirs them then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours yourself says say one two new also may might must shall its it's he's she's they're we're year years mr mrs ms`.split(' '),
  /** Words that deny an actor just before it ("no group claimed …", "aucun groupe n'a revendiqué …"). */
  negations: ["no", "not", "none", "never", "neither", "nor", "without"],
  /** Verbs by which an actor denies ("… denied involvement"). */
  denials: ["denied", "deny", "denies", "denying"],
  /** Prepositions (not the agent's "by" / "par" / "von" / "door" / "por") and genitive articles: a name after one is a place, a source or an object, not the headline's who ("outside a McDonald's", "ministre de la Défense"). */
  notActorAfter: ["in", "at", "on", "outside", "inside", "near", "from", "to", "into", "onto", "of", "for", "with", "about", "against", "across", "over", "under", "after", "before", "behind", "between", "through", "toward", "towards", "among", "around", "beside", "within", "without"],
  /** Determiners that may stand between such a preposition and the name. */
  determiners: ["a", "an", "the", "its", "their", "his", "her"],
  /** Imperatives that open an invitation to the outlet's own content; with a first-person word ("Découvrez toutes nos vidéos", "Watch our video") the sentence is a promotion, not news. */
  promoStarts: ["watch", "listen to", "read", "follow", "subscribe to", "sign up for", "discover"],
};
