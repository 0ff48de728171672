import { fold } from '../library/fold';
import type { ExportInput } from './items';

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
 * `items`: the briefs (SavedBrief, Brief or list items — anything with a title) or just their
 * number. The date is the user's local date.
 */
export function exportFileName(
  kind: ExportKind,
  items: ExportInput | readonly { title: string; siteName?: string | null }[] | number,
  date: Date = new Date(),
): string {
  const day = localDate(date);
  const count = typeof items === 'number' ? items : items.length;
  if (typeof items !== 'number' && items.length === 1) {
    const one = items[0] as { brief?: { title: string; siteName: string | null }; title?: string; siteName?: string | null };
    const title = one.brief ? one.brief.title : (one.title ?? '');
    const site = one.brief ? one.brief.siteName : (one.siteName ?? '');
    const s = slug(title) || slug(site ?? '') || 'brief';
    return `crisislens-${day}-${s}.${kind}`;
  }
  return `crisislens-${day}-${count}-brief${count === 1 ? '' : 's'}.${kind}`;
}
