import { beforeAll, describe, it } from 'vitest';
import type { DateFinder } from '../../../src/nlp/dates/find-dates';
import { expectHits, finder } from './expect-dates';

let f: DateFinder;
beforeAll(async () => {
  f = await finder('de');
});

describe('de dates: relative', () => {
  it('im Oktober vergangenen Jahres, im vergangenen Oktober', () => {
    expectHits(f, 'Der Benelux-Polizeivertrag ist im Oktober vergangenen Jahres in Kraft getreten.', [
      ['Oktober vergangenen Jahres', '2023-10', true],
    ]);
    expectHits(f, 'Er trat im vergangenen Oktober in Kraft.', [['vergangenen Oktober', '2023-10', true]]);
    expectHits(f, 'Im Oktober letzten Jahres und im März dieses Jahres.', [
      ['Oktober letzten Jahres', '2023-10', true],
      ['März dieses Jahres', '2024-03', true],
    ]);
    expectHits(f, 'Im kommenden Oktober wird gewählt.', [['kommenden Oktober', '2024-10', true]]);
  });
  it('letztes Jahr, vergangenes Jahr, letzten Monat, Ende vergangenen Jahres', () => {
    expectHits(f, 'Letztes Jahr und vergangenes Jahr; letzten Monat.', [
      ['Letztes Jahr', '2023', true],
      ['vergangenes Jahr', '2023', true],
      ['letzten Monat', '2024-05', true],
    ]);
    expectHits(f, 'Ende vergangenen Jahres wurde gewählt.', [['vergangenen Jahres', '2023', true]]);
  });
  it('month alone after im / seit / Anfang', () => {
    expectHits(f, 'Im Oktober wurde der Vertrag unterzeichnet.', [['Oktober', '2023-10', true]]);
    expectHits(f, 'Seit Anfang März gilt das Gesetz.', [['März', '2024-03', true]]);
  });
  it('gestern, heute, morgen, vorgestern, übermorgen, gestern Abend', () => {
    expectHits(f, 'Gestern und heute tagte der Rat, morgen entscheidet er.', [
      ['Gestern', '2024-06-03'],
      ['heute', '2024-06-04'],
      ['morgen', '2024-06-05'],
    ]);
    expectHits(f, 'Gestern Abend brannte es; vorgestern und übermorgen nicht.', [
      ['Gestern Abend', '2024-06-03'],
      ['vorgestern', '2024-06-02'],
      ['übermorgen', '2024-06-06'],
    ]);
  });
  it('weekdays', () => {
    expectHits(f, 'Am Mittwoch trafen sich die Minister.', [['Mittwoch', '2024-05-29', true]]);
    expectHits(f, 'Am nächsten Mittwoch entscheidet der Rat.', [['nächsten Mittwoch', '2024-06-05', true]]);
    expectHits(f, 'Am vergangenen Dienstag gab es eine Übung.', [['vergangenen Dienstag', '2024-05-28', true]]);
    expectHits(f, 'Der Brand brach Sonntagabend aus.', [['Sonntagabend', '2024-06-02', true]]);
  });
});

describe('de dates: absolute', () => {
  it('full dates', () => {
    expectHits(f, 'Von Redaktion Politik · 4. Juni 2024', [['4. Juni 2024', '2024-06-04', false]]);
    expectHits(f, 'Am Dienstag, 4. Juni 2024, tagte der Rat.', [['Dienstag, 4. Juni 2024', '2024-06-04']]);
    expectHits(f, 'Am 1. Januar 2025 und am 12. Okt. 2023.', [['1. Januar 2025', '2025-01-01'], ['12. Okt. 2023', '2023-10-12']]);
    expectHits(f, 'Bis zum 20. Juni.', [['20. Juni', '2024-06-20', true]]);
  });
  it('numeric, month and year, ranges', () => {
    expectHits(f, 'Beschluss vom 4.6.2024 und 04.06.2024.', [['4.6.2024', '2024-06-04'], ['04.06.2024', '2024-06-04']]);
    expectHits(f, 'Im Oktober 2023 trat der Vertrag in Kraft.', [['Oktober 2023', '2023-10', false]]);
    expectHits(f, 'Vom 3.-5. Juni 2024 in Brüssel.', [['3.-5. Juni 2024', '2024-06-03']]);
  });
});

