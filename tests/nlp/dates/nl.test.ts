import { beforeAll, describe, expect, it } from 'vitest';
import type { DateFinder } from '../../../src/nlp/dates/find-dates';
import { PUB, expectHits, finder } from './expect-dates';

let f: DateFinder;
beforeAll(async () => {
  f = await finder('nl');
});

describe('nl dates: relative month + year', () => {
  it('vorig jaar oktober is one expression, not two', () => {
    expectHits(f, 'Het Benelux-politieverdrag is vorig jaar oktober in werking getreden.', [['vorig jaar oktober', '2023-10', true]]);
  });
  it('oktober vorig jaar, in oktober vorig jaar, oktober van vorig jaar', () => {
    expectHits(f, 'Het akkoord werd oktober vorig jaar getekend.', [['oktober vorig jaar', '2023-10', true]]);
    expectHits(f, 'Het verdrag trad in oktober vorig jaar in werking.', [['oktober vorig jaar', '2023-10', true]]);
    expectHits(f, 'De wet dateert van oktober van vorig jaar.', [['oktober van vorig jaar', '2023-10', true]]);
  });
  it('dit jaar in maart, maart volgend jaar, afgelopen oktober', () => {
    expectHits(f, 'Dit jaar in maart kwam de raad samen.', [['Dit jaar in maart', '2024-03', true]]);
    expectHits(f, 'De herziening volgt maart volgend jaar.', [['maart volgend jaar', '2025-03', true]]);
    expectHits(f, 'Afgelopen oktober was er een oefening.', [['Afgelopen oktober', '2023-10', true]]);
    expectHits(f, 'Komende oktober volgt een nieuwe oefening.', [['Komende oktober', '2024-10', true]]);
  });
  it('a month alone after a preposition is the most recent such month', () => {
    expectHits(f, 'In oktober sloten de landen een akkoord.', [['oktober', '2023-10', true]]);
    expectHits(f, 'Sinds maart werken de diensten samen.', [['maart', '2024-03', true]]);
    expectHits(f, 'Dat gebeurde begin juni.', [['juni', '2024-06', true]]);
  });
  it('a bare month name without context is not a date', () => {
    expectHits(f, 'Oktober is de maand van de oefening.', []);
  });
  it('vorig jaar, dit jaar, vorige maand, volgende maand', () => {
    expectHits(f, 'Vorig jaar waren er meer oefeningen dan dit jaar.', [['Vorig jaar', '2023', true], ['dit jaar', '2024', true]]);
    expectHits(f, 'Vorige maand en volgende maand.', [['Vorige maand', '2024-05', true], ['volgende maand', '2024-07', true]]);
  });
});

describe('nl dates: days', () => {
  it('gisteren, vandaag, morgen, eergisteren, overmorgen, gisteravond', () => {
    expectHits(f, 'Gisteren en vandaag werd vergaderd, morgen volgt een besluit.', [
      ['Gisteren', '2024-06-03', true],
      ['vandaag', '2024-06-04', true],
      ['morgen', '2024-06-05', true],
    ]);
    expectHits(f, 'Eergisteren was het rustig, overmorgen niet. Gisteravond brak brand uit.', [
      ['Eergisteren', '2024-06-02'],
      ['overmorgen', '2024-06-06'],
      ['Gisteravond', '2024-06-03'],
    ]);
  });
  it('"de morgen" (the morning) and the newspaper De Morgen are not tomorrow', () => {
    expectHits(f, 'Dat meldt De Morgen. In de morgen was het druk.', []);
  });
  it('weekdays: the most recent one on or before publication', () => {
    expectHits(f, 'De ministers kwamen woensdag samen.', [['woensdag', '2024-05-29', true]]);
    expectHits(f, 'Dinsdag besliste de regering.', [['Dinsdag', '2024-06-04', true]]);
    expectHits(f, 'De brand brak zondagavond uit.', [['zondagavond', '2024-06-02', true]]);
    expectHits(f, 'Afgelopen dinsdag was er een oefening.', [['Afgelopen dinsdag', '2024-05-28', true]]);
  });
  it('weekdays with a future cue: the next one', () => {
    expectHits(f, 'Volgende woensdag beslist de regering.', [['Volgende woensdag', '2024-06-05', true]]);
    expectHits(f, 'Komende dinsdag volgt het debat.', [['Komende dinsdag', '2024-06-11', true]]);
    expectHits(f, 'Het debat volgt vrijdag aanstaande.', [['vrijdag aanstaande', '2024-06-07', true]]);
  });
});

