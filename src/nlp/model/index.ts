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
 * - Weights are a data asset per language (data/model/<lang>.bin, the binary format of ./tagger.ts),
 *   read lazily through src/data/assets.ts (from disk in Node, the packaged file in the extension). Loaded
 *   once, then cached. The extension build ships the weights only for languages whose pack uses the
 *   tagger (extensionAssets(), wxt.config.ts); the others stay in data/model/ for
 *   `eval:ner --component model` and the tests.
 * - Features include the engine's gazetteers and cue words (src/nlp/ner/lexicon.ts, the language
 *   pack) as evidence bits, so loading a tagger also loads the language pack.
 * - Trained by `npm run train:ner -- --lang <xx>` on WikiANN (CC BY-SA) only (German: plus half of
 *   GermEval 2014 dev, CC BY 4.0). See data/model/README.md.
 */
import type { Token } from '../tokenize';
import type { NerSpan, Span } from '../types';
import { lexiconFor, type Lexicon } from '../ner/lexicon';
import { loadPack } from '../ner/pack';
import { readAsset, weightsAsset } from '../../data/assets';
import { decodeWeights, tagWith, type Weights } from './tagger';

export interface Tagger {
  readonly lang: string;
  /** Tag a whole text: tokens from tokenize(text), sentences as offset spans (may be empty). */
  tag(text: string, tokens: Token[], sentences: Span[]): NerSpan[];
}

/** Languages with trained weights (data/model/<lang>.bin). */
const WEIGHTS_LANGS = ['nl', 'en', 'de', 'fr'];

const cache = new Map<string, Promise<Tagger | null>>();

export function loadTagger(lang: string): Promise<Tagger | null> {
  const code = (lang || '').toLowerCase().split(/[-_]/)[0];
  const hit = cache.get(code);
  if (hit) return hit;
  const pack = WEIGHTS_LANGS.includes(code) ? loadPack(code) : null;
  const p: Promise<Tagger | null> = pack
    ? Promise.all([readAsset(weightsAsset(code)), pack]).then(([bytes, pk]) => makeTagger(code, decodeWeights(bytes), lexiconFor(pk)))
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
