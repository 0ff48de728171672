/**
 * The named date rules of src/nlp/dates/engine.ts (DATE_RULES), each with sentences written for it in the
 * languages whose words it uses. Publication 2024-06-04 is a Tuesday unless a test says otherwise.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DATE_RULES, type DateRule, createDateFinder } from '../../../src/nlp/dates/engine';
import type { DateFinder } from '../../../src/nlp/dates/find-dates';
import { deDates } from '../../../src/nlp/lang/de/dates';
import { enDates } from '../../../src/nlp/lang/en/dates';
import { frDates } from '../../../src/nlp/lang/fr/dates';
import { nlDates } from '../../../src/nlp/lang/nl/dates';
import { expectHits, finder } from './expect-dates';

const f: Record<string, DateFinder> = {};
beforeAll(async () => {
  for (const l of ['nl', 'fr', 'de', 'en']) f[l] = await finder(l);
});
const PACKS = { nl: nlDates, fr: frDates, de: deDates, en: enDates };
/** The same finder with one rule off: each test also shows the rule is what makes the difference. */
const without = (lang: keyof typeof PACKS, rule: DateRule) => createDateFinder(PACKS[lang], { off: new Set([rule]) });
const values = (fd: DateFinder, text: string, pub = '2024-06-04') => fd(text, pub).map((h) => h.values ?? [h.value]);

describe('weekday-forward-word', () => {
  it('after ab / bis / tot / vanaf / jusqu’à / à partir de / dès / until a weekday is the coming one', () => {
    expectHits(f.de, 'Ab Montag gilt die neue Regel.', [['Montag', '2024-06-10']]);
    expectHits(f.de, 'Die Schule bleibt bis Freitag geschlossen.', [['Freitag', '2024-06-07']]);
    expectHits(f.nl, 'De weg blijft tot vrijdag dicht.', [['vrijdag', '2024-06-07']]);
    expectHits(f.nl, 'Vanaf maandag geldt code oranje.', [['maandag', '2024-06-10']]);
    expectHits(f.fr, 'Les routes resteront fermées jusqu’à vendredi.', [['vendredi', '2024-06-07']]);
    expectHits(f.fr, "L'alerte orange est maintenue à partir de jeudi.", [['jeudi', '2024-06-06']]);
    expectHits(f.fr, 'Dès samedi, les écoles rouvrent.', [['samedi', '2024-06-08']]);
    expectHits(f.en, 'The bridge stays closed until Friday.', [['Friday', '2024-06-07']]);
    expect(values(without('en', 'weekday-forward-word'), 'The bridge stays closed until Friday.')).toEqual([['2024-05-31']]);
  });
  it('over a past before it: the target of a move is ahead', () => {
    expectHits(f.en, 'The meeting was moved to Friday.', [['Friday', '2024-06-07']]);
    expectHits(f.fr, 'La réunion a été reportée à jeudi.', [['jeudi', '2024-06-06']]);
  });
  it('not when a past auxiliary after it tells the clause is past', () => {
    expectHits(f.de, 'Bis Freitag hatten sich 300 Menschen gemeldet.', [['Freitag', '2024-05-31']]);
    expectHits(f.en, 'Until Friday, 300 people had registered.', [['Friday', '2024-05-31']]);
  });
});

describe('tense-after-weekday', () => {
  it('a future cue after a fronted weekday points forward; a clause link stops the look', () => {
    expectHits(f.de, 'Am Donnerstag wird sich zeigen, ob der Damm hält.', [['Donnerstag', '2024-06-06']]);
    expectHits(f.en, 'On Saturday, storms will be more widespread.', [['Saturday', '2024-06-08']]);
    expectHits(f.nl, 'Donderdag zal de Kamer stemmen.', [['Donderdag', '2024-06-06']]);
    expectHits(f.fr, 'Jeudi, les ministres se retrouveront à Bruxelles.', [['Jeudi', '2024-06-06']]);
    expectHits(f.en, 'The minister said on Thursday that roads will reopen.', [['Thursday', '2024-05-30']]);
    expectHits(f.en, 'It rained on Friday and would not stop.', [['Friday', '2024-05-31']]);
    expect(values(without('de', 'tense-after-weekday'), 'Am Donnerstag wird sich zeigen, ob der Damm hält.')).toEqual([['2024-05-30']]);
  });
});

