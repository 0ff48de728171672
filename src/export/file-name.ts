import { fold } from '../library/fold';
import { asSaved, type ExportInput } from './items';

export type ExportKind = 'csv' | 'json' | 'md';

function localDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** ASCII, lower case, words joined by "-", at most 60 characters (cut at a word), safe on every file system. */
export function slug(s: string): string {
  const full = fold(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (full.length <= 60) return full;
  const cut = full.slice(0, 61);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 20 ? cut.slice(0, lastDash) : cut.slice(0, 60)).replace(/-+$/, '');
}

/**
 * "crisislens-2024-06-04-3-briefs.csv"; for one brief "crisislens-2024-06-04-<title-slug>.md".
 * The date is the user's local date.
 */
export function exportFileName(kind: ExportKind, items: ExportInput, date: Date = new Date()): string {
  const saved = asSaved(items);
  const day = localDate(date);
  if (saved.length === 1) {
    const s = slug(saved[0].brief.title) || slug(saved[0].brief.siteName ?? '') || 'brief';
    return `crisislens-${day}-${s}.${kind}`;
  }
  return `crisislens-${day}-${saved.length}-briefs.${kind}`;
}