describe('de dates: bare years', () => {
  it('aus dem Jahr 1996, von 2006, seit 2020', () => {
    expectHits(f, 'Das „Memorandum von Senningen“ aus dem Jahr 1996 und die Erklärung von 2006.', [['1996', '1996'], ['2006', '2006']]);
    expectHits(f, 'Seit 2020 und bis 2030; zwischen 2006 und 2008.', [['2020', '2020'], ['2030', '2030'], ['2006', '2006'], ['2008', '2008']]);
  });
  it('not postal codes, amounts, times, scores', () => {
    expectHits(f, '10117 Berlin, 8001 Zürich, 1010 Wien.', []);
    expectHits(f, 'Mit 2000 Menschen und 2006 Euro, von 1900 Einwohnern.', []);
    expectHits(f, 'Um 20.15 Uhr, 2:1 nach 1990 Minuten.', []);
  });
  it('"Mai" is a month only as a month', () => {
    expectHits(f, 'Im Mai 2000 Menschen? Nein: im Mai 2000 begann es.', [['Mai', '2024-05', true], ['Mai 2000', '2000-05']]);
  });
});

describe('de dates: future clauses and "vor …"', () => {
  it('a future cue before the weekday or month points forward', () => {
    expectHits(f, 'Der Rat wird am Mittwoch entscheiden.', [['Mittwoch', '2024-06-05', true]]);
    expectHits(f, 'Die Wahl soll im Oktober stattfinden.', [['Oktober', '2024-10', true]]);
  });
  it('vor …', () => {
    expectHits(f, 'Vor zwei Jahren und vor 3 Tagen; vor einem Monat.', [
      ['Vor zwei Jahren', '2022', true],
      ['vor 3 Tagen', '2024-06-01', true],
      ['vor einem Monat', '2024-05', true],
    ]);
  });
});

describe('de dates: day and month with a relative year', () => {
  it('am 12. Oktober vergangenen Jahres', () => {
    expectHits(f, 'Am 12. Oktober vergangenen Jahres trat er in Kraft.', [['12. Oktober vergangenen Jahres', '2023-10-12', true]]);
  });
});

describe('de dates: ranges and seasons', () => {
  it('vom 3. bis 5. Juni 2024, Saison 2023/24, im Frühjahr 2024', () => {
    expectHits(f, 'Vom 3. bis 5. Juni 2024 in der Saison 2023/24, im Frühjahr 2024 und Mitte 2023.', [
      ['3. bis 5. Juni 2024', '2024-06-03'],
      ['2023', '2023'],
      ['2024', '2024'],
      ['2023', '2023'],
    ]);
  });
});

describe('de dates: "heute" as nowadays', () => {
  it('bis heute, heute noch are not dates; heute is', () => {
    expectHits(f, 'Das Gebäude steht bis heute. Die heute noch bestehenden Mauern. Heute tagt der Rat.', [['Heute', '2024-06-04', true]]);
  });
});

describe('de dates: conditional and future forms point forward', () => {
  it('wird / würde / soll / sollte before a bare month: the coming one', () => {
    expectHits(f, 'Die Übung würde im April wiederholt.', [['April', '2025-04', true]], '2025-02-01');
    expectHits(f, 'Der Gipfel sollte im Mai beginnen.', [['Mai', '2025-05', true]], '2025-02-01');
    expectHits(f, 'Die Übung wird im März fortgesetzt.', [['März', '2025-03', true]], '2025-02-01');
    expectHits(f, 'Die Übung fand im März statt.', [['März', '2024-03', true]], '2025-02-01');
  });
});
