import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allTextDates, allTextDatesUnwindowed, findTextDate, isoDate, numericOrder, parseMachineDate, parseStamp, urlDate } from '../../src/extract/date-text';

describe('findTextDate: visible dates in nl/fr/de/en', () => {
  it.each([
    ['04 jun. 2024', '2024-06-04'],
    ['woensdag 4 juni 2024', '2024-06-04'],
    ['Gepubliceerd op 12 mrt 2023 om 10:15', '2023-03-12'],
    ['4 juin 2024', '2024-06-04'],
    ['Publié le 1er mars 2024 à 8h00', '2024-03-01'],
    ['mis à jour le 15 février 2022', '2022-02-15'],
    ['17 févr. 2021', '2021-02-17'],
    ['4. Juni 2024', '2024-06-04'],
    ['Stand: 3. März 2020, 18:04 Uhr', '2020-03-03'],
    ['3. Maerz 2020', '2020-03-03'],
    ['June 4, 2024', '2024-06-04'],
    ['Jun. 4th, 2024', '2024-06-04'],
    ['4 June 2024', '2024-06-04'],
    ['Updated 4th Sept 2023', '2023-09-04'],
    ['04.06.2024', '2024-06-04'],
    ['04/06/2024 14:00', '2024-06-04'],
    ['2024-06-04', '2024-06-04'],
    ['4 de junio de 2024', '2024-06-04'],
    ['2024年6月4日 9:00', '2024-06-04'],
    ['2024년 6월 4일', '2024-06-04'],
  ])('%s → %s', (text, iso) => {
    expect(findTextDate(text)?.value).toBe(iso);
  });

  it('reads numeric dates day first, month first only when the day slot cannot be a month', () => {
    expect(findTextDate('05/06/2024')?.value).toBe('2024-06-05');
    expect(findTextDate('06/25/2024')?.value).toBe('2024-06-25');
    expect(findTextDate('05/06/2024', { monthFirst: true })?.value).toBe('2024-05-06');
    expect(findTextDate('25/06/2024', { monthFirst: true })?.value).toBe('2024-06-25');
  });

  it('takes the earliest date in the string and gives its index', () => {
    const d = findTextDate('Door Jan Jansen, 3 mei 2021, bijgewerkt 4 mei 2021');
    expect(d).toEqual({ value: '2021-05-03', index: 'Door Jan Jansen, '.length, end: 'Door Jan Jansen, 3 mei 2021'.length });
  });

  it('rejects impossible dates and non-dates', () => {
    expect(findTextDate('31 februari 2024')).toBeNull();
    expect(findTextDate('31.02.2024')).toBeNull();
    expect(findTextDate('Maybe 2024 will be better')).toBeNull();
    expect(findTextDate('4 junior 2024')).toBeNull();
    expect(findTextDate('Call 0470 12 34 56')).toBeNull();
    expect(findTextDate('')).toBeNull();
  });

  it('isoDate validates leap years', () => {
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2023, 2, 29)).toBeNull();
    expect(isoDate(1900, 2, 29)).toBeNull();
  });
});

describe('parseMachineDate', () => {
  it('keeps the date part as written (publisher-local), whatever the offset', () => {
    expect(parseMachineDate('2024-06-04T23:30:00-05:00')).toBe('2024-06-04');
    expect(parseMachineDate('2024-06-04T00:30:00+09:00')).toBe('2024-06-04');
    expect(parseMachineDate('2017-11-03 03:01:00.000000')).toBe('2017-11-03');
    expect(parseMachineDate('2024-06-04Z')).toBe('2024-06-04');
    expect(parseMachineDate('20240604')).toBe('2024-06-04');
  });
  it('reads textual and epoch values', () => {
    expect(parseMachineDate('Tue, 04 Jun 2024 10:00:00 GMT')).toBe('2024-06-04');
    expect(parseMachineDate('1717495200')).toBe('2024-06-04');
    expect(parseMachineDate(1717495200000)).toBe('2024-06-04');
  });
  it('refuses garbage and month-only values', () => {
    expect(parseMachineDate('2024-06')).toBeNull();
    expect(parseMachineDate('yesterday')).toBeNull();
    expect(parseMachineDate('2024-13-45T00:00')).toBeNull();
    expect(parseMachineDate({})).toBeNull();
    expect(parseMachineDate('x'.repeat(10_000))).toBeNull();
  });
});

describe('urlDate', () => {
  it.each([
    ['https://ex.com/2024/06/04/story', '2024-06-04'],
    ['https://ex.com/news/2024/6/4/story.html', '2024-06-04'],
    ['https://ex.com/news/2024-06-04-flood', '2024-06-04'],
    ['https://ex.com/archive/20240604/', '2024-06-04'],
    ['https://ex.com/business/2015/03/18/ca175d64', '2015-03-18'],
  ])('%s → %s', (url, iso) => expect(urlDate(url)).toBe(iso));
  it('ignores ids, the query string and invalid dates', () => {
    expect(urlDate('https://ex.com/story/123456789')).toBeNull();
    expect(urlDate('https://ex.com/a?date=2024-06-04')).toBeNull();
    expect(urlDate('https://ex.com/2024/13/40/x')).toBeNull();
    expect(urlDate('not a url')).toBeNull();
  });
});

