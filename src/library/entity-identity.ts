/**
 * Who is who across languages and name forms: the known entities (data/entities/known.json, plus
 * the countries of i18n-iso-countries) with a stable id, a Wikidata QID where one was verified,
 * and their names in nl/fr/de/en; and the normal forms that merge unknown names (nameKey) and
 * site names ("Libération.fr" → "liberation").
 * Pure: the data is bundled JSON, the lookups are synchronous.
 */
import countriesDe from 'i18n-iso-countries/langs/de.json';
import countriesEn from 'i18n-iso-countries/langs/en.json';
import countriesFr from 'i18n-iso-countries/langs/fr.json';
import countriesNl from 'i18n-iso-countries/langs/nl.json';
import known from '../../data/entities/known.json';
import { fold, nameKey } from './fold';
import { compileInflection, inflectionKey, type CompiledInflection, type InflectionRules } from './name-inflection';
import type { EntityKind } from './types';

export const IDENTITY_LANGS = ['nl', 'fr', 'de', 'en'] as const;
export type IdentityLang = (typeof IDENTITY_LANGS)[number];

export interface KnownEntity {
  /** Stable id: the Wikidata QID when verified ("Q458"), else internal ("cl:benelux-police-treaty", "iso:FR"). */
  id: string;
  /** Wikidata item, only when verified. */
  qid?: string;
  kind: EntityKind;
  /** Names per language; the first of each is the label in that language. */
  names: Record<IdentityLang, string[]>;
  acronyms?: string[];
}

interface KnownFile {
  /** Per language: how its names inflect (data for src/library/name-inflection.ts). */
  inflection?: Record<string, InflectionRules | string>;
  countryQids: Record<string, string>;
  entities: KnownEntity[];
}

type CountryNames = { countries: Record<string, string | string[]> };
const COUNTRY_FILES: Record<IdentityLang, CountryNames> = { nl: countriesNl, fr: countriesFr, de: countriesDe, en: countriesEn };

/** A country's names in one language, the usual short form first ("Verenigd Koninkrijk" before the long form). */
function countryNames(v: string | string[] | undefined): string[] {
  const list = v === undefined ? [] : Array.isArray(v) ? v : [v];
  return [...list].sort((a, b) => Number(a.length > 30) - Number(b.length > 30));
}

function countryEntities(qids: Record<string, string>): KnownEntity[] {
  const out: KnownEntity[] = [];
  for (const code of Object.keys(countriesEn.countries)) {
    const names = {} as Record<IdentityLang, string[]>;
    for (const lang of IDENTITY_LANGS) names[lang] = countryNames(COUNTRY_FILES[lang].countries[code]);
    const e: KnownEntity = { id: qids[code] ?? `iso:${code}`, kind: 'place', names };
    if (qids[code]) e.qid = qids[code];
    out.push(e);
  }
  return out;
}

interface Tables {
  all: KnownEntity[];
  byId: Map<string, KnownEntity>;
  /** `${kind}:${nameKey(name or acronym)}` → entity. */
  byName: Map<string, KnownEntity>;
  /** Languages with inflection data: their rules and `${kind}:${inflectionKey}` → entity (names of that language only). */
  inflected: { rules: CompiledInflection; byKey: Map<string, KnownEntity> }[];
}

let tables: Tables | null = null;

