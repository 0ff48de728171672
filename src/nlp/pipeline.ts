import { loadDateFinder } from './dates/find-dates';
import { groupDates } from './dates/group-dates';
import { detectLanguage, nonLatinScript } from './detect-language';
import { loadTagger } from './model';
import { linkAcronyms } from './ner/acronyms';
import { findAgreements } from './ner/agreements';
import { groupEntities } from './ner/entities';
import { lexiconFor } from './ner/lexicon';
import { loadPack, SUPPORTED_LANGS } from './ner/pack';
import { annotateTokens, recognise } from './ner/recognise';
import { splitSentences } from './sentences';
import { tokenize } from './tokenize';
import type { DateHit, NerSpan, NlpOptions, NlpResult } from './types';

/** Primary subtag, lower case ("nl-BE" → "nl"); '' when none. */
function primary(lang: string | null | undefined): string {
  return String(lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
}

/**
 * Chooses the language: the declared one when it is supported and the text does not clearly
 * say otherwise (another script, or a confident stop-word profile of another language);
 * otherwise the detected one.
 */
export function chooseLanguage(text: string, declared: string | null | undefined, certain = false): string {
  const d = primary(declared);
  if (d && certain) return d;
  const script = nonLatinScript(text);
  const guess = detectLanguage(text, script);
  if (!d) return guess.lang;
  if (script) return guess.lang; // the script decides: a "lang=en" template around a Russian article
  const mine = guess.scores[d] ?? 0;
  const theirs = guess.scores[guess.lang] ?? 0;
  // A page declared "en" whose text is plainly Dutch (templates often keep a default lang).
  // Only another supported language overrides the declaration: short stop words of other languages
  // ("i", "at", "for" are also Danish) must not make a results table unsupported.
  if (guess.lang !== d && SUPPORTED_LANGS.includes(guess.lang) && theirs >= 10 && theirs >= 3 * mine) return guess.lang;
  return d;
}

/**
 * Loads and builds ahead of time what analysing a text in `lang` needs (its pack and lexicon, its
 * date finder, the tagger where the pack uses one), so that a caller that can guess the language
 * early (the popup, from the page's lang attribute while the page is still being read) does not pay
 * for it once the text arrives. Everything it builds is cached and shared with analyseText.
 * Resolves true when the language is supported and ready; never rejects.
 */
export async function prepareLanguage(lang: string | null | undefined): Promise<boolean> {
  const code = String(lang ?? '').toLowerCase().split(/[-_]/)[0];
  if (!SUPPORTED_LANGS.includes(code)) return false;
  try {
    const pack = await loadPack(code);
    if (!pack) return false;
    lexiconFor(pack);
    await Promise.all([(pack.tagger ?? 'off') !== 'off' ? loadTagger(code) : null, loadDateFinder(code)]);
    return true;
  } catch {
    return false;
  }
}

/**
 * The NLP pipeline: text → sentences, organisations, people, places, agreements, dates.
 * Language packs, the tagger's weights and the date packs are loaded lazily (dynamic import)
 * the first time their language is seen. Unsupported languages get sentences only: empty
 * entity lists and supported=false, never guesses.
 */
export async function analyseText(text: string, opts: NlpOptions = {}): Promise<NlpResult> {
  const src = typeof text === 'string' ? text : '';
  const lang = chooseLanguage(src, opts.lang, opts.langCertain) || 'und';
  const packP = SUPPORTED_LANGS.includes(lang) ? loadPack(lang) : null;
  const empty = (supported: boolean, sentences = splitSentences(src)): NlpResult => ({
    lang,
    supported,
    sentences,
    organisations: [],
    people: [],
    places: [],
    agreements: [],
    dates: [],
  });
  if (!packP) return empty(false);
  if (!/\S/.test(src)) return empty(true, []); // blank (as !src.trim(), without copying the text)
  const pack = await packP;
  const [tagger, dateFinder] = await Promise.all([
    (pack.tagger ?? 'off') !== 'off' ? loadTagger(lang).catch(() => null) : null,
    loadDateFinder(lang).catch(() => null),
  ]);
  const lex = lexiconFor(pack);
  const sentences = splitSentences(src, pack.abbreviations, lang);
  const tokens = tokenize(src);
  const toks = annotateTokens(src, tokens, sentences);

  let dateHits: DateHit[] = [];
  try {
    dateHits = dateFinder ? dateFinder(src, opts.published ?? null) : [];
  } catch {
    dateHits = [];
  }

  let modelSpans: NerSpan[] = [];
  try {
    modelSpans = tagger ? tagger.tag(src, tokens, sentences) : [];
  } catch {
    modelSpans = [];
  }

  const spans = recognise(lex, toks, modelSpans);
  const links = linkAcronyms(lex, src, toks, spans);
  const agreements = findAgreements(lex, src, toks, dateHits);
  // Names inside an agreement's name stay entities of their own ("Benelux Unie" in "Verdrag van de Benelux Unie").
  const grouped = groupEntities(lex, src, toks, spans, links, agreements, opts.explain);
  return {
    lang,
    supported: true,
    sentences,
    ...grouped,
    dates: groupDates(dateHits),
  };
}
