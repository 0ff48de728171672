import { describe, expect, it } from 'vitest';
import { summarise, scoreSentences, summaryLength } from '../../src/summary/summarise';
import { candidates, isJunk } from '../../src/summary/candidates';
import { buildHeadline, formatDate } from '../../src/summary/headline';
import type { NlpResult, Span, Mention } from '../../src/nlp/types';

/** Sentence spans the way the NLP layer gives them: split after . ! ? and at line breaks. */
function sentenceSpans(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^.!?\n]+(?:[.!?]+|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) out.push({ start: m.index + lead, end: m.index + lead + t.length });
  }
  return out;
}

function mentionsOf(text: string, s: string): Mention[] {
  const out: Mention[] = [];
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) out.push({ start: i, end: i + s.length, text: s });
  return out;
}

function nlpFor(text: string, lang: string, ents: { orgs?: string[][]; people?: string[]; places?: string[]; dates?: [string, string][] } = {}): NlpResult {
  return {
    lang,
    supported: true,
    sentences: sentenceSpans(text),
    organisations: (ents.orgs ?? []).map(([name, acronym]) => ({
      name,
      aliases: acronym ? [acronym] : [],
      ...(acronym ? { acronym } : {}),
      mentions: [...mentionsOf(text, name), ...(acronym ? mentionsOf(text, acronym).filter((m) => !text.slice(m.start - 1, m.end + 1).startsWith('(') || true) : [])],
    })).filter((e) => e.mentions.length),
    people: (ents.people ?? []).map((name) => ({ name, aliases: [], mentions: mentionsOf(text, name) })).filter((e) => e.mentions.length),
    places: (ents.places ?? []).map((name) => ({ name, aliases: [], mentions: mentionsOf(text, name) })).filter((e) => e.mentions.length),
    agreements: [],
    dates: (ents.dates ?? []).map(([value, s]) => ({ value, relative: false, mentions: mentionsOf(text, s) })).filter((d) => d.mentions.length),
  };
}

const ARTICLE = `Waterschap en crisiscentrum oefenen samen

Foto: Archief Grensland Nieuws

Het Waterschap Limburg en het Nationaal Crisiscentrum (NCCN) hebben dinsdag in Maastricht een grote hoogwateroefening gehouden langs de Maas.
Bij de hoogwateroefening werd een dijkdoorbraak bij Eijsden nagespeeld, waarna honderden bewoners virtueel moesten worden geëvacueerd.
Dijkgraaf Patrick van der Broeck zei na afloop dat de samenwerking met het NCCN sinds de overstromingen van juli 2021 sterk is verbeterd.
Lees ook: https://www.example.org/nieuws/overstroming-2021
De kantine van het gemeentehuis serveerde tijdens de pauze soep en broodjes aan alle aanwezigen.
Het NCCN stuurde voor de oefening een verbindingsofficier naar het coördinatiecentrum van het waterschap in Roermond.
Een volgende hoogwateroefening met het Waterschap Limburg en het NCCN staat gepland voor het najaar.
Delen:
© 2025 Grensland Nieuws`;

const ENTS = {
  orgs: [['Waterschap Limburg'], ['Nationaal Crisiscentrum', 'NCCN']],
  people: ['Patrick van der Broeck'],
  places: ['Maastricht', 'Eijsden', 'Roermond', 'Maas'],
  dates: [['2021-07', 'juli 2021']] as [string, string][],
};

describe('summarise', () => {
  const nlp = nlpFor(ARTICLE, 'nl', ENTS);
  const s = summarise(ARTICLE, nlp, 'Waterschap en crisiscentrum oefenen samen', { published: '2025-03-11' });

  it('picks 3 key sentences for a short article, in reading order, with exact offsets', () => {
    expect(s.sentences).toHaveLength(3);
    for (const x of s.sentences) expect(ARTICLE.slice(x.start, x.end)).toBe(x.text);
    for (let i = 1; i < s.sentences.length; i++) expect(s.sentences[i].start).toBeGreaterThan(s.sentences[i - 1].end - 1);
  });

  it('prefers the lead, central and entity-rich sentences over the off-topic one', () => {
    expect(s.sentences[0].text).toMatch(/^Het Waterschap Limburg en het Nationaal Crisiscentrum/);
    expect(s.sentences.map((x) => x.text).join(' ')).not.toMatch(/kantine/);
    const scored = scoreSentences(ARTICLE, nlp, '');
    const canteen = scored.find((c) => ARTICLE.slice(c.start, c.end).includes('kantine'))!;
    const usable = scored.filter((c) => !c.junk);
    expect(Math.min(...usable.map((c) => c.score))).toBe(canteen.score);
  });

  it('never picks captions, credits, "read more" lines, bare URLs or headings', () => {
    const junk = ['Foto: Archief Grensland Nieuws', 'Lees ook: https://www.example.org/nieuws/overstroming-2021', 'Delen:', '© 2025 Grensland Nieuws', 'Waterschap en crisiscentrum oefenen samen'];
    for (const j of junk) expect(isJunk(j)).toBe(true);
    for (const x of s.sentences) expect(junk).not.toContain(x.text);
  });

  it('builds a who / what / when headline in the article language', () => {
    expect(s.headline).toBe('NCCN — Waterschap en crisiscentrum oefenen samen — 11 maart 2025');
  });
});

