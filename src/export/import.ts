import { z } from 'zod';
import { capBrief } from '../brief/limits';
import { BRIEF_SCHEMA_VERSION, BriefSchema, type Brief } from '../brief/schema';
import { briefId, ownBriefId } from '../library/canonical-url';
import { normaliseNote, normaliseTags } from '../library/records';
import type { SavedBrief } from '../library/types';
import { EXPORT_SCHEMA_VERSION } from './json';
import { formatIssues } from '../brief/zod-message';

/** Largest import accepted (characters of JSON ≈ bytes): 50 MB. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** A record ready to merge; savedAt/updatedAt are '' when the file carried bare briefs. */
export type ImportedItem = SavedBrief;

export type ImportResult =
  | { ok: true; items: ImportedItem[] }
  | { ok: false; code: 'invalid-import' | 'too-large' | 'future-version'; message: string };

/** True for a real calendar date written YYYY, YYYY-MM or YYYY-MM-DD (year 1–9999): no month 00 or 13, no 30 February. */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  if (y < 1) return false;
  if (m[2] === undefined) return true;
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return false;
  if (m[3] === undefined) return true;
  const d = Number(m[3]);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]!;
  return d >= 1 && d <= days;
}

/** An ISO date-time whose date part is a real calendar date ("2024-02-30T…" and "9999-99-99" are not). */
const isoTime = z
  .string()
  .refine((s) => s === '' || (!Number.isNaN(Date.parse(s)) && isCalendarDate(s.slice(0, 10))), 'expected an ISO date-time with a real calendar date');

const CALENDAR = 'a real calendar date (YYYY, YYYY-MM or YYYY-MM-DD)';

/** Zod issues for every brief date that is not a real calendar date (published, agreements, dates). */
function calendarIssues(brief: Brief): z.core.$ZodIssue[] {
  const out: z.core.$ZodIssue[] = [];
  const bad = (path: (string | number)[], v: unknown) =>
    out.push({ code: 'custom', path, message: `expected ${CALENDAR}, found ${JSON.stringify(v)}`, input: v } as z.core.$ZodIssue);
  if (brief.published != null && !isCalendarDate(brief.published)) bad(['brief', 'published'], brief.published);
  brief.agreements.forEach((a, i) => {
    if (a.date !== undefined && !isCalendarDate(a.date)) bad(['brief', 'agreements', i, 'date'], a.date);
  });
  brief.dates.forEach((d, i) => {
    if (!isCalendarDate(d.value)) bad(['brief', 'dates', i, 'value'], d.value);
  });
  return out;
}

const EntrySchema = z.object({
  id: z.string().optional(),
  url: z.string().optional(),
  savedAt: isoTime.optional(),
  updatedAt: isoTime.optional(),
  note: z.string().optional(),
  tags: z.array(z.string()).optional(),
  brief: BriefSchema,
});

const fail = (code: 'invalid-import' | 'too-large' | 'future-version', message: string): ImportResult => ({ ok: false, code, message });

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function newer(v: unknown, max: number): v is number {
  return typeof v === 'number' && v > max;
}

function futureMessage(what: string, v: number, max: number): string {
  return `This file was made by a newer CrisisLens (${what} schema version ${v}; this version reads up to ${max}). Update CrisisLens to import it. Nothing was imported.`;
}

/**
 * Read a file to import, validating everything before anything is written. Accepts a CrisisLens
 * JSON export (`{schemaVersion, briefs: [{…, brief}]}`), an array of such entries or of bare
 * briefs, or one brief (the `analyze` CLI's JSON). A bad file is rejected whole, with what is
 * wrong and where ("briefs[3].brief.organisations[0].mentions: …").
 */
