import { beforeAll, describe, it } from 'vitest';
import type { DateFinder } from '../../../src/nlp/dates/find-dates';
import { expectHits, finder } from './expect-dates';

let f: DateFinder;
beforeAll(async () => {
  f = await finder('en');
});

describe('en dates: relative', () => {
  it('last October, October last year, this year in March, next March', () => {
    expectHits(f, 'The Benelux Police Treaty entered into force last October.', [['last October', '2023-10', true]]);
    expectHits(f, 'It entered into force in October last year.', [['October last year', '2023-10', true]]);
    expectHits(f, 'It was signed in October of last year.', [['October of last year', '2023-10', true]]);
    expectHits(f, 'This year in March the council met.', [['This year in March', '2024-03', true]]);
    expectHits(f, 'The review follows next March.', [['next March', '2025-03', true]]);
  });
  it('month alone after a preposition; "may" and "march" as words are not months', () => {
    expectHits(f, 'In October the countries signed.', [['October', '2023-10', true]]);
    expectHits(f, 'Since mid-March the services cooperate.', [['March', '2024-03', true]]);
    expectHits(f, 'They may march in May.', [['May', '2024-05', true]]);
  });
  it('yesterday, today, tomorrow, last year, last month', () => {
    expectHits(f, 'Yesterday and today; tomorrow too. Last year and next year; last month.', [
      ['Yesterday', '2024-06-03'],
      ['today', '2024-06-04'],
      ['tomorrow', '2024-06-05'],
      ['Last year', '2023'],
      ['next year', '2025'],
      ['last month', '2024-05'],
    ]);
  });
  it('weekdays', () => {
    expectHits(f, 'The ministers met on Wednesday.', [['Wednesday', '2024-05-29', true]]);
    expectHits(f, 'The council decides next Wednesday.', [['next Wednesday', '2024-06-05', true]]);
    expectHits(f, 'It meets this coming Friday.', [['this coming Friday', '2024-06-07', true]]);
    expectHits(f, 'Last Tuesday there was a drill.', [['Last Tuesday', '2024-05-28', true]]);
    expectHits(f, 'A fire broke out on Sunday night.', [['Sunday night', '2024-06-02', true]]);
  });
});

describe('en dates: absolute', () => {
  it('full dates in both orders', () => {
    expectHits(f, 'Published June 4, 2024 by the editors.', [['June 4, 2024', '2024-06-04', false]]);
    expectHits(f, 'On 4 June 2024 the workshop took place.', [['4 June 2024', '2024-06-04']]);
    expectHits(f, 'On Tuesday, 4 June the workshop took place.', [['Tuesday, 4 June', '2024-06-04', true]]);
    expectHits(f, 'On the 1st of March 2024 and on March 3rd, 2023.', [['1st of March 2024', '2024-03-01'], ['March 3rd, 2023', '2023-03-03']]);
  });
  it('month and year, numeric (day first unless impossible), ISO', () => {
    expectHits(f, 'In Oct. 2023 and in October 2023.', [['Oct. 2023', '2023-10'], ['October 2023', '2023-10']]);
    expectHits(f, 'Updated 2024-06-04T10:30:00Z.', [['2024-06-04', '2024-06-04', false]]);
    expectHits(f, 'Filed 04/06/2024, amended 06/13/2024 and 2024-06-15.', [
      ['04/06/2024', '2024-06-04'],
      ['06/13/2024', '2024-06-13'],
      ['2024-06-15', '2024-06-15'],
    ]);
  });
});

describe('en dates: bare years', () => {
  it('of 1996, the 2006 Memorandum, since 2020, between 2006 and 2008', () => {
    expectHits(f, 'The "Senningen Memorandum" of 1996 and the 2006 Benelux Memorandum of Understanding.', [['1996', '1996'], ['2006', '2006']]);
    expectHits(f, 'As laid down in the 2008 Treaty. Since 2020; between 2006 and 2008.', [
      ['2008', '2008'],
      ['2020', '2020'],
      ['2006', '2006'],
      ['2008', '2008'],
    ]);
    expectHits(f, 'The agreement (1996) still holds, from 2006-2008.', [['1996', '1996'], ['2006', '2006'], ['2008', '2008']]);
  });
  it('not postal codes, amounts, times, scores, ISBNs', () => {
    expectHits(f, 'Rue de la Régence 39, 1000 Brussels. London SW1A 1AA.', []);
    expectHits(f, 'In 2000 cases, 1,500 people and 2006 euros; the 1999 people who came.', []);
    expectHits(f, 'At 20:15 the score was 2-1; ISBN 978-0-2006-1996-1; page 1998.', []);
  });
});

