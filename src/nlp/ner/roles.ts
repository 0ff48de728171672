import type { Lexicon } from './lexicon';
import type { Tok } from './recognise';
import type { Span } from '../types';

function isRoleWord(lex: Lexicon, lower: string): boolean {
  if (lex.roleWords.has(lower)) return true;
  // "adjunct-secretaris-generaal", "vice-premier", "Secretary-General": a role word as one part of a compound.
  if (lower.includes('-')) return lower.split('-').some((p) => lex.roleWords.has(p));
  return false;
}

function isModifier(lex: Lexicon, lower: string): boolean {
  return lex.roleModifiers.has(lower) || (lower.includes('-') && lower.split('-').every((p) => lex.roleModifiers.has(p) || p === ''));
}

/**
 * The role the text gives a person at one mention (tokens [t0, t1)), as written:
 * before the name ("adjunct-secretaris-generaal Michel-Etienne Tilemans", "Deputy Secretary-General X",
 * "le secrétaire général adjoint X") or in apposition after it ("Leen Depuyt, waarnemend directeur van
 * het NCCN,", "Leen Depuyt, der kommissarischen Direktorin des NCCN"). null when none.
 */
export function roleAt(lex: Lexicon, toks: Tok[], t0: number, t1: number): Span | null {
  const sent = toks[t0].sent;
  // Before the name.
  let a = t0;
  let sawRole = false;
  while (a > 0 && toks[a - 1].sent === sent && toks[a - 1].isWord) {
    const l = toks[a - 1].lower;
    if (isRoleWord(lex, l)) sawRole = true;
    else if (!isModifier(lex, l)) break;
    a--;
  }
  // Drop leading modifiers that are articles ("der", "die").
  while (a < t0 && lex.stop.has(toks[a].lower) && !isRoleWord(lex, toks[a].lower)) a++;
  if (sawRole && a < t0) return { start: toks[a].start, end: toks[t0 - 1].end };

  // Before the name, set off by a comma: "De burgemeester van Gent, Mathias De Clercq, …".
  if (t0 >= 2 && toks[t0 - 1].text === ',' && toks[t0 - 1].sent === sent) {
    const e = t0 - 1;
    let r = -1;
    for (let k = e - 1; k >= 0 && e - k <= 7 && toks[k].sent === sent && toks[k].isWord; k--) {
      const l = toks[k].lower;
      if (isRoleWord(lex, l)) r = k;
      else if (!(isModifier(lex, l) || lex.connectors.has(l) || toks[k].cap)) break;
    }
    if (r >= 0) {
      while (r > 0 && toks[r - 1].sent === sent && isModifier(lex, toks[r - 1].lower) && !lex.stop.has(toks[r - 1].lower)) r--;
      return { start: toks[r].start, end: toks[e - 1].end };
    }
  }

  // After the name: ", [article] modifiers* role ... [of/van/du NAME]" up to the next comma.
  let k = t1;
  if (k < toks.length && toks[k].text === ',' && toks[k].sent === sent) {
    k++;
    while (k < toks.length && toks[k].sent === sent && lex.stop.has(toks[k].lower) && !isRoleWord(lex, toks[k].lower)) k++;
    const start = k;
    let role = false;
    let end = -1;
    let steps = 0;
    let lowerRun = 0;
    /** A lower-case word at k continues the role: after a connector, a possessive name, or 1–2 such words. */
    const lowerContext = (k: number) => {
      const prev = toks[k - 1];
      return lex.connectors.has(prev.lower) || (prev.cap && prev.core !== prev.text) || (lowerRun > 0 && lowerRun < 3);
    };
    while (k < toks.length && toks[k].sent === sent && steps < 12) {
      const t = toks[k];
      if (!t.isWord && t.text !== "'" && t.text !== '&') break;
      if (isRoleWord(lex, t.lower)) {
        role = true;
        end = k + 1;
      } else if ((isModifier(lex, t.lower) && !(role && !t.cap && !lex.stop.has(t.lower) && lowerContext(k))) || lex.connectors.has(t.lower) || lex.stop.has(t.lower) || t.cap || t.text === "'") {
        if (role && (t.cap || t.allCaps)) end = k + 1;
        if (!role && steps >= 4) break;
        if (role && lex.clauseWords.has(t.lower) && !lex.connectors.has(t.lower)) break;
      } else if (!role) break;
      else if (role) {
        // Lower-case content after the role ("of the crisis unit", "of civil protection at Spain's interior
        // ministry"): it starts after a connector or a possessive name and runs on for a few words; a verb
        // of saying or a clause word ends it.
        if (!lowerContext(k) || lex.personVerbs.has(t.lower) || lex.clauseWords.has(t.lower)) break;
        end = k + 1;
        lowerRun++;
        k++;
        steps++;
        continue;
      }
      lowerRun = 0;
      k++;
      steps++;
    }
    if (role && end > start) return { start: toks[start].start, end: toks[end - 1].end };
  }
  return null;
}