export function parseImport(text: string): ImportResult {
  if (typeof text !== 'string') return fail('invalid-import', 'Nothing to import: the file could not be read as text.');
  if (text.length > MAX_IMPORT_BYTES)
    return fail(
      'too-large',
      `This file is ${(text.length / 1024 / 1024).toFixed(1)} MB; CrisisLens imports files up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Export fewer briefs per file and import them one by one. Nothing was imported.`,
    );
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return fail('invalid-import', 'The file is empty. Nothing was imported.');
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    // Truncated: the parser ran out of text (V8 says "end of JSON" or fails at the very end).
    const pos = Number(/position (\d+)/.exec(msg)?.[1] ?? NaN);
    const truncated = /end of (JSON|data)|Unterminated|Unexpected end/i.test(msg) || pos >= body.trimEnd().length - 1;
    return fail(
      'invalid-import',
      truncated
        ? `The file ends too early: it looks truncated (incomplete download or copy?). Nothing was imported. (${msg})`
        : `The file is not valid JSON, so it is not a CrisisLens export. Nothing was imported. (${msg})`,
    );
  }

  // Which form, and where its entries live (for paths in messages).
  let entries: unknown[];
  let base: (string | number)[];
  if (isObj(raw) && 'briefs' in raw) {
    if (newer(raw.schemaVersion, EXPORT_SCHEMA_VERSION)) return fail('future-version', futureMessage('export', raw.schemaVersion, EXPORT_SCHEMA_VERSION));
    if (raw.schemaVersion !== EXPORT_SCHEMA_VERSION)
      return fail('invalid-import', `schemaVersion: expected ${EXPORT_SCHEMA_VERSION}, found ${JSON.stringify(raw.schemaVersion) ?? 'nothing'}. This is not a CrisisLens export. Nothing was imported.`);
    if (!Array.isArray(raw.briefs)) return fail('invalid-import', 'briefs: expected an array of briefs. Nothing was imported.');
    entries = raw.briefs;
    base = ['briefs'];
  } else if (Array.isArray(raw)) {
    entries = raw;
    base = [];
  } else if (isObj(raw) && 'schemaVersion' in raw && 'title' in raw) {
    entries = [raw];
    base = [];
  } else {
    return fail('invalid-import', 'This is JSON but not a CrisisLens export: expected {"schemaVersion": 1, "briefs": [...]}, a list of briefs, or one brief. Nothing was imported.');
  }
  if (!entries.length) return fail('invalid-import', 'The file contains no briefs. Nothing was imported.');

  const items: ImportedItem[] = [];
  const single = !Array.isArray(raw) && base.length === 0;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    const bare = isObj(e) && !('brief' in e);
    const candidate = bare ? { brief: e } : e;
    const briefVersion = isObj(candidate) && isObj(candidate.brief) ? candidate.brief.schemaVersion : undefined;
    if (newer(briefVersion, BRIEF_SCHEMA_VERSION)) return fail('future-version', futureMessage('brief', briefVersion, BRIEF_SCHEMA_VERSION));
    const r = EntrySchema.safeParse(candidate);
    const dateIssues = r.success ? calendarIssues(r.data.brief as Brief) : [];
    if (!r.success || dateIssues.length) {
      // Paths as they are in the file: bare briefs have no "brief" level.
      const issues = (r.success ? dateIssues : r.error.issues).map((iss) => (bare && iss.path[0] === 'brief' ? { ...iss, path: iss.path.slice(1) } : iss));
      const where = single ? [] : [...base, i];
      return fail('invalid-import', `Not imported: the file is not a valid CrisisLens export — ${formatIssues(issues, where)}. Nothing was imported.`);
    }
    const v = r.data!;
    // Keep fields the schema does not know; within BRIEF_LIMITS (a brief saved before the caps).
    const brief = capBrief((isObj(candidate) ? candidate.brief : v.brief) as Brief);
    items.push({
      // The id the library gave it: its canonical one, or its own address (kept beside another page's brief).
      id: typeof v.id === 'string' && (v.id === briefId(brief) || v.id === ownBriefId(brief) || v.id.startsWith(ownBriefId(brief) + '#')) ? v.id : briefId(brief),
      brief,
      url: brief.url,
      savedAt: v.savedAt ? new Date(v.savedAt).toISOString() : '',
      updatedAt: v.updatedAt ? new Date(v.updatedAt).toISOString() : '',
      note: normaliseNote(v.note ?? ''),
      tags: normaliseTags(v.tags ?? []),
    });
  }
  return { ok: true, items };
}
