/** Dates, numbers and language names in the interface language, with Intl. Pure. */
import type { UiLang } from './i18n';

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** "2023-10" → "October 2023", "2024-06-04" → "4 June 2024" (in the interface language); as-is when not ISO. */
export function formatIsoDate(value: string | null | undefined, lang: UiLang, style: 'long' | 'short' = 'long'): string {
  if (!value) return '';
  const m = ISO.exec(value);
  if (!m) return value;
  const [, y, mo, d] = m;
  if (!mo) return y;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, d ? Number(d) : 1));
  date.setUTCFullYear(Number(y)); // years 0–99 are not 1900–1999
  // Not a real calendar date ("0000-00-00", "9999-99-99", "2023-02-30"): shown as written, never rolled over.
  if (Number.isNaN(date.getTime()) || Number(y) < 1 || date.getUTCMonth() !== Number(mo) - 1 || (d && date.getUTCDate() !== Number(d))) return value;
  const opts: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric', month: style === 'long' ? 'long' : 'short' };
  if (d) opts.day = 'numeric';
  try {
    return new Intl.DateTimeFormat(lang, opts).format(date);
  } catch {
    return value;
  }
}

/** An ISO timestamp (savedAt) as a short local date and time. */
export function formatTimestamp(iso: string, lang: UiLang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatNumber(n: number, lang: UiLang): string {
  return new Intl.NumberFormat(lang).format(n);
}

/** "nl" → "Dutch" / "Nederlands" / "néerlandais"… in the interface language; the code when unknown. */
export function languageName(code: string | null | undefined, lang: UiLang): string {
  if (!code) return '';
  try {
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(code);
    return name && name !== code ? name : code;
  } catch {
    return code;
  }
}

/** A language's own name ("Nederlands", "Français", "Deutsch", "English") for the language picker. */
export function endonym(code: UiLang): string {
  const name = languageName(code, code as UiLang);
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}

/** The host of a URL without "www.", or '' when it does not parse. */
export function hostOf(url: string | null | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
