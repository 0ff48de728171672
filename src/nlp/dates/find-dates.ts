import type { DateHit } from '../types';
import type { DatePack } from './pack';

/** Finds every date expression in a text of one language; relative ones resolved against `published` (YYYY-MM-DD). */
export type DateFinder = (text: string, published: string | null) => DateHit[];

/** Each language's date pack, imported only when the language is first seen (a separate chunk in the build). */
const PACKS: Record<string, () => Promise<DatePack>> = {
  nl: () => import('../lang/nl/dates').then((m) => m.nlDates),
  fr: () => import('../lang/fr/dates').then((m) => m.frDates),
  de: () => import('../lang/de/dates').then((m) => m.deDates),
  en: () => import('../lang/en/dates').then((m) => m.enDates),
  es: () => import('../lang/es/dates').then((m) => m.esDates),
};

const cache = new Map<string, Promise<DateFinder | null>>();

/** Languages with a date pack. */
export const DATE_LANGUAGES = Object.keys(PACKS);

/**
 * Loads (lazily, per language) the date finder for `lang` (a BCP 47 tag; its primary subtag
 * counts: "nl-BE" → nl); null when the language has none.
 * The finder returns hits sorted by position, non-overlapping, each with
 * `text === input.slice(start, end)`; expressions that need the publication date are
 * dropped when `published` is null (never guessed from today's date).
 */
export function loadDateFinder(lang: string): Promise<DateFinder | null> {
  const code = String(lang ?? '').toLowerCase().split(/[-_]/)[0];
  const load = PACKS[code];
  if (!load) return Promise.resolve(null);
  let p = cache.get(code);
  if (!p) {
    p = Promise.all([load(), import('./engine')]).then(([pack, engine]) => engine.createDateFinder(pack));
    // A failed load (e.g. a chunk that could not be fetched) may be retried later.
    p.catch(() => cache.delete(code));
    cache.set(code, p);
  }
  return p;
}