describe('past-cues', () => {
  it('a past infinitive after a modal, a passé composé, a past auxiliary keep the weekday in the past', () => {
    expectHits(f.de, 'Die Journalistin soll am Montagnachmittag überfallen worden sein.', [['Montagnachmittag', '2024-06-03']]);
    expect(values(without('de', 'past-cues'), 'Die Journalistin soll am Montagnachmittag überfallen worden sein.')).toEqual([['2024-06-10']]);
    expectHits(f.fr, 'Le président a affirmé jeudi que la ville sera évacuée.', [['jeudi', '2024-05-30']]);
    expectHits(f.en, 'Thursday’s storms erupted as predicted.', [['Thursday', '2024-05-30']]);
  });
  it('a participle after "be" is not a simple past: "will be closed Monday"', () => {
    expectHits(f.en, 'The exchange will be closed Monday.', [['Monday', '2024-06-10']]);
  });
});

describe('one-weekday-one-day', () => {
  it('an untensed mention of a weekday follows its future mentions', () => {
    const text = 'Réunion Otan-Ukraine mardi à Bruxelles. Les alliés se retrouveront mardi pour évoquer la défense.';
    expectHits(f.fr, text, [['mardi', '2024-06-11'], ['mardi', '2024-06-11']], '2024-06-07');
    expect(values(without('fr', 'one-weekday-one-day'), text, '2024-06-07')).toEqual([['2024-06-04'], ['2024-06-11']]);
    expectHits(f.nl, 'In de nacht naar dinsdag verdwijnen de windstoten. Dinsdag neemt de wind af.', [['dinsdag', '2016-02-09'], ['Dinsdag', '2016-02-09']], '2016-02-08');
  });
  it('not a mention whose sentence tells a past further away ("he lifted the order around 4:30 a.m. Wednesday")', () => {
    const text =
      'Officials described six hours from 10:30 p.m. Tuesday to the time he lifted the order around 4:30 a.m. Wednesday. ' +
      'If the motion fails, they would come back to it on Wednesday.';
    expect(values(f.en, text, '2024-12-06')).toEqual([['2024-12-03'], ['2024-12-04'], ['2024-12-11']]);
  });
  it('not when as many mentions are in the past', () => {
    const text = 'Les ministres se sont réunis mercredi. Ils se retrouveront mercredi. Réunion mercredi.';
    expect(values(f.fr, text)).toEqual([['2024-05-29'], ['2024-06-05'], ['2024-05-29']]);
  });
});

describe('weekday-range', () => {
  it('every day from the first weekday to the second', () => {
    expect(values(f.nl, 'Het festival loopt van donderdag tot en met zondag.')).toEqual([['2024-05-30', '2024-05-31', '2024-06-01', '2024-06-02']]);
    expect(values(f.fr, 'La tempête frappera dans la nuit de lundi à mardi.')).toEqual([['2024-06-10', '2024-06-11']]);
    expect(values(f.de, 'In der Nacht von Montag auf Dienstag wurde der Damm überspült.')).toEqual([['2024-06-03', '2024-06-04']]);
    expect(values(f.en, 'Aid workers will count refugees from Sunday until Tuesday.')).toEqual([['2024-06-09', '2024-06-10', '2024-06-11']]);
    expect(values(without('nl', 'weekday-range'), 'Het festival loopt van donderdag tot en met zondag.')).toEqual([['2024-05-30']]);
  });
});

describe('day-range', () => {
  it('a range of days gives every day, a pair both', () => {
    expect(values(f.de, 'Die Flut kam am 14. und 15. Juli 2021.')).toEqual([['2021-07-14', '2021-07-15']]);
    expect(values(f.de, 'Die Messe läuft vom 2. bis 4. März 2010.')).toEqual([['2010-03-02', '2010-03-03', '2010-03-04']]);
    expect(values(f.fr, 'Le sommet se tiendra du 2 au 4 novembre.')).toEqual([['2024-11-02', '2024-11-03', '2024-11-04']]);
    expect(values(f.fr, 'Les élections ont eu lieu entre le 2 et le 4 mai 2023.')).toEqual([['2023-05-02', '2023-05-03', '2023-05-04']]);
    expect(values(f.nl, 'De oefening loopt van 3 tot 5 mei 2025.')).toEqual([['2025-05-03', '2025-05-04', '2025-05-05']]);
    expect(values(f.nl, 'Gestemd wordt op 3 en 5 mei 2025.')).toEqual([['2025-05-03', '2025-05-05']]);
    expect(values(f.en, 'The drill ran between 2 and 4 May 2023.')).toEqual([['2023-05-02', '2023-05-03', '2023-05-04']]);
    expect(values(f.en, 'Talks are set for September 2 to 4.')).toEqual([['2024-09-02', '2024-09-03', '2024-09-04']]);
    expect(values(without('fr', 'day-range'), 'Le sommet se tiendra du 2 au 4 novembre.')).toEqual([['2024-11-02']]);
  });
  it('a list of days before one month gives each', () => {
    expect(values(f.de, 'Am 14., 15. und 16. Juli 2021 regnete es.')).toEqual([['2021-07-14', '2021-07-15', '2021-07-16']]);
    expect(values(f.fr, 'Les 14, 15 et 16 juillet 2021.')).toEqual([['2021-07-14', '2021-07-15', '2021-07-16']]);
    expect(values(f.en, 'Floods on July 14, 15 and 16, 2021.')).toEqual([['2021-07-14', '2021-07-15', '2021-07-16']]);
    expect(values(f.en, 'Floods on July 14, 2021.')).toEqual([['2021-07-14']]);
    expect(values(f.nl, 'In de nacht van 3 op 4 mei 2024.')).toEqual([['2024-05-03', '2024-05-04']]);
  });
});