describe('en dates: future clauses and "ago"', () => {
  it('a future cue before the weekday or month points forward', () => {
    expectHits(f, 'The council will meet on Wednesday.', [['Wednesday', '2024-06-05', true]]);
    expectHits(f, "They'll decide on Tuesday.", [['Tuesday', '2024-06-04', true]]);
    expectHits(f, 'Elections are expected in October.', [['October', '2024-10', true]]);
    expectHits(f, 'The minister said on Wednesday that talks will resume.', [['Wednesday', '2024-05-29', true]]);
  });
  it('… ago', () => {
    expectHits(f, 'Two years ago, three days ago and a month ago; 2 weeks ago.', [
      ['Two years ago', '2022', true],
      ['three days ago', '2024-06-01', true],
      ['a month ago', '2024-05', true],
      ['2 weeks ago', '2024-05', true],
    ]);
  });
});

describe('en dates: day and month with a relative year', () => {
  it('May 13 next year, 4 October last year', () => {
    expectHits(f, 'A tour starting on May 13 next year; signed on 4 October last year.', [['May 13 next year', '2025-05-13', true], ['4 October last year', '2023-10-04', true]]);
  });
});

describe('en dates: things that look like dates', () => {
  it('feasts and events named after weekdays; version numbers; dimensions', () => {
    expectHits(f, 'Ash Wednesday, Good Friday and Black Friday sales; Super Tuesday.', []);
    expectHits(f, 'Release 4.2.3 April 2014 and 4.3.4 November 2014.', [['April 2014', '2014-04'], ['November 2014', '2014-11']]);
    expectHits(f, 'It has a resolution of 1800 x 1920 per eye.', []);
  });
});

describe('en dates: more forms', () => {
  it('the 4th of June, Jan. 6, mid-2023, from 2019 to 2021, decades are not years', () => {
    expectHits(f, 'On the 4th of June, after Jan. 6, in mid-2023, from 2019 to 2021; the 1990s.', [
      ['4th of June', '2024-06-04', true],
      ['Jan. 6', '2024-01-06', true],
      ['2023', '2023'],
      ['2019', '2019'],
      ['2021', '2021'],
    ]);
  });
});

describe('en dates: anaphora are not resolved against publication', () => {
  it('the next year, the last Sunday in September', () => {
    expectHits(f, 'It was published in 1909. The next year, Waite published a deck.', [['1909', '1909']]);
    expectHits(f, 'Clocks go forward from the last Sunday in September.', [['September', '2023-09', true]]);
    expectHits(f, 'The deficit will grow next year.', [['next year', '2025', true]]);
  });
});

describe('en dates: conditional and planned forms point forward', () => {
  const PUB_FEB = '2025-02-01';
  it('would / shall / is to / are set to before a bare month: the coming one', () => {
    expectHits(f, 'Organisers said the drill would be repeated in April.', [['April', '2025-04', true]], PUB_FEB);
    expectHits(f, 'The review shall take place in March.', [['March', '2025-03', true]], PUB_FEB);
    expectHits(f, 'The summit is to open in June.', [['June', '2025-06', true]], PUB_FEB);
    expectHits(f, 'Talks are set to resume in May.', [['May', '2025-05', true]], PUB_FEB);
  });
  it('a past conditional ("would have") and a plain past stay in the past', () => {
    expectHits(f, 'The drill would have been held in April.', [['April', '2024-04', true]], PUB_FEB);
    expectHits(f, 'The drill was held in April.', [['April', '2024-04', true]], PUB_FEB);
  });
});
