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
 *   works the same in Node and in the extension. Loaded once, then cached.
 * - Trained by `npm run train:ner -- --lang <xx>` on WikiANN (CC BY-SA) only.
 */
import type { Token } from '../tokenize';
import type { NerSpan, Span } from '../types';
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
  const load = LOADERS[code];
  const p: Promise<Tagger | null> = load
    ? load().then((m) => makeTagger(code, decodeWeights(base64ToBytes(m.default))))
    : Promise.resolve(null);
  cache.set(code, p);
  p.catch(() => cache.delete(code));
  return p;
}

function makeTagger(lang: string, w: Weights): Tagger {
  return {
    lang,
    tag(text: string, tokens: Token[], sentences: Span[]): NerSpan[] {
      if (!text || !tokens.length) return [];
      const sents = sentences.length ? sentences : [{ start: 0, end: text.length }];
      return tagWith(w, tokens, sents);
    },
  };
}