describe('past-day-month-last-year', () => {
  it('a day after publication told in the past is last year’s; in the future or untensed, this year’s', () => {
    expectHits(f.de, 'Am 7. Oktober wurden rund 1200 Menschen getötet.', [['7. Oktober', '2023-10-07']], '2024-04-22');
    expectHits(f.de, 'Durch den Angriff am 7. Oktober auf Israel eskalierte die Lage.', [['7. Oktober', '2023-10-07']], '2024-04-22');
    expectHits(f.nl, 'Op 17 juli werd het lichaam gevonden.', [['17 juli', '2023-07-17']], '2024-04-22');
    expectHits(f.en, 'The ban was passed on October 7 by parliament.', [['October 7', '2023-10-07']], '2024-04-22');
    expectHits(f.de, 'Am 9. Juni wird gewählt.', [['9. Juni', '2024-06-09']], '2024-04-22');
    expectHits(f.fr, 'Le 9 juin, les électeurs voteront.', [['9 juin', '2024-06-09']], '2024-04-22');
    expectHits(f.fr, 'La sécurité au cœur des élections locales du 2 mai.', [['2 mai', '2024-05-02']], '2024-04-30');
    // a forward word before the day, or a participle only (a present passive), keeps this year
    expectHits(f.en, 'The deadline was extended to 9 June.', [['9 June', '2024-06-09']], '2024-04-22');
    expectHits(f.fr, 'Le scrutin est fixé au 9 juin.', [['9 juin', '2024-06-09']], '2024-04-22');
    expectHits(f.nl, 'De verkiezing werd verplaatst naar 9 juni.', [['9 juni', '2024-06-09']], '2024-04-22');
    expect(values(without('de', 'past-day-month-last-year'), 'Am 7. Oktober wurden 1200 Menschen getötet.', '2024-04-22')).toEqual([['2024-10-07']]);
  });
});

describe('year-by-next-word', () => {
  it('a 4-digit number before an article, opening a sentence, or before a final verb is a year', () => {
    expectHits(f.de, 'Ergänzend starten EU und Indien 2026 eine gemeinsame Plattform.', [['2026', '2026']]);
    expectHits(f.de, 'Die Gespräche begannen bereits 2007. 2013 legten beide Seiten sie auf Eis.', [['2007', '2007'], ['2013', '2013']]);
    expectHits(f.de, 'Sie importierten Waren aus dem Iran - 2010 war der Wert höher.', [['2010', '2010']]);
    expectHits(f.de, 'Das galt, bis die USA den Deal 2018 aufkündigten, sagte er.', [['2018', '2018']]);
    expectHits(f.en, '2019 was a bad year.', [['2019', '2019']]);
    expect(values(without('de', 'year-by-next-word'), '2013 legten beide Seiten sie auf Eis.')).toEqual([]);
  });
  it('amounts stay amounts: units, counted nouns, adjectives before them, bare numbers', () => {
    expectHits(f.de, 'Auf dem Platz demonstrierten 2000 Menschen. 2000 neue Wohnungen fehlen.', []);
    expectHits(f.de, 'Die Halle hat 2000 Quadratmetern Fläche; es kostet 2024 Euro.', []);
    expectHits(f.de, 'Er bekam 2000, sie 1500.', []);
    expectHits(f.nl, '2000 nieuwe woningen en 1500 km dijk.', []);
    expectHits(f.en, 'The county has 2024 inhabitants and the road is 1500 km long.', []);
    // after a year cue: units, also in German compounds and after "square" / "vierkante"
    expectHits(f.de, 'Das Feuer zerstörte in 2000 Quadratmetern Lagerhalle alles, mit 1900 Einsatzkräften.', []);
    expectHits(f.de, 'Für 2024 Euro im Monat; seit 2015 Bürgermeister.', [['2015', '2015']]);
    expectHits(f.nl, 'In 2000 vierkante meter hal; vanaf 2024 euro per maand; sinds 2019 burgemeester.', [['2019', '2019']]);
    expectHits(f.fr, 'Sur 2000 mètres carrés; depuis 2019 maire; pour 2024 euros.', [['2019', '2019']]);
    expectHits(f.en, 'In 2000 square metres of warehouse; since 2019 mayor.', [['2019', '2019']]);
  });
});

