import type { Agreement, Entity, Mention, Organisation, Person, Place } from '../types';
import type { AcronymLink } from './acronyms';
import type { AgreementHit } from './agreements';
import { normKey, type Lexicon } from './lexicon';
import type { RuleSpan, Tok } from './recognise';
import { roleAt } from './roles';

interface Group {
  key: string;
  mentions: Mention[];
  /** Forms by number of tokens, for choosing the fullest. */
  tokens: Map<string, number>;
  acronym?: string;
  role?: string;
  date?: string;
  /** With explain: the rules that made the group's mentions. */
  rules?: Set<string>;
}

function mention(text: string, start: number, end: number): Mention {
  return { start, end, text: text.slice(start, end) };
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function toEntity(g: Group): Entity {
  // Fullest form: most tokens, then longest, then first seen.
  let name = '';
  let best = -1;
  for (const [form, nt] of g.tokens) {
    const score = nt * 1000 + form.length;
    if (score > best) {
      best = score;
      name = form;
    }
  }
  const aliases: string[] = [];
  const seen = new Set([normKey(name)]);
  for (const m of g.mentions) {
    const f = squash(m.text);
    const k = normKey(f);
    if (!seen.has(k) || (k === normKey(name) && f !== name && !aliases.includes(f) && false)) {
      seen.add(k);
      aliases.push(f);
    }
  }
  if (g.acronym && !aliases.includes(g.acronym) && name !== g.acronym) aliases.push(g.acronym);
  g.mentions.sort((a, b) => a.start - b.start);
  return { name, aliases, mentions: g.mentions, ...(g.rules ? { rules: [...g.rules] } : {}) };
}

export interface Grouped {
  organisations: Organisation[];
  people: Person[];
  places: Place[];
  agreements: Agreement[];
}

/** Spans → entities: same name = same entity, acronyms join their expansions, surnames join the full name; roles attached. */
export function groupEntities(lex: Lexicon, text: string, toks: Tok[], spans: RuleSpan[], links: AcronymLink[], agreements: AgreementHit[], explain = false): Grouped {
  // A guess inside an agreement's name is a word of that name ("Memorandum on Cross-Border Wildfire
  // Response" is not a person "Cross-Border Wildfire Response"); names with evidence stay entities.
  if (agreements.length) {
    // An acronym the text gives an agreement ("the test-ban treaty (CTBT)") is that agreement, not an organisation.
    const agreementAcronyms = new Set(agreements.flatMap((a) => (a.acronym ? [a.acronym] : [])));
    // A name that is exactly an agreement's ("the Non-Proliferation Treaty (NPT)") is the agreement, not also an organisation.
    const agreementExtents = new Set(agreements.map((a) => `${a.start}:${a.end}`));
    spans = spans.filter((s) => s.type === 'PER' || !(agreementAcronyms.has(text.slice(s.start, s.end)) || agreementExtents.has(`${s.start}:${s.end}`)));
    const sorted = [...agreements].sort((x, y) => x.start - y.start);
    let a = 0;
    spans = [...spans]
      .sort((x, y) => x.start - y.start)
      .filter((s) => {
        if (s.confidence !== 'weak') return true;
        while (a < sorted.length && sorted[a].end <= s.start) a++;
        return !(a < sorted.length && sorted[a].start <= s.start && s.end <= sorted[a].end);
      });
  }
  const orgs = new Map<string, Group>();
  const people = new Map<string, Group>();
  const places = new Map<string, Group>();
  const groupFor = (map: Map<string, Group>, key: string) => {
    let g = map.get(key);
    if (!g) {
      g = { key, mentions: [], tokens: new Map() };
      map.set(key, g);
    }
    return g;
  };
  const explainTo = (g: Group, s: RuleSpan) => {
    if (!explain) return;
    const r = g.rules ?? (g.rules = new Set());
    for (const id of s.rules ?? [s.why]) r.add(id);
  };
  const keyOfSpan = (s: RuleSpan) => normKey(text.slice(s.start, s.end)).replace(/[-']/g, ' ').replace(/\s+/g, ' ');
  const acronymOf = new Map<string, string>(); // acronym → key of its expansion
  for (const l of links) {
    if (!acronymOf.has(l.acronym)) acronymOf.set(l.acronym, keyOfSpan(l.long));
  }

  // People: full names first, so that surnames can join them.
  const surnameOwner = new Map<string, string>();
  const perSpans = spans.filter((s) => s.type === 'PER').sort((a, b) => b.t1 - b.t0 - (a.t1 - a.t0) || a.start - b.start);
  for (const s of perSpans) {
    let key = keyOfSpan(s);
    const nt = s.t1 - s.t0;
    if (surnameOwner.has(key)) key = surnameOwner.get(key)!;
    else if (nt >= 2) {
      // The surname alone, with or without its particles ("Vries", "de Vries"), is the same person.
      const own = key;
      if (!surnameOwner.has(toks[s.t1 - 1].key)) surnameOwner.set(toks[s.t1 - 1].key, own);
      for (let p = s.t0 + 1; p < s.t1 - 1; p++) {
        if (!lex.particles.has(toks[p].lower)) continue;
        const tail = normKey(text.slice(toks[p].start, s.end)).replace(/[-']/g, ' ').replace(/\s+/g, ' ');
        if (!surnameOwner.has(tail)) surnameOwner.set(tail, own);
        break;
      }
    }
    const g = groupFor(people, key);
    g.mentions.push(mention(text, s.start, s.end));
    explainTo(g, s);
    const form = squash(text.slice(s.start, s.end));
    g.tokens.set(form, Math.max(g.tokens.get(form) ?? 0, nt));
    if (!g.role) {
      const r = roleAt(lex, toks, s.t0, s.t1);
      if (r) g.role = squash(text.slice(r.start, r.end));
    }
  }
  for (const s of spans) {
    if (s.type === 'PER' || s.type === 'MISC') continue;
    const map = s.type === 'ORG' ? orgs : places;
    const form = squash(text.slice(s.start, s.end));
    let key = keyOfSpan(s);
    let acronym: string | undefined;
    if (acronymOf.has(form)) {
      acronym = form;
      key = acronymOf.get(form)!;
    } else {
      for (const [acr, k] of acronymOf) if (k === key) acronym = acr;
    }
    const g = groupFor(map, key);
    g.mentions.push(mention(text, s.start, s.end));
    explainTo(g, s);
    // An acronym is never the "fullest" form when the expansion is known.
    g.tokens.set(form, Math.max(g.tokens.get(form) ?? 0, acronym === form ? 0 : s.t1 - s.t0));
    if (acronym) g.acronym = acronym;
  }
  // An acronym's expansion that happened to be typed as a place: move the group to organisations when linked.
  const agreeGroups = new Map<string, Group>();
  for (const a of agreements) {
    const key = normKey(a.name);
    const g = groupFor(agreeGroups, key);
    g.mentions.push(mention(text, a.start, a.end));
    g.tokens.set(squash(a.name), 1);
    if (a.date && !g.date) g.date = a.date;
    if (a.acronym) g.acronym = a.acronym;
  }
  const byFirst = (x: Entity, y: Entity) => x.mentions[0].start - y.mentions[0].start;
  return {
    organisations: [...orgs.values()]
      .map((g) => ({ ...toEntity(g), ...(g.acronym ? { acronym: g.acronym } : {}) }))
      .sort(byFirst),
    people: [...people.values()].map((g) => ({ ...toEntity(g), ...(g.role ? { role: g.role } : {}) })).sort(byFirst),
    places: [...places.values()].map(toEntity).sort(byFirst),
    agreements: [...agreeGroups.values()].map((g) => ({ ...toEntity(g), ...(g.date ? { date: g.date } : {}) })).sort(byFirst),
  };
}
