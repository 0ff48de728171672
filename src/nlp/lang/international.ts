/**
 * Words every supported language's news uses alike, whatever the text's language: the English words that
 * end company, media and club names ("Omega Pharma", "Sky News", "Irion Technologies"). Read by every
 * pack's lexicon (src/nlp/ner/lexicon.ts).
 */
/** Words that end company, media and club names in any language's news ("Omega Pharma", "Sky News", "Irion Technologies"), lower case. */
export const INTERNATIONAL_ORG_WORDS: readonly string[] = `pharma pharmaceuticals technologies technology media telecom telecommunications communications software systems networks
  airlines airways motors energy capital partners holdings holding group international insurance radio tv records entertainment studios pictures
  electronics solutions services logistics securities investments investment brewery breweries foods chemicals steel petroleum railways newspapers
  news press corporation incorporated gmbh plc inc ltd llc united racing sporting fc afc cf sc`.split(/\s+/).filter(Boolean);

/** Abbreviations ending company names, written with their dot ("Barnett Banks Inc.", "Acme Corp."), lower case. */
export const INTERNATIONAL_COMPANY_ABBREVIATIONS: readonly string[] = ['inc', 'corp', 'co', 'ltd', 'bros', 'jr'];

/** Street and square words ending English place names that any language's news quotes ("Wall Street", "Downing Street", "Times Square"), lower case. */
export const INTERNATIONAL_FACILITY_ENDS: readonly string[] = ['street', 'avenue', 'square', 'road', 'boulevard'];

/** Surname prefixes that put a capital inside a person's name ("McDonald", "MacArthur", "DeSantis", "LeBron", "VanDyke", "FitzGerald"). */
export const CAMEL_NAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz|Al|El|Ben|Abu|O)\p{Lu}/u;
