import type { NlpResult } from '../nlp/types';
import type { SummarySentence } from '../brief/schema';

export interface Summary {
  sentences: SummarySentence[];
  headline: string;
}

/** Key sentences (3–5, extractive, reading order) and a who/what/when headline. PLACEHOLDER. */
export function summarise(text: string, nlp: NlpResult, _title = ''): Summary {
  const s = nlp.sentences.slice(0, 3).map((sp) => ({ start: sp.start, end: sp.end, text: text.slice(sp.start, sp.end) }));
  return { sentences: s, headline: '' };
}
