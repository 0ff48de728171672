import type { SavedBrief } from './types';

const MAX_TAGS = 50;
const MAX_TAG_LENGTH = 100;
const MAX_NOTE_LENGTH = 100_000;

/** Trimmed, inner whitespace collapsed, no empties, no case-insensitive duplicates, at most 50 of ≤100 chars. */
export function normaliseTags(tags: readonly unknown[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const t of tags) {
    if (typeof t !== 'string') continue;
    const v = t.replace(/\s+/g, ' ').trim().slice(0, MAX_TAG_LENGTH);
    const k = v.toLocaleLowerCase();
    if (!v || seen.has(k)) continue;
    seen.add(k);
    out.push(v);
    if (out.length >= MAX_TAGS) break;
  }
  return out;
}

export function normaliseNote(note: unknown): string {
  return typeof note === 'string' ? note.slice(0, MAX_NOTE_LENGTH) : '';
}

/**
 * Merge an incoming record (import) into one already there: the newer brief wins (imported when
 * times are unknown or equal), tags are united, notes kept (both when they differ), the earliest
 * savedAt kept. Idempotent: importing the same file twice changes nothing more.
 */
export function mergeImported(existing: SavedBrief, incoming: SavedBrief): SavedBrief {
  const incomingNewer = !existing.updatedAt || !incoming.updatedAt || incoming.updatedAt >= existing.updatedAt;
  const note =
    !incoming.note || existing.note.includes(incoming.note)
      ? existing.note
      : !existing.note || incoming.note.includes(existing.note)
        ? incoming.note
        : `${existing.note}\n\n${incoming.note}`;
  const savedAt = [existing.savedAt, incoming.savedAt].filter(Boolean).sort()[0] ?? '';
  const updatedAt = [existing.updatedAt, incoming.updatedAt].filter(Boolean).sort().pop() ?? '';
  return {
    id: existing.id,
    brief: incomingNewer ? incoming.brief : existing.brief,
    url: incomingNewer ? incoming.url : existing.url,
    savedAt,
    updatedAt,
    note: normaliseNote(note),
    tags: normaliseTags([...existing.tags, ...incoming.tags]),
  };
}

/** The export/storage form of a record, keys in a fixed order: {id,url,savedAt,updatedAt,note,tags,brief}. */
export function toEntry(s: SavedBrief): SavedBrief {
  return { id: s.id, url: s.url, savedAt: s.savedAt, updatedAt: s.updatedAt, note: s.note, tags: s.tags, brief: s.brief };
}

export function entryJson(s: SavedBrief): string {
  return JSON.stringify(toEntry(s));
}
