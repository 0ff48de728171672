/**
 * Trained NER tagger (averaged perceptron over hashed features, BIO labels, Viterbi) — public API.
 *
 * Usage (engine side):
 *   import { loadTagger } from './model';
 *   const tagger = await loadTagger('nl');            // null when no weights for the language
 *   const spans = tagger ? tagger.tag(text, tokenize(text), sentences) : [];  // NerSpan[]: ORG/PER/LOC
 *
 * - Spans are non-overlapping, sorted, within the text, aligned to token boundaries (a possessive
 *   "'s" is split off: "Germany's" → "Germany").
 * - Weights (src/nlp/model/weights/<lang>.ts, base64) are imported lazily per language: no fs,
 *   works the same in Node and in the extension. Loaded once, then cached. The extension build
 *   ships the weights only for languages whose pack uses the tagger (wxt.config.ts); the others
 *   stay in the repo for `eval:ner --component model` and the tests.
 * - Features include the engine's gazetteers and cue words (src/nlp/ner/lexicon.ts, the language
 *   pack) as evidence bits, so loading a tagger also loads the language pack.
 * - Trained by `npm run train:ner -- --lang <xx>` on WikiANN (CC BY-SA) only (German: plus half of
 *   GermEval 2014 dev, CC BY 4.0). See weights/README.md.
 */
import type { Token } from '../tokenize';
import type { NerSpan, Span } from '../types';
import { lexiconFor, type Lexicon } from '../ner/lexicon';
import { loadPack } from '../ner/pack';
import { base64ToBytes, decodeWeights, tagWith, type Weights } from './tagger';

export interface Tagger {
  readonly lang: string;
  /** Tag a whole text: tokens from tokenize(text), sentences as offset spans (may be empty). */
  tag(text: string, tokens: Token[], sentences: Span[]): NerSpan[];
}

const LOADERS: Record<string, () => Promise<{ default: string }>> = {
  nl: () => import('./weights/nl'),
  en: () => import('./weights/en'),
  de: () => import('./weights/de'),
  fr: () => import('./weights/fr'),
};

const cache = new Map<string, Promise<Tagger | null>>();

export function loadTagger(lang: string): Promise<Tagger | null> {
  const code = (lang || '').toLowerCase().split(/[-_]/)[0];
  const hit = cache.get(code);
  if (hit) return hit;
  const load = Object.prototype.hasOwnProperty.call(LOADERS, code) ? LOADERS[code] : null; // not "constructor" & co.
  const pack = load ? loadPack(code) : null;
  const p: Promise<Tagger | null> =
    load && pack
      ? Promise.all([load(), pack]).then(([m, pk]) => makeTagger(code, decodeWeights(base64ToBytes(m.default)), lexiconFor(pk)))
      : Promise.resolve(null);
  cache.set(code, p);
  p.catch(() => cache.delete(code));
  return p;
}

/** The gazetteer evidence the weights were trained with: the language pack's lexicon. */
export async function lexiconForLang(lang: string): Promise<Lexicon | null> {
  const pack = loadPack(lang);
  return pack ? lexiconFor(await pack) : null;
}

function makeTagger(lang: string, w: Weights, lex: Lexicon): Tagger {
  return {
    lang,
    tag(text: string, tokens: Token[], sentences: Span[]): NerSpan[] {
      if (!text || !tokens.length) return [];
      const sents = sentences.length ? sentences : [{ start: 0, end: text.length }];
      return tagWith(w, lex, tokens, sents);
    },
  };
}