describe('urlDate: more forms', () => {
  it.each([
    ['https://ex.com/2017/7/12/slug', '2017-07-12'],
    ['https://www.bka.de/DE/Presse/2022/220126_PM_Telegram.html', '2022-01-26'],
    ['https://ex.org/media-news/meldungen/29-10-2021', '2021-10-29'],
    ['https://ex.de/aktuelles/08112021-online-fachtag', '2021-11-08'],
    ['https://ex.com/20240604-slug', '2024-06-04'],
  ])('%s → %s', (url, iso) => expect(urlDate(url)).toBe(iso));
  it('does not read ids as dates', () => {
    expect(urlDate('https://ex.com/News/120200622120908039/x')).toBeNull();
    expect(urlDate('https://ex.com/photo/26034451/spring')).toBeNull();
  });
});

describe('allTextDates, numericOrder, parseStamp', () => {
  it('lists every date in order, flags swappable numeric ones, reads short years on request', () => {
    const ds = allTextDates('Am 4. Juni 2024 und 05/06/2024, dann 28.01.22', { shortYear: true });
    expect(ds.map((d) => d.value)).toEqual(['2024-06-04', '2024-06-05', '2022-01-28']);
    expect(ds[1]!.ambiguous).toBe(true);
    expect(allTextDates('Version 2.7.1 und 28.01.22').map((d) => d.value)).toEqual([]);
  });
  it('tells a page\'s numeric order from dates that can only be read one way', () => {
    expect(numericOrder('12/25/2023 and 01/02/2024')).toBe('mdy');
    expect(numericOrder('25.12.2023 und 01.02.2024')).toBe('dmy');
    expect(numericOrder('01/02/2024')).toBeNull();
    expect(numericOrder('25/12/2023 and 12/25/2023')).toBeNull();
  });
  it('parses the time and offset of a stamp', () => {
    expect(parseStamp('2023-11-09T03:28:35Z')).toEqual({ date: '2023-11-09', time: 208, offset: 0 });
    expect(parseStamp('2021-11-04T23:00+01:00')).toEqual({ date: '2021-11-04', time: 1380, offset: 60 });
    expect(parseStamp('2023-11-08 18:09:55')).toEqual({ date: '2023-11-08', time: 1089, offset: null });
    expect(parseStamp('2023-11-08')).toEqual({ date: '2023-11-08', time: null, offset: null });
    expect(parseStamp('soon')).toBeNull();
  });
});

describe('findTextDate: spaced German numeric dates and Romanian months', () => {
  it('reads 4.\u20092.\u20092022 (thin spaces) and 4. 2. 2022 day first', () => {
    expect(findTextDate('Von Deutscher Tennis Bund 4.\u20092.\u20092022.')?.value).toBe('2022-02-04');
    expect(findTextDate('am 4. 2. 2022')?.value).toBe('2022-02-04');
  });
  it('reads 20 septembrie 2020', () => expect(findTextDate('duminică, 20 septembrie 2020')?.value).toBe('2020-09-20'));
});

describe('allTextDates on long texts reads only the stretches around years, with the same result', () => {
  // Pieces of page text: dates in every form, near-misses, numbers, words, whitespace runs of 1 to 5.
  const pieces = [
    '4 juin 2024', '1er mars 2024', '4. Juni 2024', '04 jun. 2024', 'June 4, 2024', 'Jun. 4th 2024', '31st de septembrie de 2024',
    '04.06.2024', '05/06/2024', '25/12/2023', '12/25/2023', '2024-06-04', '2024/6/4', '4. 2. 2022', '28.01.22', '8.5.12',
    '2024年6月4日', '2024 년 6 월 4 일', '12345678', '1.2.3.45', '2024', '1999', '2100', '3000', 'Juni', 'mars', 'May', '4',
    '12', '31', '.', ',', '-', '/', ':', 'Veröffentlicht am', 'Posted on', 'le', 'de', 'th', 'Lorem ipsum dolor sit amet',
    'a', 'é', '１２', 'x2024', '2024y', '0.5.2024', '10:15',
  ];
  const space = fc.constantFrom(' ', ' ', ' ', '  ', '   ', '\n', '\u00a0', '    ', '     ', '');
  const text = fc
    .array(fc.tuple(fc.constantFrom(...pieces), space), { minLength: 200, maxLength: 1200 })
    .map((xs) => xs.map(([p, w]) => p + w).join(''));
  it('windowed and whole-text readings agree (property)', () => {
    fc.assert(
      fc.property(text, fc.boolean(), fc.boolean(), fc.constantFrom(5, 300, 500), (t, short, first, max) => {
        const o = { shortYear: short, monthFirst: first, max };
        expect(allTextDates(t, o)).toEqual(allTextDatesUnwindowed(t, o));
        // the same with whitespace collapsed as the page scan does (the windowed path always applies)
        const c = t.replace(/\s+/g, ' ');
        expect(allTextDates(c, o)).toEqual(allTextDatesUnwindowed(c, o));
      }),
      { numRuns: 150, seed: 12 },
    );
  });
  it('finds a date far into a long text, between digit-free stretches', () => {
    const filler = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(100);
    const t = `${filler}Mise en ligne le 23 mai 2019 à 10h${filler}Stand 04.06.2024${filler}`;
    expect(allTextDates(t).map((d) => d.value)).toEqual(['2019-05-23', '2024-06-04']);
    expect(allTextDates(t)[0]!.index).toBe(t.indexOf('23 mai 2019'));
  });
  it('asks for the numeric order only when a date could be read both ways', () => {
    let asked = 0;
    const mf = () => (asked++, true);
    expect(allTextDates('Stand 25.12.2023 und 2024-01-05', { monthFirst: mf }).map((d) => d.value)).toEqual(['2023-12-25', '2024-01-05']);
    expect(asked).toBe(0);
    expect(allTextDates('am 05/06/2024', { monthFirst: mf })[0]!.value).toBe('2024-05-06');
    expect(asked).toBe(1);
  });
});
