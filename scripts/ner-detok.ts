/**
 * Detokenisation of the space-joined CoNLL-style corpora, with an exact offset map.
 *
 * The shared corpora join tokens with single spaces and sentences with "\n". Real pages
 * don't look like that ("Brussel , 3 juni ( Belga )"), so the evaluation rebuilds natural
 * text — no space before `, . ; : ! ? ) ] } %`, none after `( [ {`, quotes hugging their
 * content, French elisions (`l' Union` → `l'Union`), English clitics (`Germany 's` →
 * `Germany's`) — and maps every character back to its original offset.
 */

export interface Detok {
  /** The detokenised text. */
  text: string;
  /** For each character of `text`, its offset in the original text (length text.length). */
  toOrig: Int32Array;
}

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}', '%', '...', '…', '“', '»']);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '„', '«']);
const EN_CLITIC = /^(?:'s|'S|n't|N'T|'re|'ve|'ll|'d|'m|'RE|'VE|'LL|'D|'M)$/;
const FR_ELISION = /^(?:[a-zA-Z]|qu|Qu|jusqu|Jusqu|lorsqu|Lorsqu|puisqu|Puisqu|quoiqu|presqu)['’]$/;

export function detokenize(orig: string, lang: string): Detok {
  let out = '';
  const map: number[] = [];
  const lines = orig.split('\n');
  let lineStart = 0;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    if (li > 0) {
      out += '\n';
      map.push(lineStart - 1);
    }
    let pos = lineStart;
    let prev = '';
    let dq = false; // inside a straight double quote
    let sq = false; // inside a straight single quote (Dutch/English quoting)
    let glueNext = false;
    let first = true;
    for (const tok of line.split(' ')) {
      if (tok === '') {
        pos += 1;
        continue;
      }
      let space = !first && !glueNext;
      let glueAfter = false;
      if (NO_SPACE_BEFORE.has(tok)) space = false;
      if (NO_SPACE_AFTER.has(tok)) glueAfter = true;
      if (lang === 'fr' && (tok === '»')) space = true; // French keeps spaces inside « »
      if (lang === 'fr' && (tok === '«')) glueAfter = false;
      if (lang === 'fr' && (tok === ':' || tok === ';' || tok === '!' || tok === '?')) space = !first;
      if (tok === '"' || tok === "''" || tok === '``') {
        if (!dq) glueAfter = true;
        else space = false;
        dq = !dq;
      } else if (tok === "'" && lang !== 'fr') {
        if (!sq) glueAfter = true;
        else space = false;
        sq = !sq;
      }
      if (lang === 'en' && EN_CLITIC.test(tok) && prev) space = false;
      if (lang === 'fr' && FR_ELISION.test(tok)) glueAfter = true;
      if (space) {
        out += ' ';
        map.push(pos - 1);
      }
      out += tok;
      for (let k = 0; k < tok.length; k++) map.push(pos + k);
      pos += tok.length + 1;
      glueNext = glueAfter;
      prev = tok;
      first = false;
    }
    lineStart += line.length + 1;
  }
  return { text: out, toOrig: Int32Array.from(map) };
}

/** Map a [start, end) span of the detokenised text back to the original text. */
export function spanToOrig(d: Detok, start: number, end: number): { start: number; end: number } | null {
  if (start < 0 || end > d.text.length || end <= start) return null;
  return { start: d.toOrig[start], end: d.toOrig[end - 1] + 1 };
}

/** Map an original offset span to the detokenised text (for showing gold in context). */
export function origToDetok(d: Detok): Int32Array {
  const n = d.toOrig.length ? d.toOrig[d.toOrig.length - 1] + 2 : 1;
  const inv = new Int32Array(n).fill(-1);
  for (let i = 0; i < d.toOrig.length; i++) inv[d.toOrig[i]] = i;
  return inv;
}
