/** Loads the interface Translator: the browser's language via @wxt-dev/i18n, or the user's override. */
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { createTranslator, matchUiLang, type ChromeMessages, type Translator, type UiLang } from '../i18n';
import type { Settings } from '../settings';

function browserTranslator(): Translator {
  // The `locale` message says which messages file the browser actually picked.
  const lang = matchUiLang(i18n.t('locale'));
  const t = i18n.t as unknown as (key: string, ...args: unknown[]) => string;
  return {
    lang,
    t: (key, subs) => (subs && subs.length ? t(key, subs.map(String)) : t(key)) || key,
    tn: (key, count, subs) => (subs ? t(key, count, subs.map(String)) : t(key, count)) || key,
  };
}

export async function loadTranslator(settings: Pick<Settings, 'uiLang'>): Promise<Translator> {
  const fallback = browserTranslator();
  const wanted = settings.uiLang === 'auto' ? null : (settings.uiLang as UiLang);
  if (!wanted || wanted === fallback.lang) return fallback;
  try {
    // A file inside the extension package, not a network request.
    const url = browser.runtime.getURL(`/_locales/${wanted}/messages.json` as '/popup.html');
    const messages = (await (await fetch(url)).json()) as ChromeMessages;
    return createTranslator(wanted, messages);
  } catch {
    return fallback;
  }
}

/** Sets <html lang> and the document title in the interface language. */
export function applyDocumentLanguage(t: Translator, titleKey: Parameters<Translator['t']>[0]): void {
  document.documentElement.lang = t.lang;
  document.title = t.t(titleKey);
}
