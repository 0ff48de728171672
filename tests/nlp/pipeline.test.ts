import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/nlp/pipeline';
import type { Entity, NlpResult } from '../../src/nlp/types';

const names = (xs: Entity[]) => xs.map((e) => e.name);
const allForms = (r: NlpResult) =>
  [...r.organisations, ...r.people, ...r.places, ...r.agreements].flatMap((e) => [e.name, ...e.aliases]);

function expectExactOffsets(text: string, r: NlpResult) {
  for (const e of [...r.organisations, ...r.people, ...r.places, ...r.agreements, ...r.dates]) {
    expect(e.mentions.length).toBeGreaterThan(0);
    for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  }
  for (const s of r.sentences) expect(s.end).toBeGreaterThan(s.start);
}

describe('analyseText: Dutch', () => {
  const text =
    'Het Nationaal Crisiscentrum (NCCN) en het Secretariaat-Generaal van de Benelux Unie hielden dinsdag een oefening in Antwerpen. ' +
    'Adjunct-directeur-generaal Pieter-Jan Vermeulen opende de dag. Hij sprak over het “Verdrag van Maastricht” uit 1992. ' +
    'Volgens mevrouw Anneke de Vries, woordvoerster van het NCCN, verliep alles vlot. De Vries zei dat ook het Benelux-grensverdrag dat vorig jaar oktober in werking trad, hielp. ' +
    'Deze overeenkomsten blijven belangrijk. Delegaties kwamen uit Frankrijk, het Verenigd Koninkrijk en Noordrijn-Westfalen. De Benelux Unie betaalde.';
  let r: NlpResult;
  it('analyses the text in Dutch, a supported language, sentence by sentence', async () => {
    r = await analyseText(text, { lang: 'nl', published: '2024-06-04' });
    expect(r.lang).toBe('nl');
    expect(r.supported).toBe(true);
    expect(r.sentences.length).toBeGreaterThan(3);
  });
  it('joins an acronym to its expansion, and later bare mentions to the same entity', () => {
    const nccn = r.organisations.find((o) => o.name === 'Nationaal Crisiscentrum');
    expect(nccn).toBeDefined();
    expect(nccn!.acronym).toBe('NCCN');
    expect(nccn!.aliases).toContain('NCCN');
    expect(nccn!.mentions.filter((m) => m.text === 'NCCN').length).toBe(2);
    expect(r.organisations.filter((o) => o.name === 'NCCN')).toHaveLength(0);
  });
  it('keeps "X van de Benelux Unie" whole and still finds "Benelux Unie" on its own', () => {
    expect(names(r.organisations)).toContain('Secretariaat-Generaal van de Benelux Unie');
    expect(names(r.organisations)).toContain('Benelux Unie');
  });
  it('gives people their roles, before and after the name; surnames join the person', () => {
    const pj = r.people.find((p) => p.name === 'Pieter-Jan Vermeulen');
    expect(pj?.role).toBe('Adjunct-directeur-generaal');
    const av = r.people.find((p) => p.name === 'Anneke de Vries');
    expect(av?.role).toBe('woordvoerster van het NCCN');
    expect(av?.mentions.map((m) => m.text)).toContain('De Vries');
    expect(r.people).toHaveLength(2);
  });
  it('finds places, including multiword and hyphenated ones', () => {
    expect(names(r.places)).toEqual(expect.arrayContaining(['Antwerpen', 'Frankrijk', 'Verenigd Koninkrijk', 'Noordrijn-Westfalen']));
  });
  it('finds named agreements with their dates, not generic ones', () => {
    const maa = r.agreements.find((a) => a.name === 'Verdrag van Maastricht');
    expect(maa?.date).toBe('1992');
    const grens = r.agreements.find((a) => a.name === 'Benelux-grensverdrag');
    expect(grens?.date).toBe('2023-10');
    expect(r.agreements.some((a) => /overeenkomsten/i.test(a.name))).toBe(false);
  });
  it('reports no pronouns, determiners or sentence-start words', () => {
    for (const w of ['Hij', 'Het', 'De', 'Deze', 'Delegaties', 'Volgens', 'Adjunct-directeur-generaal']) expect(allForms(r)).not.toContain(w);
  });
  it('has exact offsets', () => expectExactOffsets(text, r));
});

