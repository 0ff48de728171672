/**
 * Language detection for the supported languages (nl, fr, de, en, es) by stop-word profile,
 * with script detection for non-Latin texts and stop-word profiles of a few other Latin-script
 * languages so that they are reported as such (and so unsupported) rather than guessed as one of ours.
 */
import { PROFILE as DE } from './lang/de/profile';
import { PROFILE as EN } from './lang/en/profile';
import { PROFILE as ES } from './lang/es/profile';
import { PROFILE as FR } from './lang/fr/profile';
import { PROFILE as NL } from './lang/nl/profile';
import { UNSUPPORTED_PROFILES } from './lang/unsupported-profiles';

/** Stop-word profiles: the supported languages' (src/nlp/lang/<code>/profile.ts) and a few others'. */
const PROFILES: Record<string, string> = { nl: NL, fr: FR, de: DE, en: EN, es: ES, ...UNSUPPORTED_PROFILES };

/** word → the profiles it belongs to. */
const WORDS = new Map<string, string[]>();
for (const [lang, list] of Object.entries(PROFILES)) {
  for (const w of list.split(' ')) {
    const l = WORDS.get(w);
    if (l) l.push(lang);
    else WORDS.set(w, [lang]);
  }
}

const ONE_LETTER = /^\p{L}$/u;

export interface LanguageGuess {
  lang: string;
  /** 0..1: share of the best profile among all stop-word hits (0 when nothing was recognised). */
  confidence: number;
  /** Stop-word hits per language profile. */
  scores: Record<string, number>;
}

/** The dominant script of a text's letters when it is not Latin ('ja', 'zh', 'ko', 'ru', 'ar', …); null for Latin. */
export function nonLatinScript(text: string): string | null {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  let latin = 0;
  const other: Record<string, number> = {};
  const bump = (k: string) => (other[k] = (other[k] ?? 0) + 1);
  // Index loop, code units: the common cases (ASCII, Latin-1/Extended, general punctuation such as
  // curly quotes and dashes) never reach a Unicode-property regex.
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x370) {
      // ASCII and Latin-1/Extended: letters count as Latin, the rest (digits, punctuation) not at all.
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7)) latin++;
      continue;
    }
    if (c >= 0x2000 && c <= 0x206f) continue; // general punctuation
    if (c >= 0x1e00 && c <= 0x1eff) {
      latin++; // Latin Extended Additional
      continue;
    }
    let ch = sample[i]!;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < sample.length) ch = sample.slice(i, ++i + 1);
    if (/\p{Script=Latin}/u.test(ch)) latin++;
    else if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(ch)) bump('ja');
    else if (/\p{Script=Han}/u.test(ch)) bump('zh');
    else if (/\p{Script=Hangul}/u.test(ch)) bump('ko');
    else if (/\p{Script=Cyrillic}/u.test(ch)) bump('ru');
    else if (/\p{Script=Arabic}/u.test(ch)) bump('ar');
    else if (/\p{Script=Hebrew}/u.test(ch)) bump('he');
    else if (/\p{Script=Greek}/u.test(ch)) bump('el');
    else if (/\p{Script=Devanagari}/u.test(ch)) bump('hi');
    else if (/\p{Script=Thai}/u.test(ch)) bump('th');
    else if (/\p{L}/u.test(ch)) bump('und');
  }
  const total = latin + Object.values(other).reduce((a, b) => a + b, 0);
  if (!total) return null;
  let best = '';
  let bestN = 0;
  for (const [k, v] of Object.entries(other)) if (v > bestN) [best, bestN] = [k, v];
  if (bestN / total < 0.3) return null;
  // Japanese texts mix kana with Han; any real share of kana means Japanese.
  if (best === 'zh' && (other.ja ?? 0) > bestN * 0.1) return 'ja';
  return best;
}

/**
 * Guess the language of `text`. 'und' when there is nothing to go on. `script` is
 * nonLatinScript(text) when the caller already has it (it is computed otherwise).
 */
export function detectLanguage(text: string, script: string | null = nonLatinScript(text)): LanguageGuess {
  if (script) return { lang: script, confidence: 1, scores: {} };
  const sample = text.length > 30000 ? text.slice(0, 30000) : text;
  const counts: Record<string, number> = {};
  let total = 0;
  // The runs of letters (what /\p{L}+/gu matches), scanned by code unit: ASCII directly, other
  // code points with a one-character test; only short runs (stop words are short) become strings.
  let words = 0;
  let runStart = -1;
  const n = sample.length;
  for (let i = 0; i <= n && words < 5000; i++) {
    let letter = false;
    let width = 1;
    if (i < n) {
      const c = sample.charCodeAt(i);
      if (c < 128) letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && sample.charCodeAt(i + 1) >= 0xdc00 && sample.charCodeAt(i + 1) <= 0xdfff) {
        width = 2;
        letter = ONE_LETTER.test(sample.slice(i, i + 2));
      } else letter = ONE_LETTER.test(sample[i]);
    }
    if (letter) {
      if (runStart < 0) runStart = i;
      i += width - 1;
      continue;
    }
    if (runStart < 0) continue;
    const len = i - runStart;
    const from = runStart;
    runStart = -1;
    words++;
    if (len > 6) continue; // stop words are short
    const langs = WORDS.get(sample.slice(from, i).toLowerCase());
    if (!langs) continue;
    for (const lang of langs) {
      counts[lang] = (counts[lang] ?? 0) + 1;
      total++;
    }
  }
  let best = 'und';
  let bestN = 0;
  for (const [k, v] of Object.entries(counts)) if (v > bestN) [best, bestN] = [k, v];
  if (bestN < 2) return { lang: 'und', confidence: 0, scores: counts };
  return { lang: best, confidence: bestN / total, scores: counts };
}
