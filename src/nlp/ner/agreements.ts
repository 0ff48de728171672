import { isGivenName } from '../gazetteers/given-names';
import type { DateHit, Span } from '../types';
import type { Lexicon } from './lexicon';
import { endsWithAny, type Tok } from './recognise';

/** One mention of a named agreement, with the date the text gives for it. */
export interface AgreementHit extends Span {
  name: string;
  date?: string;
}

const CONJ = new Set(['and', 'en', 'et', 'und', 'or', 'ou', 'oder', '&']);
/** Links after a lower-case head that introduce the agreement's own name ("treaty of Lisbon", "verdrag van Maastricht"). */
const GENITIVE = new Set(['of', 'van', 'de', 'du', 'des', "d'", 'd’', 'von', 'vom', 'der']);
/** Words that make a "protocol" a network or software protocol ("HTTP protocol", "Hypertext Transfer Protocol"). */
const TECH = new Set(
  `http https tcp ip udp smtp imap pop pop3 ftp sftp ssh tls ssl cors spdy quic dns dhcp bgp ospf rtp rtsp sip xmpp mqtt amqp websocket
  json rpc grpc soap rest oauth openid ldap kerberos nfs smb usb bluetooth wifi wi-fi zigbee modbus internet hypertext transfer transport
  network networking communication communications messaging wire gossip consensus routing handshake signalling signaling cryptographic
  authentication encryption`.split(/\s+/),
);
const PROTOCOL = new Set(['protocol', 'protocole', 'protokoll', 'protocollen', 'protocols', 'protocoles']);
const OPEN_QUOTES = /^[“"«„‘']$/;
const CLOSE_QUOTES = /^[”"»“’']$/;

function isAgreementWord(lex: Lexicon, t: Tok): { compound: boolean } | null {
  if (!t.isWord) return null;
  if (lex.agreementWords.has(t.lower)) return { compound: false };
  const dash = t.lower.lastIndexOf('-');
  if (dash > 0 && lex.agreementWords.has(t.lower.slice(dash + 1))) return { compound: true };
  return endsWithAny(t.lower, lex.agreementSuffixes) ? { compound: true } : null;
}

function yearOf(t: Tok): string | null {
  return /^(1[89]\d\d|20\d\d)$/.test(t.text) ? t.text : null;
}

/**
 * Named agreements (treaties, conventions, memoranda, MoUs, protocols, laws …) with their dates.
 * A head word is reported only when the text names it: capitalised (not just as a German noun),
 * a compound with a name ("Benelux-politieverdrag"), a name before or after it ("Benelux Police
 * Treaty", "Verdrag van Maastricht"), or the whole in quotes. Generic uses ("deze overeenkomsten",
 * "the treaty") are not.
 */
export function findAgreements(lex: Lexicon, text: string, toks: Tok[], dates: DateHit[]): AgreementHit[] {
  const out: AgreementHit[] = [];
  const german = !!lex.pack.capitalisedNouns;
  const n = toks.length;
  const inDate = new Int32Array(n).fill(-1);
  if (dates.length) {
    let d = 0;
    for (let i = 0; i < n; i++) {
      while (d < dates.length && dates[d].end <= toks[i].start) d++;
      if (d < dates.length && dates[d].start < toks[i].end && toks[i].start < dates[d].end) inDate[i] = d;
    }
  }
  const nameToken = (t: Tok) => t.cap && !lex.stop.has(t.lower) && !lex.nonEntities.has(t.lower);

  let lastEnd = -1;
  for (let h = 0; h < n; h++) {
    const head = toks[h];
    const aw = isAgreementWord(lex, head);
    if (!aw || head.start < lastEnd) continue;
    const sent = head.sent;
    // "Bill Murray", "Mayor Bill de Blasio": a given name before a name is a person, not a bill.
    const next = h + 1 < n && toks[h + 1].sent === sent ? toks[h + 1] : null;
    if (head.cap && next && (next.cap || lex.particles.has(next.lower)) && !lex.agreementLinks.has(next.lower) && isGivenName(head.core)) continue;
    let named = false;
    // Quoted name: “Memorandum van Senningen”.
    let qs = h - 1;
    while (qs >= 0 && h - qs <= 6 && toks[qs].sent === sent && toks[qs].isWord) qs--;
    if (qs >= 0 && toks[qs].sent === sent && OPEN_QUOTES.test(toks[qs].text)) {
      let qe = h + 1;
      while (qe < n && qe - h <= 10 && toks[qe].sent === sent && (toks[qe].isWord || toks[qe].text === "'" || toks[qe].text === '-')) qe++;
      let capInside = false;
      for (let k = qs + 1; k < qe && !capInside; k++) capInside = toks[k].cap;
      if (qe < n && CLOSE_QUOTES.test(toks[qe].text) && qe - (qs + 1) >= 2 && capInside) {
        const start = toks[qs + 1].start;
        const end = toks[qe - 1].end;
        out.push({ start, end, name: text.slice(start, end), date: dateFor(qs + 1, qe) });
        lastEnd = end;
        continue;
      }
    }
    // Left: capitalised modifiers ("Benelux Police Treaty", "Benelux Memorandum").
    let a = h;
    while (a > 0 && toks[a - 1].sent === sent && nameToken(toks[a - 1]) && !toks[a - 1].sentStart && !(german && !isNameLikeGerman(toks[a - 1]))) {
      // "Netanyahu's declaration": a possessive owner is not part of a lower-case agreement's name.
      if (!head.cap && toks[a - 1].core !== toks[a - 1].text) break;
      a--;
    }
    // "the HTTP protocol", "Hypertext Transfer Protocol": network protocols are not agreements.
    if (PROTOCOL.has(head.lower)) {
      let tech = false;
      for (let k = a; k < h && !tech; k++) tech = TECH.has(toks[k].lower);
      if (!tech && a === h && h > 0 && toks[h - 1].sent === sent) tech = TECH.has(toks[h - 1].lower) || (toks[h - 1].allCaps && toks[h - 1].core.length <= 6 && !lex.names.has(toks[h - 1].key));
      if (tech) continue;
    }
    if (a < h) named = true;
    if (aw.compound) {
      const dash = head.core.indexOf('-');
      if (dash > 0 && /^\p{Lu}/u.test(head.core)) named = true; // "Benelux-politieverdrag"
    }
    // Right: connectors/links, names, and (after a topic word) lower-case content words.
    let b = h + 1;
    let topic = false;
    let lastGood = h + 1;
    let rightName = false;
    let nameAfterTopic = false;
    while (b < n && toks[b].sent === sent && b - h <= 18) {
      const t = toks[b];
      if (inDate[b] >= 0 || yearOf(t)) break;
      if (t.text === "'" || t.text === '-') {
        b++;
        continue;
      }
      if (!t.isWord) break;
      // "the agreements the Dutch signed": an article right after the agreement word starts another phrase.
      if (b === h + 1 && lex.determiners.has(t.lower)) break;
      if (lex.clauseWords.has(t.lower) && !lex.agreementLinks.has(t.lower) && !lex.connectors.has(t.lower)) break;
      if (nameToken(t) && !(german && !isNameLikeGerman(t) && !topic)) {
        rightName = rightName || !isAgreementWord(lex, t);
        if (topic) nameAfterTopic = true;
        lastGood = b + 1;
        b++;
        continue;
      }
      if (CONJ.has(t.lower)) break; // "the Maastricht Treaty and the Schengen Agreement": two agreements
      if (lex.agreementLinks.has(t.lower) || lex.connectors.has(t.lower)) {
        if (!lex.connectors.has(t.lower) || ['inzake', 'betreffende', 'on', 'über', 'relatif', 'relative', 'concernant', 'instituant', 'establishing', 'revising', 'zur', 'zum', 'portant', 'houdende', 'tot'].includes(t.lower)) topic = true;
        b++;
        continue;
      }
      // After the topic's name, a lower-case word is the sentence going on: "… on Cross-Border Wildfire Response signed last October".
      if (!t.cap && nameAfterTopic && !lex.connectors.has(toks[b - 1].lower)) break;
      if (!t.cap && !lex.stop.has(t.lower) && (topic || (b === h + 2 && /^(d'|de|of|van)$/.test(toks[h + 1].lower)))) {
        lastGood = b + 1;
        b++;
        continue;
      }
      if (german && t.cap && topic) {
        lastGood = b + 1;
        b++;
        continue;
      }
      break;
    }
    // A lower-case head takes a name on its right only through a genitive link ("treaty of Lisbon", not
    // "the trade agreement China signed", "the law in Delaware").
    if (rightName && (head.cap || (h + 1 < n && GENITIVE.has(toks[h + 1].lower)))) named = true;
    if (!german && head.cap && !head.sentStart && lastGood > h + 1) named = true;
    if (head.lower === 'mou' && head.text !== 'mou') named = true; // MoU, MOU; French "mou" is an adjective
    if (!named) continue;
    const end = toks[lastGood - 1].end;
    const start = toks[a].start;
    out.push({ start, end, name: text.slice(start, end), date: dateFor(a, lastGood) });
    lastEnd = end;
    h = lastGood - 1;
  }
  return out;

  function isNameLikeGerman(t: Tok): boolean {
    // In German only words known as names (or all caps, or compounds with a name) are names.
    return t.allCaps || /^\p{Lu}[\p{L}]*-\p{Lu}/u.test(t.core) || lex.names.has(t.key);
  }

  /** The date the text gives for the agreement spanning tokens [a, b): right before it ("the 2006 Memorandum"), else the first one after it in the clause. */
  function dateFor(a: number, b: number): string | undefined {
    const sent = toks[a].sent;
    // Just before: "the 2008 Treaty", "het 2006 Memorandum".
    for (let k = a - 1; k >= 0 && a - k <= 2 && toks[k].sent === sent; k--) {
      if (inDate[k] >= 0) return dates[inDate[k]].value;
      const y = yearOf(toks[k]);
      if (y) return y;
      if (!toks[k].isWord) break;
    }
    // After, in the same clause, before another agreement word.
    for (let k = b; k < n && k - b <= 14 && toks[k].sent === sent; k++) {
      if (inDate[k] >= 0) return dates[inDate[k]].value;
      const y = yearOf(toks[k]);
      if (y) return y;
      if (isAgreementWord(lex, toks[k])) break;
      if (toks[k].text === ';') break;
    }
    return undefined;
  }
}