describe('analyseText: French', () => {
  const text =
    "Le Centre national de crise (NCCN, centredecrise.be) et le Secrétariat général de l'Union Benelux ont organisé un exercice à Liège. " +
    'Le secrétaire général adjoint Jean-Marc Dubois a ouvert la séance. Il a cité le « Traité de Lisbonne » de 2007. ' +
    "Mme Claire Lambert, directrice faisant fonction du NCCN, a conclu. Cette coopération s'appuie sur le Traité instituant l'Union Benelux de 2008. " +
    "Des délégations de la France, du Royaume-Uni et de la Rhénanie-du-Nord-Westphalie étaient présentes. L'Union Benelux a payé.";
  let r: NlpResult;
  it('analyses the text in French, a supported language, sentence by sentence', async () => {
    r = await analyseText(text, { lang: 'fr', published: '2024-06-04' });
    expect(r.lang).toBe('fr');
    expect(r.supported).toBe(true);
    expect(r.sentences.length).toBeGreaterThan(3);
  });
  it('joins "Centre national de crise (NCCN, …)" into one organisation', () => {
    const c = r.organisations.find((o) => o.acronym === 'NCCN');
    expect(c?.name).toBe('Centre national de crise');
    expect(c?.mentions.length).toBe(3);
    expect(names(r.organisations)).toContain("Secrétariat général de l'Union Benelux");
    expect(names(r.organisations)).toContain('Union Benelux');
  });
  it('roles before (with a trailing adjective) and after the name', () => {
    expect(r.people.find((p) => p.name === 'Jean-Marc Dubois')?.role).toBe('secrétaire général adjoint');
    expect(r.people.find((p) => p.name === 'Claire Lambert')?.role).toBe('directrice faisant fonction du NCCN');
  });
  it('places with articles and hyphens', () => {
    expect(names(r.places)).toEqual(expect.arrayContaining(['Liège', 'France', 'Royaume-Uni', 'Rhénanie-du-Nord-Westphalie']));
  });
  it('agreements with dates', () => {
    expect(r.agreements.find((a) => a.name === 'Traité de Lisbonne')?.date).toBe('2007');
    expect(r.agreements.find((a) => a.name.startsWith("Traité instituant l'Union Benelux"))?.date).toBe('2008');
  });
  it('no pronouns or sentence starts', () => {
    for (const w of ['Il', 'Le', 'Cette', 'Des', 'Mme']) expect(allForms(r)).not.toContain(w);
  });
  it('has exact offsets', () => expectExactOffsets(text, r));
});

describe('analyseText: German', () => {
  const text =
    'Brüssel. Das Nationale Krisenzentrum (NCCN) und das Generalsekretariat der Benelux-Union luden nach Lüttich ein. ' +
    'Der stellvertretende Generalsekretär Hans-Peter Müller eröffnete die Sitzung. Er erinnerte an den Vertrag von Lissabon aus dem Jahr 2007 und den Benelux-Polizeivertrag. ' +
    'Zum Abschluss sprach Sabine Krüger, die kommissarische Direktorin des NCCN. Delegationen kamen aus Frankreich, dem Vereinigten Königreich und Nordrhein-Westfalen. ' +
    'Die Empfehlungen werden geprüft. Vor der Sitzung gab es Kaffee.';
  let r: NlpResult;
  it('analyses the text in German, a supported language, sentence by sentence', async () => {
    r = await analyseText(text, { lang: 'de', published: '2024-06-04' });
    expect(r.lang).toBe('de');
    expect(r.supported).toBe(true);
    expect(r.sentences.length).toBeGreaterThan(3);
  });
  it('acronym joins an expansion whose letters differ (Krisenzentrum / NCCN)', () => {
    const c = r.organisations.find((o) => o.acronym === 'NCCN');
    expect(c?.name).toBe('Nationale Krisenzentrum');
    expect(names(r.organisations)).toContain('Generalsekretariat der Benelux-Union');
  });
  it('people with roles; inflected places', () => {
    expect(r.people.find((p) => p.name === 'Hans-Peter Müller')?.role).toBe('stellvertretende Generalsekretär');
    expect(r.people.find((p) => p.name === 'Sabine Krüger')?.role).toMatch(/^kommissarische Direktorin des NCCN/);
    expect(names(r.places)).toEqual(expect.arrayContaining(['Brüssel', 'Lüttich', 'Frankreich', 'Vereinigten Königreich', 'Nordrhein-Westfalen']));
  });
  it('agreements incl. compounds', () => {
    expect(r.agreements.find((a) => a.name === 'Vertrag von Lissabon')?.date).toBe('2007');
    expect(names(r.agreements)).toContain('Benelux-Polizeivertrag');
  });
  it('capitalised common nouns, pronouns and sentence starts are not entities', () => {
    for (const w of ['Empfehlungen', 'Sitzung', 'Kaffee', 'Er', 'Die', 'Der', 'Vor', 'Zum', 'Delegationen']) expect(allForms(r)).not.toContain(w);
  });
  it('has exact offsets', () => expectExactOffsets(text, r));
});

