import { beforeAll, describe, it } from 'vitest';
import type { DateFinder } from '../../../src/nlp/dates/find-dates';
import { expectHits, finder } from './expect-dates';

let f: DateFinder;
beforeAll(async () => {
  f = await finder('fr');
});

describe('fr dates: relative', () => {
  it('en octobre dernier, octobre de l’année dernière, l’an dernier', () => {
    expectHits(f, 'Le traité de police Benelux est entré en vigueur en octobre dernier.', [['octobre dernier', '2023-10', true]]);
    expectHits(f, "Il est entré en vigueur en octobre de l'année dernière.", [["octobre de l'année dernière", '2023-10', true]]);
    expectHits(f, 'Signé en octobre de l’an dernier.', [['octobre de l’an dernier', '2023-10', true]]);
    expectHits(f, "L'an dernier, puis l'année prochaine et cette année.", [
      ["L'an dernier", '2023', true],
      ["l'année prochaine", '2025', true],
      ['cette année', '2024', true],
    ]);
    expectHits(f, 'La réforme suivra en mars prochain.', [['mars prochain', '2025-03', true]]);
  });
  it('month alone after en / début / mi-', () => {
    expectHits(f, 'En octobre, les pays ont signé.', [['octobre', '2023-10', true]]);
    expectHits(f, 'Depuis la mi-mars, les services coopèrent.', [['mars', '2024-03', true]]);
  });
  it('hier, aujourd’hui, demain, avant-hier, le mois dernier', () => {
    expectHits(f, "Hier et aujourd'hui, puis demain et après-demain ; avant-hier aussi.", [
      ['Hier', '2024-06-03'],
      ["aujourd'hui", '2024-06-04'],
      ['demain', '2024-06-05'],
      ['après-demain', '2024-06-06'],
      ['avant-hier', '2024-06-02'],
    ]);
    expectHits(f, 'Le mois dernier, le conseil a voté.', [['Le mois dernier', '2024-05', true]]);
  });
  it('weekdays: past by default, next with prochain, previous with dernier', () => {
    expectHits(f, 'Les ministres se sont réunis mercredi.', [['mercredi', '2024-05-29', true]]);
    expectHits(f, 'Le conseil se réunira mercredi prochain.', [['mercredi prochain', '2024-06-05', true]]);
    expectHits(f, 'Mardi dernier, la police est intervenue.', [['Mardi dernier', '2024-05-28', true]]);
    expectHits(f, 'Lundi soir, un incendie.', [['Lundi soir', '2024-06-03', true]]);
  });
});

describe('fr dates: absolute', () => {
  it('full dates', () => {
    expectHits(f, 'Publié le 4 juin 2024.', [['4 juin 2024', '2024-06-04', false]]);
    expectHits(f, 'Le 1er mars 2024, la loi est entrée en vigueur.', [['1er mars 2024', '2024-03-01', false]]);
    expectHits(f, 'Le mardi 4 juin 2024 à 10 h.', [['mardi 4 juin 2024', '2024-06-04']]);
    expectHits(f, 'Le 12 févr. 2023 et le 3 août 2022.', [['12 févr. 2023', '2023-02-12'], ['3 août 2022', '2022-08-03']]);
  });
  it('without year, ranges, month and year, numeric', () => {
    expectHits(f, 'Comité de Ministres Benelux – 20 juin.', [['20 juin', '2024-06-20', true]]);
    expectHits(f, 'Du 3 au 5 juin 2024 à Bruxelles.', [['3 au 5 juin 2024', '2024-06-03']]);
    expectHits(f, 'En octobre 2023, le traité est entré en vigueur.', [['octobre 2023', '2023-10', false]]);
    expectHits(f, 'Décision du 04/06/2024.', [['04/06/2024', '2024-06-04']]);
  });
});