describe('year-list', () => {
  it('a year after a year and a comma', () => {
    expectHits(f.de, 'In den Jahren 2017, 2018 und 2019 gab es Kontrollen.', [['2017', '2017'], ['2018', '2018'], ['2019', '2019']]);
    expectHits(f.fr, 'Ses enfants sont nés en 2012, 2015 et 2018.', [['2012', '2012'], ['2015', '2015'], ['2018', '2018']]);
    expectHits(f.fr, 'Il a payé, en 1990, 2000 euros.', [['1990', '1990']]);
    expect(values(without('de', 'year-list'), 'In den Jahren 2017, 2018 und 2019 gab es Kontrollen.')).toEqual([['2017']]);
  });
});

describe('year-after-possessive', () => {
  it("Russia's 2022 invasion", () => {
    expectHits(f.en, 'After Russia’s 2022 invasion, Finland joined.', [['2022', '2022']]);
    expectHits(f.en, "The women's 1997 Fed Cup.", [['1997', '1997']]);
    expect(values(without('en', 'year-after-possessive'), 'After Russia’s 2022 invasion, Finland joined.')).toEqual([]);
  });
});

describe('deictic-weekday', () => {
  it('"ce mercredi noir" is this Wednesday; "jeudi noir" alone is an event', () => {
    expectHits(f.fr, 'Un accident en ce mercredi noir. Le jeudi noir de 1929.', [['mercredi', '2012-03-14'], ['1929', '1929']], '2012-03-14');
    expect(values(without('fr', 'deictic-weekday'), 'Un accident en ce mercredi noir.', '2012-03-14')).toEqual([]);
  });
  it('an untensed "ce mercredi" / "this Wednesday" / "deze woensdag" / "an diesem Freitag" is the nearer one', () => {
    expectHits(f.fr, 'Les sirènes ne retentissent pas ce mercredi.', [['mercredi', '2024-05-01']], '2024-04-29');
    expectHits(f.fr, 'Réunion ce mardi à Bruxelles.', [['mardi', '2024-04-30']], '2024-05-03');
    expectHits(f.en, 'Parliament debates the bill this Wednesday.', [['Wednesday', '2024-05-01']], '2024-04-29');
    expectHits(f.nl, 'Deze woensdag gaan de sirenes niet af.', [['woensdag', '2024-05-01']], '2024-04-29');
    expectHits(f.de, 'An diesem Freitag gilt die Warnung.', [['Freitag', '2024-04-26']], '2024-04-24');
    // told in the past, it stays in the past
    expectHits(f.fr, 'Le ministre a parlé ce lundi sur BelRTL.', [['lundi', '2024-04-29']], '2024-05-01');
    expect(values(without('fr', 'deictic-weekday'), 'Les sirènes ne retentissent pas ce mercredi.', '2024-04-29')).toEqual([['2024-04-24']]);
  });
});

describe('weekdays that name no particular day (pack words)', () => {
  it('every / each / a / first … weekday, "au mercredi suivant", "a better tomorrow"', () => {
    expectHits(f.fr, 'Les sirènes sonnent chaque premier mercredi du mois, également un mercredi, reporté au mercredi suivant.', []);
    expectHits(f.nl, 'Elke woensdag gaan de sirenes af, op een woensdag.', []);
    expectHits(f.de, 'Jeden Mittwoch und an einem Mittwoch heulen die Sirenen.', []);
    expectHits(f.en, 'Every Monday, on a Monday, they will not create a better tomorrow.', []);
  });
});

it('every rule has a test above', () => {
  expect([...DATE_RULES].sort()).toEqual(
    [
      'weekday-forward-word', 'tense-after-weekday', 'past-cues', 'one-weekday-one-day', 'weekday-range', 'day-range',
      'past-day-month-last-year', 'year-by-next-word', 'year-list', 'year-after-possessive', 'deictic-weekday',
    ].sort(),
  );
});