describe('analyseText: English', () => {
  const text =
    'As part of the exercise, the National Crisis Centre (NCCN) and the General Secretariat of the Benelux Union met in Rotterdam. ' +
    'Welcoming the guests, Deputy Secretary-General Michael O. Harris stressed cooperation. He recalled the 1992 Maastricht Treaty and the Schengen Agreement of 1985. ' +
    "The meeting was chaired by Laura Jenkins, acting director of the NCCN. Jenkins thanked France, the United Kingdom and North Rhine-Westphalia. The Benelux Union's budget grew. " +
    'The treaty was praised. At the end, photos were taken.';
  let r: NlpResult;
  it('analyses the text in English, a supported language, sentence by sentence', async () => {
    r = await analyseText(text, { lang: 'en', published: '2024-06-04' });
    expect(r.lang).toBe('en');
    expect(r.supported).toBe(true);
    expect(r.sentences.length).toBeGreaterThan(3);
  });
  it('organisations and acronyms', () => {
    const c = r.organisations.find((o) => o.acronym === 'NCCN');
    expect(c?.name).toBe('National Crisis Centre');
    expect(names(r.organisations)).toEqual(expect.arrayContaining(['General Secretariat of the Benelux Union', 'Benelux Union']));
    // The possessive is not part of the name.
    const bu = r.organisations.find((o) => o.name === 'Benelux Union');
    expect(bu?.mentions.map((m) => m.text)).not.toContain("Benelux Union's");
  });
  it('people with roles, initials, surname-only mentions', () => {
    const h = r.people.find((p) => p.name === 'Michael O. Harris');
    expect(h?.role).toBe('Deputy Secretary-General');
    const j = r.people.find((p) => p.name === 'Laura Jenkins');
    expect(j?.role).toBe('acting director of the NCCN');
    expect(j?.mentions).toHaveLength(2);
  });
  it('agreements with the date before or after; "the treaty" is not one', () => {
    expect(r.agreements.find((a) => a.name === 'Maastricht Treaty')?.date).toBe('1992');
    expect(r.agreements.find((a) => a.name === 'Schengen Agreement')?.date).toBe('1985');
    expect(r.agreements).toHaveLength(2);
  });
  it('places', () => {
    expect(names(r.places)).toEqual(expect.arrayContaining(['Rotterdam', 'France', 'United Kingdom', 'North Rhine-Westphalia']));
  });
  it('no sentence starts, pronouns, menu words', () => {
    for (const w of ['As', 'He', 'The', 'At', 'Welcoming', 'Jenkins thanked']) expect(allForms(r)).not.toContain(w);
  });
  it('has exact offsets', () => expectExactOffsets(text, r));
});

describe('analyseText: bad and unsupported input', () => {
  it('empty text', async () => {
    const r = await analyseText('', { lang: 'nl' });
    expect(r.sentences).toEqual([]);
    expect(r.organisations).toEqual([]);
    expect(r.supported).toBe(true);
  });
  it('unsupported languages give empty entity lists, never garbage', async () => {
    for (const [text, lang] of [
      ['東京都の小池百合子知事は記者会見で、新型コロナウイルス対策について説明した。', 'ja'],
      ['Президент России Владимир Путин провёл встречу в Москве с министром обороны.', 'ru'],
      ['أعلنت وزارة الصحة في القاهرة عن إجراءات جديدة لمواجهة الأزمة.', 'ar'],
      ['O presidente do governo reuniu-se em Lisboa com os ministros da União Europeia para falar da crise que afeta o país.', 'pt'],
    ] as const) {
      const r = await analyseText(text, {});
      expect(r.lang).toBe(lang);
      expect(r.supported).toBe(false);
      expect([...r.organisations, ...r.people, ...r.places, ...r.agreements]).toHaveLength(0);
    }
  });
  it('a declared language outside the packs is unsupported too', async () => {
    const r = await analyseText('Der Text ist egal.', { lang: 'ja' });
    expect(r.supported).toBe(false);
  });
  it('detects the language when none is given', async () => {
    expect((await analyseText('Het kabinet heeft gisteren besloten dat de maatregelen worden verlengd tot het einde van het jaar.')).lang).toBe('nl');
    expect((await analyseText('Le gouvernement a décidé hier que les mesures seront prolongées jusqu’à la fin de l’année.')).lang).toBe('fr');
    expect((await analyseText('Die Regierung hat gestern beschlossen, dass die Maßnahmen bis zum Ende des Jahres verlängert werden.')).lang).toBe('de');
    expect((await analyseText('The government decided yesterday that the measures will be extended until the end of the year.')).lang).toBe('en');
  });
  it('survives hostile text: no letters, huge tokens, control characters, lone surrogates', async () => {
    for (const t of ['((((((((', '.'.repeat(5000), 'A'.repeat(100000), '\u0000\u0001 Brussel \uD800 NCCN (', 'Ministerie van '.repeat(2000)]) {
      const r = await analyseText(t, { lang: 'nl' });
      expectExactOffsets(t, r);
    }
  });
});