function load(): Tables {
  if (tables) return tables;
  const file = known as unknown as KnownFile;
  const all = [...file.entities, ...countryEntities(file.countryQids)];
  const byId = new Map<string, KnownEntity>();
  const byName = new Map<string, KnownEntity>();
  for (const e of all) {
    byId.set(e.id, e);
    const forms = [...IDENTITY_LANGS.flatMap((l) => e.names[l] ?? []), ...(e.acronyms ?? [])];
    for (const f of forms) {
      const k = `${e.kind}:${nameKey(f)}`;
      // The hand-written entities come first and win over a country of the same name.
      if (nameKey(f) && !byName.has(k)) byName.set(k, e);
    }
  }
  const inflected: Tables['inflected'] = [];
  for (const [lang, r] of Object.entries(file.inflection ?? {})) {
    if (typeof r !== 'object' || !(IDENTITY_LANGS as readonly string[]).includes(lang)) continue;
    const rules = compileInflection(r);
    const byKey = new Map<string, KnownEntity>();
    for (const e of all) {
      for (const f of e.names[lang as IdentityLang] ?? []) {
        const k = inflectionKey(f, rules);
        if (k && !byKey.has(`${e.kind}:${k}`)) byKey.set(`${e.kind}:${k}`, e);
      }
    }
    inflected.push({ rules, byKey });
  }
  tables = { all, byId, byName, inflected };
  return tables;
}

/** The known entity of this kind named `name` (any language, any case/diacritics/hyphenation), if any. */
export function knownEntity(kind: EntityKind, name: string): KnownEntity | undefined {
  const k = nameKey(name);
  if (!k) return undefined;
  const t = load();
  const key = `${kind}:${k}`;
  const exact = t.byName.get(key);
  if (exact) return exact;
  // An inflected form ("im Vereinigten Königreich"): the same key as a known name of that language.
  // Remembered per name (most names are unknown, and reports and search rows ask again and again).
  if (inflectedSeen.has(key)) return inflectedSeen.get(key) ?? undefined;
  let found: KnownEntity | null = null;
  for (const { rules, byKey } of t.inflected) {
    const e = byKey.get(`${kind}:${inflectionKey(k, rules)}`);
    if (e) { found = e; break; }
  }
  if (inflectedSeen.size > 50_000) inflectedSeen.clear();
  inflectedSeen.set(key, found);
  return found ?? undefined;
}

const inflectedSeen = new Map<string, KnownEntity | null>();

/** Known entities named exactly `text` (any kind, any language; folded), e.g. a search for "Union Benelux". */
export function knownByAnyName(text: string): KnownEntity[] {
  const k = nameKey(text);
  if (!k) return [];
  const out: KnownEntity[] = [];
  for (const kind of ['organisation', 'person', 'place', 'agreement'] as const) {
    const e = knownEntity(kind, text);
    if (e) out.push(e);
  }
  return out;
}

export function knownById(id: string): KnownEntity | undefined {
  return load().byId.get(id);
}

/** The entity's label in `lang` (its first name there), else in English, else any. */
export function knownLabel(e: KnownEntity, lang: string): string {
  const l = (IDENTITY_LANGS as readonly string[]).includes(lang) ? (lang as IdentityLang) : 'en';
  return e.names[l]?.[0] ?? e.names.en?.[0] ?? IDENTITY_LANGS.map((x) => e.names[x]?.[0]).find(Boolean) ?? e.id;
}

/** Every name of the entity, all languages, without repeats (for search blobs and exports). */
export function knownNames(e: KnownEntity): string[] {
  return [...new Set([...IDENTITY_LANGS.flatMap((l) => e.names[l] ?? []), ...(e.acronyms ?? [])])];
}

/** The public page of a verified Wikidata item, or null. */
export function wikidataUrl(qid: string | undefined): string | null {
  return qid && /^Q\d+$/.test(qid) ? `https://www.wikidata.org/wiki/${qid}` : null;
}

const SITE_SUFFIX = /\.(?:com|org|net|info|eu|be|nl|lu|fr|de|at|ch|uk|co\.uk|ie|it|es|int|news)$/;

/**
 * The form a site name is grouped and filtered by: folded, "www." and a domain ending dropped, so
 * "Libération", "Libération.fr" and "liberation.fr" are one site. A bare host keeps its name part.
 */
export function siteKeyOf(site: string): string {
  let s = fold(site).trim().replace(/^www\./, '');
  if (!/\s/.test(s)) s = s.replace(SITE_SUFFIX, '');
  return s;
}