describe('scoring behaviour', () => {
  it('entity density lifts a sentence above an otherwise equal one', () => {
    const text = [
      'The regional authorities discussed the new flood warnings during the long meeting on the river.',
      'The weather service published revised rainfall forecasts for the coming weeks in the valley.',
      'Minister Anna Berg and the Red Cross discussed the revised rainfall forecasts with the weather service.',
      'The weather service said the revised rainfall forecasts would be published for the coming weeks.',
    ].join(' ');
    const nlp = nlpFor(text, 'en', { orgs: [['Red Cross']], people: ['Anna Berg'] });
    const sc = scoreSentences(text, nlp);
    const withEnts = sc[2];
    const without = sc[3];
    expect(withEnts.parts.entities).toBe(1);
    expect(without.parts.entities).toBe(0);
    expect(withEnts.score).toBeGreaterThan(without.score);
  });

  it('the lead gets the highest position weight, decreasing in reading order', () => {
    const text = Array.from({ length: 8 }, (_, i) => `Sentence number ${i} talks about the flood defences along the river in the town.`).join(' ');
    const sc = scoreSentences(text, nlpFor(text, 'en'));
    for (let i = 1; i < sc.length; i++) expect(sc[i].parts.position).toBeLessThan(sc[i - 1].parts.position);
  });

  it('does not pick the same sentence twice (repeated leads)', () => {
    const lead = 'The Dutch safety region and the Belgian crisis centre signed a new flood protocol in Maastricht on Monday.';
    const text = [
      lead,
      'The protocol requires both centres to share water levels and evacuation plans within one hour.',
      lead,
      'Officials said the agreement closes gaps that were exposed by the floods of July 2021 in the region.',
      'A first joint exercise under the new protocol will take place in Roermond this spring.',
      'Local mayors welcomed the protocol but asked for more money for flood defences along the river.',
    ].join('\n');
    const out = summarise(text, nlpFor(text, 'en'), 'Flood protocol signed');
    const texts = out.sentences.map((x) => x.text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.filter((t) => t === lead)).toHaveLength(1);
  });

  it('penalises very long sentences', () => {
    const long = 'The ' + Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ') + ' river.';
    const sc = scoreSentences(long, nlpFor(long, 'en'));
    expect(sc[0].parts.length).toBeCloseTo(40 / 82, 2);
  });

  it('gives fewer sentences only to very short texts, 3–5 otherwise', () => {
    expect(summaryLength(0)).toBe(0);
    expect(summaryLength(2)).toBe(2);
    expect(summaryLength(5)).toBe(3);
    expect(summaryLength(20)).toBe(4);
    expect(summaryLength(200)).toBe(5);
    const two = 'The storm damaged dozens of houses in the coastal town overnight. Emergency services worked through the night to clear the roads.';
    expect(summarise(two, nlpFor(two, 'en')).sentences).toHaveLength(2);
  });

  it('picks 5 sentences from a long article and stays in reading order', () => {
    const vocab = 'flood dike evacuation pump shelter river rain forecast mayor volunteers barrier harbour bridge school hospital power grid drinking water road closure train ferry insurance damage farmers cattle bakery church museum library stadium airport tunnel canal lock sluice reservoir hill forest village market factory warehouse'.split(' ');
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const text = Array.from({ length: 60 }, (_, i) => {
      const w = Array.from({ length: 8 }, () => vocab[Math.floor(rnd() * vocab.length)]);
      return `Paragraph ${i} reports that the ${w[0]} near the ${w[1]} affected the ${w[2]}, the ${w[3]} and the ${w[4]} while the ${w[5]} waited for the ${w[6]} ${w[7]}.`;
    }).join('\n\n');
    const out = summarise(text, nlpFor(text, 'en'), '');
    expect(out.sentences).toHaveLength(5);
    const starts = out.sentences.map((x) => x.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('handles empty and whitespace-only text', () => {
    expect(summarise('', nlpFor('', 'en'))).toEqual({ sentences: [], headline: '' });
    expect(summarise('  \n\n ', nlpFor('  \n\n ', 'en')).sentences).toEqual([]);
  });

  it('works without NLP sentences (splits itself) and with a language it has no stopwords for', () => {
    const text = 'Dr. Jansen van het RIVM waarschuwde voor besmet water. De gemeente sloot drie zwemplassen in de regio. Inwoners moeten het water koken tot nader bericht van de waterleidingmaatschappij.';
    const nlp: NlpResult = { ...nlpFor(text, 'xx'), sentences: [] };
    const out = summarise(text, nlp);
    expect(out.sentences.map((x) => x.text)).toEqual([
      'Dr. Jansen van het RIVM waarschuwde voor besmet water.',
      'De gemeente sloot drie zwemplassen in de regio.',
      'Inwoners moeten het water koken tot nader bericht van de waterleidingmaatschappij.',
    ]);
  });

  it('ignores entity mentions outside the text and overlapping sentence spans without throwing', () => {
    const text = 'The flood barrier in the harbour was closed on Sunday evening by the authorities.';
    const nlp = nlpFor(text, 'en');
    nlp.sentences = [{ start: 0, end: 40 }, { start: 20, end: 500 }];
    nlp.people = [{ name: 'Ghost', aliases: [], mentions: [{ start: 900, end: 905, text: 'Ghost' }] }];
    const out = summarise(text, nlp);
    for (const x of out.sentences) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
});

describe('scripts without spaces', () => {
  it('summarises Japanese text (sentences split on 。, character bigrams for centrality)', () => {
    const text =
      '気象庁は二日、九州北部に大雨特別警報を発表した。自治体は住民に直ちに避難するよう呼びかけている。' +
      '福岡県では川の水位が上がり、一部の地域で浸水の被害が出ている。政府は災害対策本部を設置し、自衛隊の派遣を決めた。' +
      '雨は三日の朝まで続く見込みで、気象庁は土砂災害に厳重な警戒を呼びかけている。';
    const nlp: NlpResult = { ...nlpFor(text, 'ja'), supported: false, sentences: [{ start: 0, end: text.length }] };
    const out = summarise(text, nlp, '大雨特別警報');
    expect(out.sentences.length).toBe(3);
    for (const x of out.sentences) {
      expect(text.slice(x.start, x.end)).toBe(x.text);
      expect(x.text.endsWith('。')).toBe(true);
    }
    expect(out.sentences[0].text).toBe('気象庁は二日、九州北部に大雨特別警報を発表した。');
  });
});

describe('candidates', () => {
  it('cuts sentence spans at line breaks and trims them', () => {
    const text = 'Heading line\n  The first real sentence follows the heading here.  ';
    const c = candidates(text, [{ start: 0, end: text.length }]);
    expect(c.map((x) => text.slice(x.start, x.end))).toEqual(['Heading line', 'The first real sentence follows the heading here.']);
    expect(c[0].junk).toBe(true);
  });

  it('splits an over-long span on sentence punctuation but not after abbreviations or initials', () => {
    const body = 'Prof. dr. J. de Vries van de Universiteit Maastricht sprak over de risico’s van hoogwater langs de Maas en de Geul in Zuid-Limburg.';
    const text = `${body} ${body} ${body}`;
    const c = candidates(text, [{ start: 0, end: text.length }]);
    expect(c.map((x) => text.slice(x.start, x.end))).toEqual([body, body, body]);
  });
});

describe('headline', () => {
  const text = 'The European Union Agency for Cybersecurity (ENISA) warned on 3 May 2024 of attacks on hospitals.';
  const nlp = nlpFor(text, 'en', { orgs: [['European Union Agency for Cybersecurity', 'ENISA']], dates: [['2024-05-03', '3 May 2024']] });
  const top = { start: 0, end: text.length };

  it('uses the acronym of a long organisation name and the top sentence’s date', () => {
    expect(buildHeadline({ text, nlp, title: 'Hospitals under attack', top, chosen: [top], published: '2024-05-04' })).toBe(
      'ENISA — Hospitals under attack — May 3, 2024',
    );
  });

  it('leaves out the actor when the title names it, and falls back to the top sentence without a title', () => {
    expect(buildHeadline({ text, nlp, title: 'ENISA warns hospitals', top, chosen: [top], published: null })).toBe('ENISA warns hospitals — May 3, 2024');
    const h = buildHeadline({ text, nlp: { ...nlp, dates: [] }, title: '', top, chosen: [top], published: null });
    // what = the top sentence, which already names the actor
    expect(h).toBe('The European Union Agency for Cybersecurity (ENISA) warned on 3 May 2024 of attacks on hospitals.');
  });

  it('writes dates in the article language', () => {
    expect(formatDate('2024-06-04', 'fr')).toBe('4 juin 2024');
    expect(formatDate('2024-06-04', 'de')).toBe('4. Juni 2024');
    expect(formatDate('2024-06-04', 'nl')).toBe('4 juni 2024');
    expect(formatDate('2023-10', 'nl')).toBe('oktober 2023');
    expect(formatDate('2023', 'en')).toBe('2023');
  });
});
