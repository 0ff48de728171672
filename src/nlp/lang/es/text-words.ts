/**
 * Spanish words for the sentence splitter and the summary. Data only: read by
 * src/nlp/lang/text-words.ts. Lower case.
 */
export const TEXT_WORDS = {
  /** Abbreviations (without their final dot) after which a full stop does not end a sentence. */
  abbreviations: ["sra", "srta", "dña", "dra", "excmo", "excma", "ilmo", "ilma", "avda", "núm", "pág"],
  /** Month names and prefixes: the dot of a day before a month ("4. Juni") does not end a sentence. Spanish writes "4 de junio": none. */
  months: [],
  /** Words before an ordinal number ("seinen 14. Titel"): the number's dot does not end the sentence. */
  ordinalBefore: [],
  /** Words that open a sentence after a number ("… wurde 83. Er starb …"): the dot ends it after all. */
  sentenceStarters: [],
  /** Line openers of captions, credits, teasers and sharing lines (when followed by ":" "|" "•" or a dash). */
  junkStarts: ["imagen", "imágenes", "fuente", "lee también", "leer más", "te puede interesar", "más información", "publicidad", "compartir", "actualizado", "publicado", "foto", "fotografía"],
  /** Whole lines that are player or page furniture. */
  junkLines: [],
  /** Marks of a photo caption inside a sentence. */
  captionMarks: ["(archivo)", "(a la izquierda)", "(a la derecha)", "en la imagen"],
  /** Day, month and "yesterday / today" words: a sentence that says when something happened. */
  whenWords: ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "ayer", "hoy", "anoche", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
  /** Pronouns and demonstratives that open a sentence continuing the one before. */
  openers: ["él", "ella", "ellos", "ellas", "este", "esta", "estos", "estas", "esto", "eso", "ese", "esa", "su", "sus", "además", "también"],
  /** First-person pronouns and determiners (speech: a quoted reaction rather than the reporter's news); "x'" an elided or contracted form. */
  firstPerson: ["yo", "me", "mi", "mis", "mío", "mía", "míos", "mías", "conmigo", "nosotros", "nosotras", "nos", "nuestro", "nuestra", "nuestros", "nuestras"],
  /** Function words, ignored when comparing sentences. */
  stopwords: `a al algo algunas algunos ante antes como con contra cual cuando de del desde donde durante e el ella ellas ellos en entre era eran es esa esas ese eso esos esta estaba estado estas este esto estos fue fueron ha han hasta hay la las le les lo los más me mi mientras muy nada ni no nos o otra otras otro otros para pero poco por porque que quien se sea según ser si sido sin sobre son su sus también tanto te tiene tienen todo todos tras un una uno unos y ya año años según dijo ha señalado`.split(' '),
  /** Words that deny an actor just before it ("no group claimed …", "aucun groupe n'a revendiqué …"). */
  negations: ["ningún", "ninguna", "ninguno", "no", "nunca", "jamás", "nadie", "sin", "ni"],
  /** Verbs by which an actor denies ("… denied involvement"). */
  denials: ["negó", "niega", "niegan", "negaron", "desmintió", "desmiente", "desmienten"],
  /** Prepositions (not the agent's "by" / "par" / "von" / "door" / "por") and genitive articles: a name after one is a place, a source or an object, not the headline's who ("outside a McDonald's", "ministre de la Défense"). */
  notActorAfter: ["en", "a", "al", "de", "del", "con", "para", "contra", "sobre", "desde", "hacia", "según", "entre", "ante", "tras"],
  /** Determiners that may stand between such a preposition and the name. */
  determiners: ["el", "la", "los", "las", "un", "una", "su", "sus"],
  /** Imperatives that open an invitation to the outlet's own content; with a first-person word ("Découvrez toutes nos vidéos", "Watch our video") the sentence is a promotion, not news. */
  promoStarts: ["descubre", "mira", "lee", "sigue", "suscríbete a", "escucha", "consulta"],
};
