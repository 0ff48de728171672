import { describe, expect, it } from 'vitest';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UI_LANGS, createTranslator, formatChromeMessage, matchUiLang, pickPlural } from '../../src/ui/i18n';
import { LOCALES_DIR, loadMessages } from './helpers';

type Parsed = Awaited<ReturnType<typeof parseMessagesFile>>;
const load = (lang: string) => parseMessagesFile(join(LOCALES_DIR, `${lang}.yml`));
const shape = (messages: Parsed) =>
  new Map(
    messages
      .filter((m) => !m.key[0].startsWith('@@'))
      .map((m) => [m.key.join('.'), { type: m.type, subs: m.substitutions, forms: m.type === 'plural' ? Object.keys(m.plurals).sort().join(',') : '' }]),
  );

describe('interface translations', () => {
  it('ships exactly the four interface languages', () => {
    const files = readdirSync(LOCALES_DIR).filter((f) => f.endsWith('.yml')).map((f) => f.replace('.yml', '')).sort();
    expect(files).toEqual([...UI_LANGS].sort());
  });

  for (const lang of UI_LANGS.filter((l) => l !== 'en')) {
    it(`${lang}: has every key of en, no extra key, same substitutions and plural forms`, async () => {
      const en = shape(await load('en'));
      const other = shape(await load(lang));
      const missing = [...en.keys()].filter((k) => !other.has(k));
      const extra = [...other.keys()].filter((k) => !en.has(k));
      expect(missing, `keys missing in ${lang}.yml`).toEqual([]);
      expect(extra, `keys in ${lang}.yml that en.yml lacks`).toEqual([]);
      for (const [key, s] of en) expect(other.get(key), `${lang}: ${key}`).toEqual(s);
    });
  }

  for (const lang of UI_LANGS) {
    it(`${lang}: no empty message, the locale key names the file, messages.json names are valid`, async () => {
      const messages = await loadMessages(lang);
      expect(messages.locale.message).toBe(lang);
      for (const [name, { message }] of Object.entries(messages)) {
        expect(name).toMatch(/^[A-Za-z0-9_]+$/);
        expect(message.trim(), name).not.toBe('');
      }
    });
  }

  it('every key the code uses exists in en.yml', async () => {
    const en = shape(await load('en'));
    const used = new Set<string>();
    const scan = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, entry.name);
        if (entry.isDirectory()) scan(p);
        else if (/\.ts$/.test(entry.name)) {
          const src = readFileSync(p, 'utf8');
          for (const m of src.matchAll(/\bt\.tn?\(\s*'([a-zA-Z][\w.]*)'/g)) used.add(m[1]);
          for (const m of src.matchAll(/'((?:state|notice|meta|section|kind|empty|entity|link|action|format|library|settings)\.[a-zA-Z.]+)'/g)) used.add(m[1]);
        }
      }
    };
    scan(join(__dirname, '..', '..', 'src', 'ui'));
    scan(join(__dirname, '..', '..', 'entrypoints', 'popup'));
    try {
      scan(join(__dirname, '..', '..', 'entrypoints', 'library'));
    } catch {
      /* not there yet */
    }
    const unknown = [...used].filter((k) => !en.has(k));
    expect(unknown).toEqual([]);
    expect(used.size).toBeGreaterThan(40);
  });

  it('the manifest strings are messages', async () => {
    const en = shape(await load('en'));
    const config = readFileSync(join(__dirname, '..', '..', 'wxt.config.ts'), 'utf8');
    const refs = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThanOrEqual(4);
    for (const r of refs) expect(en.has(r), r).toBe(true);
  });
});

describe('translator', () => {
  it('substitutes $1…$9, keeps $$ as $, picks plural forms like @wxt-dev/i18n', async () => {
    expect(formatChromeMessage({ message: 'a $1 b $2 $$' }, ['x', 'y'])).toBe('a x b y $');
    expect(pickPlural('none | one | many', 0)).toBe('none');
    expect(pickPlural('none | one | many', 1)).toBe('one');
    expect(pickPlural('none | one | many', 7)).toBe('many');
    expect(pickPlural('one | many', 0)).toBe('many');
    const t = createTranslator('nl', await loadMessages('nl'));
    expect(t.tn('entity.mentions', 1)).toBe('1 vermelding');
    expect(t.tn('entity.mentions', 3)).toBe('3 vermeldingen');
    expect(t.tn('library.count', 0)).toBe('Geen samenvattingen');
    expect(t.t('state.errorDetail', ['boom'])).toBe('Details: boom');
    const fr = createTranslator('fr', await loadMessages('fr'));
    expect(fr.tn('entity.mentions', 1_234, ['1 234'])).toBe('1 234 mentions');
    const de = createTranslator('de', await loadMessages('de'));
    expect(de.t('section.organisations')).toBe('Organisationen');
  });

  it('a substitution is inserted as-is, never re-interpreted', async () => {
    const t = createTranslator('en', await loadMessages('en'));
    expect(t.t('state.errorDetail', ['$1 <b>x</b> $$'])).toBe('Details: $1 <b>x</b> $$');
  });

  it('maps browser languages to an interface language', () => {
    expect(matchUiLang('nl-BE')).toBe('nl');
    expect(matchUiLang('fr_LU')).toBe('fr');
    expect(matchUiLang('de-AT')).toBe('de');
    expect(matchUiLang('en-GB')).toBe('en');
    expect(matchUiLang('ja')).toBe('en');
    expect(matchUiLang(undefined)).toBe('en');
  });
});
