import { parseHTML } from 'linkedom';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { join } from 'node:path';
import type { Brief } from '../../src/brief/schema';
import { createTranslator, type ChromeMessages, type Translator, type UiLang } from '../../src/ui/i18n';

export const LOCALES_DIR = join(__dirname, '..', '..', 'locales');

/** Installs a linkedom document as the global `document` (what h() builds with). */
export function useDom(): Document {
  const { document } = parseHTML('<!doctype html><html lang="en"><head></head><body><main id="app"></main></body></html>');
  (globalThis as { document?: unknown }).document = document;
  return document as unknown as Document;
}

export async function loadMessages(lang: UiLang): Promise<ChromeMessages> {
  const parsed = await parseMessagesFile(join(LOCALES_DIR, `${lang}.yml`));
  return generateChromeMessages(parsed.filter((m) => !m.key[0].startsWith('@@'))) as ChromeMessages;
}

export async function translator(lang: UiLang = 'en'): Promise<Translator> {
  return createTranslator(lang, await loadMessages(lang));
}

const TEXT =
  'Het Nationaal Crisiscentrum (NCCN) en de Belgische regering ondertekenden vorig jaar oktober het Benelux-politieverdrag. ' +
  'Jan Peeters, waarnemend directeur van het NCCN, sprak in Brussel. Het NCCN werkt samen met Nederland.';

/** A small, hand-written brief (offsets computed, not typed). */
export function sampleBrief(over: Partial<Brief> = {}): Brief {
  const text = over.text ?? TEXT;
  const at = (s: string, from = 0) => {
    const start = text.indexOf(s, from);
    if (start < 0) throw new Error(`not in text: ${s}`);
    return { start, end: start + s.length, text: s };
  };
  const nccn1 = at('NCCN');
  return {
    schemaVersion: 1,
    url: 'https://news.example.be/artikel/123',
    canonicalUrl: 'https://news.example.be/artikel/123',
    title: 'Benelux versterkt crisissamenwerking',
    byline: 'Redactie',
    siteName: 'Example Nieuws',
    lang: 'nl',
    published: '2024-06-04',
    text,
    summary: [{ text: text.slice(0, text.indexOf('.') + 1), start: 0, end: text.indexOf('.') + 1 }],
    headline: 'NCCN en regering ondertekenen Benelux-politieverdrag (oktober 2023)',
    organisations: [
      { name: 'Belgische regering', aliases: [], mentions: [at('Belgische regering')] },
      {
        name: 'Nationaal Crisiscentrum',
        acronym: 'NCCN',
        aliases: ['NCCN'],
        mentions: [at('Nationaal Crisiscentrum'), nccn1, at('NCCN', nccn1.end), at('NCCN', text.indexOf('Het NCCN'))],
      },
    ],
    people: [{ name: 'Jan Peeters', role: 'waarnemend directeur van het NCCN', aliases: [], mentions: [at('Jan Peeters')] }],
    places: [
      { name: 'Brussel', aliases: [], mentions: [at('Brussel')] },
      { name: 'Nederland', aliases: [], mentions: [at('Nederland')] },
    ],
    agreements: [{ name: 'Benelux-politieverdrag', date: '2023-10', aliases: [], mentions: [at('Benelux-politieverdrag')] }],
    dates: [{ value: '2023-10', relative: true, mentions: [at('vorig jaar oktober')] }],
    links: [
      { href: 'https://crisiscentrum.be/nl', text: 'Crisiscentrum' },
      { href: 'javascript:alert(1)', text: 'click me' },
    ],
    entitiesSupported: true,
    ...over,
  } as Brief;
}