describe('nl dates: absolute', () => {
  it('full dates with names and abbreviations', () => {
    expectHits(f, 'Gepubliceerd op 04 jun. 2024 door de redactie.', [['04 jun. 2024', '2024-06-04', false]]);
    expectHits(f, 'Op 1 januari 2025 treedt de wet in werking.', [['1 januari 2025', '2025-01-01', false]]);
    expectHits(f, 'Het verdrag van 17 okt. 2023 geldt.', [['17 okt. 2023', '2023-10-17']]);
    expectHits(f, 'Op dinsdag 4 juni 2024 vond de workshop plaats.', [['dinsdag 4 juni 2024', '2024-06-04']]);
  });
  it('day and month without year: the publication year', () => {
    expectHits(f, 'De top is op 20 juni.', [['20 juni', '2024-06-20', true]]);
  });
  it('ranges report the start', () => {
    expectHits(f, 'De oefening loopt van 3-5 juni 2024.', [['3-5 juni 2024', '2024-06-03', false]]);
  });
  it('month and year', () => {
    expectHits(f, 'In oktober 2023 trad het verdrag in werking.', [['oktober 2023', '2023-10', false]]);
    expectHits(f, 'Sinds sept. 2022 is hij directeur.', [['sept. 2022', '2022-09']]);
  });
  it('numeric dates, day first, and ISO', () => {
    expectHits(f, 'Beslissing van 04/06/2024 en 4.6.2024, gewijzigd op 2024-06-05.', [
      ['04/06/2024', '2024-06-04'],
      ['4.6.2024', '2024-06-04'],
      ['2024-06-05', '2024-06-05'],
    ]);
    expectHits(f, 'Ongeldig: 31/02/2024.', []);
  });
});

describe('nl dates: bare years', () => {
  it('years after prepositions and year words', () => {
    expectHits(f, 'Het Memorandum van Senningen uit 1996 en het akkoord van 2008.', [['1996', '1996'], ['2008', '2008']]);
    expectHits(f, 'Sinds 2020 en tot 2030. In het jaar 2006 begon het.', [['2020', '2020'], ['2030', '2030'], ['2006', '2006']]);
    expectHits(f, 'Het verdrag (1996) bleef gelden tussen 2006 en 2008.', [['1996', '1996'], ['2006', '2006'], ['2008', '2008']]);
    expectHits(f, 'Eind 2023 was alles klaar.', [['2023', '2023']]);
  });
  it('not postal codes, amounts, times, house numbers, page numbers, scores', () => {
    expectHits(f, 'Regentschapsstraat 39, 1000 Brussel; Grote Markt 1, 2000 Antwerpen.', []);
    expectHits(f, 'Amsterdam 1012 AB is een postcode.', []);
    expectHits(f, 'Er kwamen 1.500 mensen en het kost 2006 euro, in 2000 gevallen.', []);
    expectHits(f, 'Om 20.15 uur, 2015 meter verderop, zie pagina 1999.', []);
    expectHits(f, 'Het werd 2-1 na 1950 minuten.', []);
    expectHits(f, 'ISBN 978-90-2014-123-4 en tel. 02 2006 1996.', []);
    expectHits(f, 'Hij woont op nummer 1998 van de straat.', []);
  });
});

describe('nl dates: without a publication date', () => {
  it('drops what needs it, keeps what does not', () => {
    expectHits(f, 'Vorig jaar oktober, gisteren en woensdag; op 4 juni; uit 1996; op 5 juni 2024.', [['1996', '1996'], ['5 juni 2024', '2024-06-05']], null);
  });
  it('a malformed publication date counts as none', () => {
    expectHits(f, 'Gisteren.', [], 'not a date');
  });
  it('resolves against the given date, never today', () => {
    expect(f('gisteren', '2000-03-01')[0].value).toBe('2000-02-29');
    expect(f('vorig jaar oktober', PUB)[0].value).toBe('2023-10');
  });
});

