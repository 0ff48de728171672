import type { DateHit } from '../types';

/** Finds every date expression in a text of one language; relative ones resolved against `published` (YYYY-MM-DD). */
export type DateFinder = (text: string, published: string | null) => DateHit[];

/**
 * Loads (lazily, per language) the date finder for `lang`; null when the language has none.
 * PLACEHOLDER (owned by the dates work).
 */
export async function loadDateFinder(_lang: string): Promise<DateFinder | null> {
  return () => [];
}
