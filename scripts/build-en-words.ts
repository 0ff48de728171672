/**
 * Generates data/lexicon/en-words.json (a data asset, read by src/nlp/lang/en/pack.ts) from compromise's English lexicon (compromise is MIT
 * licensed; its lexicon is its authors' own word list, no news corpus): the single lower-case words
 * it knows in word classes that do not start a person's name (adjectives, verb forms, plurals, adverbs,
 * function words, interjections, nationality words), those that do not end one (plurals, gerunds), and
 * the words it knows as first names.
 *
 *   npx tsx scripts/build-en-words.ts   (deterministic: sorted output; rerun after upgrading compromise)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import nlp from 'compromise';

// Word classes that do not start a person's name. Nouns are left out on purpose: many surnames and
// given names are also nouns (Baker, King, Rose, Win, Gail).
const NOT_NAME_START = new Set(`Adjective Comparative Superlative Gerund Infinitive PastTense PresentTense Plural Adverb Preposition Conjunction
  Pronoun Determiner Expression Modal Copula Demonym QuestionWord Participle PhrasalVerb Imperative Condition Negative Possessive Reflexive Verb
  Ordinal Cardinal TextValue Month WeekDay Duration`.split(/\s+/));
// Word classes that do not end a person's name: plural nouns ("Tarot Cards", "Bond Traders"), gerunds, -s verb forms.
const NOT_NAME_END = new Set(['Plural', 'Gerund', 'PresentTense']);
const NAME_LIKE = new Set(['LastName', 'Person', 'Place', 'City', 'Region', 'Country', 'Organization', 'SportsTeam', 'ProperNoun', 'Honorific', 'Abbreviation']);
const FIRST = new Set(['MaleName', 'FemaleName', 'FirstName']);
// Articles of other languages that start names ("Les Ferdinand", "El Hassane", "La Guardia").
const FOREIGN_ARTICLES = new Set(['el', 'la', 'le', 'les', 'los', 'las', 'al', 'du', 'des', 'di', 'da', 'de', 'del', 'della', 'van', 'von', 'der', 'den']);

const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
const common: string[] = [];
const tails: string[] = [];
const first: string[] = [];
for (const [word, tag] of Object.entries(lexicon)) {
  // Single letters are initials in names ("M. Waugh").
  if (!/^[a-z][a-z'’-]+$/.test(word) || FOREIGN_ARTICLES.has(word)) continue;
  const tags = ([] as string[]).concat(tag);
  if (tags.some((t) => FIRST.has(t))) first.push(word);
  else {
    // A word with a name reading as well (LastName, Person, Place, Organization…) stays possible.
    const nameLike = tags.some((t) => NAME_LIKE.has(t));
    if (!nameLike && tags.some((t) => NOT_NAME_START.has(t))) common.push(word);
    // "Fortune Telling": -ing words known only as gerunds or adjectives.
    if (tags.every((t) => NOT_NAME_END.has(t)) || (/ing$/.test(word) && tags.every((t) => t === 'Gerund' || t === 'Adjective'))) tails.push(word);
  }
}
common.sort();
tails.sort();
first.sort();
const version = (nlp as unknown as { version: string }).version;
// One string of space-separated words per list (smaller than a JSON array, gzip included); key order fixed.
const data = {
  generatedBy: `scripts/build-en-words.ts from compromise ${version} (MIT licence, https://github.com/spencermountain/compromise): its English lexicon's common words and first names. Do not edit by hand.`,
  /** Lower-case English words that do not start a name (adjectives, verb forms, plurals, adverbs, function words, interjections, nationality words). */
  notNameStart: common.join(' '),
  /** Lower-case English words that do not end a name (plural nouns, gerunds). */
  notNameEnd: tails.join(' '),
  /** Lower-case English first names. */
  firstNames: first.join(' '),
};
const out = JSON.stringify(data) + '\n';
const file = join(import.meta.dirname, '..', 'data', 'lexicon', 'en-words.json');
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, out);
console.log(`not a name start: ${common.length}, not a name end: ${tails.length}, first names: ${first.length}, ${out.length} bytes → ${file}`);