describe('nl dates: future clauses and "geleden"', () => {
  it('a weekday or month in a future clause is the coming one', () => {
    expectHits(f, 'De ministers zullen woensdag beslissen.', [['woensdag', '2024-06-05', true]]);
    expectHits(f, 'De raad zal dinsdag samenkomen.', [['dinsdag', '2024-06-04', true]]);
    expectHits(f, 'De verkiezingen zullen in oktober plaatsvinden.', [['oktober', '2024-10', true]]);
    expectHits(f, 'De ministers beslisten woensdag.', [['woensdag', '2024-05-29', true]]);
  });
  it('… geleden', () => {
    expectHits(f, 'Twee jaar geleden, drie dagen geleden en 6 maanden geleden.', [
      ['Twee jaar geleden', '2022', true],
      ['drie dagen geleden', '2024-06-01', true],
      ['6 maanden geleden', '2023-12', true],
    ]);
  });
});

describe('nl dates: day and month with a relative year', () => {
  it('op 4 oktober vorig jaar', () => {
    expectHits(f, 'Op 4 oktober vorig jaar trad het in werking.', [['4 oktober vorig jaar', '2023-10-04', true]]);
  });
});

describe('nl dates: ranges, seasons, capitals', () => {
  it('van 3 tot 5 juni 2024, medio 2023, in 2023/2024, ZONDAG', () => {
    expectHits(f, 'Van 3 tot 5 juni 2024, medio 2023, het voorjaar van 2024 en in 2023/2024. ZONDAG 2 JUNI.', [
      ['3 tot 5 juni 2024', '2024-06-03'],
      ['2023', '2023'],
      ['2024', '2024'],
      ['2023', '2023'],
      ['2024', '2024'],
      ['ZONDAG 2 JUNI', '2024-06-02', true],
    ]);
  });
});

describe('nl dates: "vandaag" as nowadays', () => {
  it('vandaag de dag is not a date', () => {
    expectHits(f, 'Vandaag de dag is dat anders. Vandaag beslist de regering.', [['Vandaag', '2024-06-04', true]]);
  });
});

describe('nl dates: anaphora', () => {
  it('het volgende jaar is relative to the story, volgend jaar to the publication', () => {
    expectHits(f, 'Het bedrijf werd opgericht in 1998. Het volgende jaar ging het naar de beurs. Volgend jaar volgt een fusie.', [
      ['1998', '1998'],
      ['Volgend jaar', '2025', true],
    ]);
  });
});

describe('nl dates: day words in headlines and datelines', () => {
  it('capitalised after a dateline dash or in capitals; not mid-sentence', () => {
    expectHits(f, 'Brussel (Belga) — Gisteren brak brand uit. BRAND GISTEREN IN ANTWERPEN\nVandaag volgt meer.', [
      ['Gisteren', '2024-06-03'],
      ['GISTEREN', '2024-06-03'],
      ['Vandaag', '2024-06-04'],
    ]);
    expectHits(f, 'Dat schrijft De Morgen vandaag.', [['vandaag', '2024-06-04']]);
  });
});

describe('nl dates: day and month without year near the turn of the year', () => {
  it('resolves to the neighbouring year when the publication year is ~a year off', () => {
    expectHits(f, 'Op 28 december brak brand uit.', [['28 december', '2023-12-28', true]], '2024-01-03');
    expectHits(f, 'De wet geldt vanaf 5 januari.', [['5 januari', '2025-01-05', true]], '2024-12-20');
    expectHits(f, 'Het concert is op 20 december.', [['20 december', '2024-12-20', true]], '2024-06-04');
    expectHits(f, 'Op 29 februari.', [['29 februari', '2024-02-29', true]], '2024-03-01');
  });
});

describe('nl dates: conditional and future forms point forward', () => {
  it('zou / zullen / zal before a bare month: the coming one', () => {
    expectHits(f, 'De oefening zou in april opnieuw plaatsvinden.', [['april', '2025-04', true]], '2025-02-01');
    expectHits(f, 'De ministers zullen in maart beslissen.', [['maart', '2025-03', true]], '2025-02-01');
    expectHits(f, 'De ministers beslisten in maart.', [['maart', '2024-03', true]], '2025-02-01');
    expectHits(f, 'Het akkoord zou hebben gegolden in april.', [['april', '2024-04', true]], '2025-02-01');
  });
});
