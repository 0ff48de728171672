import { z } from 'zod';

/** Version of the Brief's JSON shape (CONTRACT.md). Bump with a migration in src/library. */
export const BRIEF_SCHEMA_VERSION = 1 as const;

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD');

export const MentionSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});

export const EntitySchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()),
  mentions: z.array(MentionSchema).min(1),
});

export const OrganisationSchema = EntitySchema.extend({ acronym: z.string().optional() });
export const PersonSchema = EntitySchema.extend({ role: z.string().optional() });
export const PlaceSchema = EntitySchema;
export const AgreementSchema = EntitySchema.extend({ date: isoDate.optional() });

export const DateEntrySchema = z.object({
  value: isoDate,
  relative: z.boolean(),
  mentions: z.array(MentionSchema).min(1),
});

export const LinkSchema = z.object({ href: z.string(), text: z.string() });

export const SummarySentenceSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const BriefSchema = z.object({
  schemaVersion: z.literal(BRIEF_SCHEMA_VERSION),
  file: z.string().optional(),
  url: z.string(),
  canonicalUrl: z.string().nullable(),
  title: z.string(),
  byline: z.string().nullable(),
  siteName: z.string().nullable(),
  lang: z.string(),
  published: isoDate.nullable(),
  text: z.string(),
  summary: z.array(SummarySentenceSchema),
  /** One line: who / what / when. */
  headline: z.string().optional(),
  organisations: z.array(OrganisationSchema),
  people: z.array(PersonSchema),
  places: z.array(PlaceSchema),
  agreements: z.array(AgreementSchema),
  dates: z.array(DateEntrySchema),
  links: z.array(LinkSchema),
  /** False when the language has no pack: entity lists are empty by design, not by failure. */
  entitiesSupported: z.boolean().optional(),
  /** True when the text was capped before analysis (huge pages). */
  truncated: z.boolean().optional(),
  /** True when the brief covers the user's selection, not a Readability article. */
  fromSelection: z.boolean().optional(),
  /** Where the publication date came from (json-ld, meta, time, visible-text, url, option). */
  publishedSource: z.string().nullable().optional(),
});

export type Brief = z.infer<typeof BriefSchema>;
export type SummarySentence = z.infer<typeof SummarySentenceSchema>;
