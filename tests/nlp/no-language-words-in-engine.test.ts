import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { loadPack, SUPPORTED_LANGS, type LangPack } from '../../src/nlp/ner/pack';
import { RULE_IDS } from '../../src/nlp/ner/rules';
import { DATE_RULES } from '../../src/nlp/dates/engine';

/**
 * One language = one folder: the engine (src/nlp outside src/nlp/lang/) holds no language's words.
 *
 * The check: every lower-case word written in a string, template or regular-expression literal of an
 * engine module must not be a word of a language pack (its stopwords, cue words, titles, connectors,
 * verbs, … — every word list of every pack, names excluded). Rule ids (RULE_IDS) and the few technical
 * words below are allowed. Capitalised names (gazetteers of proper names) are data, not a language's words.
 */

const NLP = resolve(__dirname, '../../src/nlp');

/** Technical words that are also some language's word: ISO codes, entity types, field and mode names. */
const ALLOWED = new Set([
  ...RULE_IDS,
  // Date rules' ids ("past-day-month-last-year") and their words.
  ...DATE_RULES,
  ...DATE_RULES.flatMap((id) => id.split('-')),
  // Tags of the date engine: a mention's tense and a date's precision.
  'future', 'past', 'weak', 'day', 'week', 'month', 'year',
  ...SUPPORTED_LANGS,
  'org', 'per', 'loc', 'misc', 'strong', 'medium', 'weak', 'fill', 'off', 'sports', 'markets', 'general', 'string', 'number', 'object',
  'function', 'undefined', 'default', 'u', 'g', 'i', 'y', 's',
  // ISO 639 codes and BCP 47 'und' (undetermined) that detection reports.
  'und', 'ja', 'he', 'hi', 'zh', 'ko', 'ru', 'ar', 'el', 'es', 'it', 'pt', 'sv', 'da', 'pl',
]);

/**
 * Gazetteers of proper names written in lower case for lookup (given names of many languages): names, not a
 * language's words.
 */
const NAME_LISTS = new Set(['gazetteers/given-names.ts', 'gazetteers/network-protocols.ts']);

function files(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (p !== join(NLP, 'lang')) out.push(...files(p));
    } else if (e.name.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** The texts of a module's literals: strings, templates, regular expressions. */
function literals(file: string): string[] {
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) return; // module paths
    if (ts.isNewExpression(n) && /Error$/.test(n.expression.getText(src))) return; // messages to developers
    // Named groups of a regular expression ("(?<mon>", "\\k<mon>") are identifiers, not words.
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n) || ts.isRegularExpressionLiteral(n)) out.push(n.text.replace(/\(\?<\p{L}+>|\\k<\p{L}+>/gu, ''));
    if (ts.isCallExpression(n) && n.expression.getText(src) === 'import') return;
    ts.forEachChild(n, visit);
  };
  visit(src);
  return out;
}

async function packWords(): Promise<Map<string, string>> {
  const words = new Map<string, string>();
  const add = (lang: string, v: unknown) => {
    const list = Array.isArray(v) || v instanceof Set ? [...v] : [];
    for (const x of list) if (typeof x === 'string') for (const w of x.split(/[\s'’-]+/)) if (/^\p{Ll}{2,}$/u.test(w)) words.set(w, lang);
  };
  for (const lang of SUPPORTED_LANGS) {
    const pack = (await loadPack(lang)) as LangPack;
    for (const [k, v] of Object.entries(pack)) {
      if (k === 'orgNames' || k === 'placeNames') continue;
      if (v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Set) && !(v instanceof RegExp)) for (const sub of Object.values(v)) add(lang, sub);
      else add(lang, v);
    }
  }
  return words;
}

describe('the NLP engine holds no language words', () => {
  it('no module under src/nlp outside src/nlp/lang/ writes a word of a language pack in a literal', async () => {
    const words = await packWords();
    expect(words.size).toBeGreaterThan(1000); // the check reads the packs
    const found: string[] = [];
    for (const f of files(NLP)) {
      const rel = relative(NLP, f).split('\\').join('/');
      if (NAME_LISTS.has(rel)) continue;
      for (const lit of literals(f)) {
        if (ALLOWED.has(lit as never)) continue;
        const ws = lit.match(/\p{L}+/gu) ?? [];
        // A literal with a capitalised word is a name or a list of names (data), not a language's words.
        if (ws.some((w) => /\p{Lu}/u.test(w))) continue;
        const hits = ws.filter((w) => w.length >= 2 && !ALLOWED.has(w as never) && words.has(w));
        if (hits.length) found.push(`${rel}: ${hits.slice(0, 6).map((w) => `"${w}" (${words.get(w)})`).join(' ')} in ${JSON.stringify(lit.length > 50 ? lit.slice(0, 50) + '…' : lit)}`);
      }
    }
    expect(found).toEqual([]);
  });
});
