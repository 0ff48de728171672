import type { NlpOptions, NlpResult } from './types';

/**
 * The NLP pipeline: text → sentences, organisations, people, places, agreements, dates.
 * Async because language packs are loaded lazily (dynamic import) when their language is seen.
 * PLACEHOLDER (owned by the NER work): returns nothing yet.
 */
export async function analyseText(text: string, opts: NlpOptions = {}): Promise<NlpResult> {
  return {
    lang: opts.lang ?? 'en',
    supported: true,
    sentences: text.length ? [{ start: 0, end: text.length }] : [],
    organisations: [],
    people: [],
    places: [],
    agreements: [],
    dates: [],
  };
}