describe('fr dates: bare years', () => {
  it('de 1996, en 2006, depuis 2020, l’année 2008, jusqu’en 2030', () => {
    expectHits(f, 'Le « Mémorandum de Senningen » de 1996 et le mémorandum de 2006.', [['1996', '1996'], ['2006', '2006']]);
    expectHits(f, "Depuis 2020, en 2021 et l'année 2008, jusqu'en 2030.", [
      ['2020', '2020'],
      ['2021', '2021'],
      ['2008', '2008'],
      ['2030', '2030'],
    ]);
    expectHits(f, 'Entre 2006 et 2008, puis fin 2023.', [['2006', '2006'], ['2008', '2008'], ['2023', '2023']]);
  });
  it('not postal codes, amounts, times, scores', () => {
    expectHits(f, 'Rue de la Régence 39, 1000 Bruxelles ; 75008 Paris ; 1050 Ixelles.', []);
    expectHits(f, 'Un budget de 2006 euros pour 1 500 personnes et de 2000 habitants.', []);
    expectHits(f, 'À 20 h 15, score 2-1, page 1999, 2 000 mètres.', []);
  });
});

describe('fr dates: no publication date', () => {
  it('drops relative expressions, keeps absolute ones', () => {
    expectHits(f, 'En octobre dernier, hier, mercredi ; le 4 juin 2024 ; de 1996.', [['4 juin 2024', '2024-06-04'], ['1996', '1996']], null);
  });
});

describe('fr dates: future clauses and "il y a"', () => {
  it('a future tense before the weekday or month points forward', () => {
    expectHits(f, 'Le conseil se réunira mercredi.', [['mercredi', '2024-06-05', true]]);
    expectHits(f, 'Les élections auront lieu en octobre.', [['octobre', '2024-10', true]]);
    expectHits(f, 'Le conseil s’est réuni mercredi.', [['mercredi', '2024-05-29', true]]);
  });
  it('il y a …', () => {
    expectHits(f, 'Il y a deux ans et il y a 3 jours.', [['Il y a deux ans', '2022', true], ['il y a 3 jours', '2024-06-01', true]]);
  });
});

describe('fr dates: day and month with a relative year', () => {
  it('le 12 octobre dernier, le 12 octobre prochain, le 4 octobre de l’année dernière', () => {
    expectHits(f, 'Le 12 octobre dernier, puis le 12 octobre prochain.', [['12 octobre dernier', '2023-10-12', true], ['12 octobre prochain', '2024-10-12', true]]);
    expectHits(f, 'Le 2 juin dernier et le 4 octobre de l’année dernière.', [['2 juin dernier', '2024-06-02', true], ['4 octobre de l’année dernière', '2023-10-04', true]]);
  });
});

describe('fr dates: things that look like dates', () => {
  it('mardi gras, vendredi saint', () => {
    expectHits(f, 'Le défilé du mardi gras et le vendredi saint.', []);
  });
});

describe('fr dates: typography and ranges', () => {
  it('non-breaking spaces, capitals, superscript ordinals, seasons, decades', () => {
    expectHits(f, 'Publié le 4\u00a0juin\u00a02024 à 10\u202fh ; LE 4 JUIN 2024 ; le 1ᵉʳ mars 2024.', [
      ['4\u00a0juin\u00a02024', '2024-06-04'],
      ['4 JUIN 2024', '2024-06-04'],
      ['1ᵉʳ mars 2024', '2024-03-01'],
    ]);
    expectHits(f, 'Au printemps 2024, fin juin, hier soir et ce matin.', [
      ['2024', '2024'],
      ['juin', '2024-06', true],
      ['hier soir', '2024-06-03'],
      ['ce matin', '2024-06-04'],
    ]);
  });
  it('an amount range is not a year range', () => {
    expectHits(f, 'Il faut compter de 1800 à 2000 euros.', []);
  });
});

describe('fr dates: "aujourd’hui" as nowadays', () => {
  it('les Inuits d’aujourd’hui, encore aujourd’hui are not dates', () => {
    expectHits(f, "La culture des Inuits d'aujourd'hui existe encore aujourd'hui. Aujourd'hui, le conseil se réunit.", [["Aujourd'hui", '2024-06-04', true]]);
  });
});

describe('fr dates: conditional and future forms point forward', () => {
  it('sera / serait / aura lieu before a bare month: the coming one', () => {
    expectHits(f, "L'exercice serait reconduit en avril.", [['avril', '2025-04', true]], '2025-02-01');
    expectHits(f, 'Le sommet aura lieu en mai.', [['mai', '2025-05', true]], '2025-02-01');
    expectHits(f, 'Le bilan sera présenté en mars.', [['mars', '2025-03', true]], '2025-02-01');
    expectHits(f, 'Le sommet a eu lieu en mai.', [['mai', '2024-05', true]], '2025-02-01');
  });
});
