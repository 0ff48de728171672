/**
 * Interface strings. The messages live in locales/<lang>.yml; @wxt-dev/i18n turns them into
 * the browser's _locales/<lang>/messages.json at build time, types the keys and localises the
 * manifest. At run time the popup and the library page call a `Translator`:
 * - following the browser's language, it is @wxt-dev/i18n's `i18n.t` (browser.i18n.getMessage);
 * - when the user picked another interface language in the settings (browser.i18n cannot
 *   switch), it is `createTranslator` over that language's bundled messages.json, with the
 *   same substitution and plural rules.
 * Pure: runs in Node (tests) and in the browser.
 */
import type { GeneratedI18nStructure } from '#i18n';

export const UI_LANGS = ['en', 'nl', 'fr', 'de'] as const;
export type UiLang = (typeof UI_LANGS)[number];

/** Every message key (dotted, as in the YAML). */
export type MessageKey = Exclude<keyof GeneratedI18nStructure, `@@${string}`>;
export type Sub = string | number;

export interface Translator {
  /** The interface language the strings are in (for Intl and `<html lang>`). */
  readonly lang: UiLang;
  t(key: MessageKey, subs?: readonly Sub[]): string;
  /** Plural message: picks the form for `count` ("0 | 1 | n" or "1 | n"); $1 defaults to the count. */
  tn(key: MessageKey, count: number, subs?: readonly Sub[]): string;
}

/** The browser's messages.json shape (what @wxt-dev/i18n generates). */
export type ChromeMessages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** Best supported interface language for a BCP 47 tag (nl-BE → nl, de-AT → de, fr-LU → fr, else en). */
export function matchUiLang(tag: string | null | undefined): UiLang {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return (UI_LANGS as readonly string[]).includes(primary) ? (primary as UiLang) : 'en';
}

/** browser.i18n.getMessage semantics: named placeholders, then $1…$9, `$$` → `$`. */
export function formatChromeMessage(
  entry: { message: string; placeholders?: Record<string, { content: string }> } | undefined,
  subs: readonly string[] = [],
): string {
  if (!entry) return '';
  let message = entry.message;
  if (entry.placeholders) {
    message = message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const p = entry.placeholders?.[name] ?? entry.placeholders?.[name.toLowerCase()];
      return p ? p.content : whole;
    });
  }
  return message.replace(/\$(\$|[1-9])/g, (_, what: string) => (what === '$' ? '$' : (subs[Number(what) - 1] ?? '')));
}

/** Picks the plural form like @wxt-dev/i18n: "one | many" or "zero | one | many". */
export function pickPlural(message: string, count: number): string {
  const forms = message.split(' | ');
  if (forms.length === 2) return forms[count === 1 ? 0 : 1];
  if (forms.length === 3) return forms[count === 0 || count === 1 ? count : 2];
  return forms[0];
}

/** A Translator over a raw `getMessage(name, subs)` (browser.i18n.getMessage or a messages.json lookup). */
export function translatorFrom(lang: UiLang, getMessage: (name: string, subs: string[]) => string): Translator {
  const lookup = (key: string, subs: readonly Sub[]) => {
    const message = getMessage(key.replaceAll('.', '_'), subs.map(String));
    return message || key; // a visible key beats an empty button
  };
  return {
    lang,
    t: (key, subs = []) => lookup(key, subs),
    // Same order as @wxt-dev/i18n's t(key, n, subs): substitute ($1 = the count by default), then pick the form.
    tn: (key, count, subs) => pickPlural(lookup(key, subs ?? [count]), count),
  };
}

/** A Translator over one language's messages.json (the in-app language override, and tests). */
export function createTranslator(lang: UiLang, messages: ChromeMessages): Translator {
  return translatorFrom(lang, (name, subs) => formatChromeMessage(messages[name], subs));
}
