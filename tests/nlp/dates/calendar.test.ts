import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  isoOf,
  nextMonthYear,
  nextWeekday,
  parseReference,
  previousMonthYear,
  previousWeekday,
  weekdayOf,
  ymdIso,
} from '../../../src/nlp/dates/calendar';

const ref = parseReference('2024-06-04')!; // Tuesday

describe('calendar', () => {
  it('parses references strictly', () => {
    expect(ref).toEqual({ y: 2024, m: 6, d: 4 });
    expect(parseReference('2024-06-04T10:00:00+02:00')).toEqual(ref);
    expect(parseReference('2023-02-29')).toBeNull();
    expect(parseReference('4 juni 2024')).toBeNull();
    expect(parseReference(null)).toBeNull();
  });
  it('formats ISO at each precision', () => {
    expect(isoOf(1996)).toBe('1996');
    expect(isoOf(2023, 10)).toBe('2023-10');
    expect(isoOf(2024, 6, 4)).toBe('2024-06-04');
  });
  it('adds days across months, years and leap days', () => {
    expect(ymdIso(addDays({ y: 2024, m: 3, d: 1 }, -1))).toBe('2024-02-29');
    expect(ymdIso(addDays({ y: 2023, m: 12, d: 31 }, 1))).toBe('2024-01-01');
  });
  it('weekdays: on-or-before, strictly before, next', () => {
    expect(weekdayOf(ref)).toBe(2);
    expect(ymdIso(previousWeekday(ref, 2))).toBe('2024-06-04');
    expect(ymdIso(previousWeekday(ref, 2, true))).toBe('2024-05-28');
    expect(ymdIso(previousWeekday(ref, 3))).toBe('2024-05-29');
    expect(ymdIso(nextWeekday(ref, 3))).toBe('2024-06-05');
    expect(ymdIso(nextWeekday(ref, 2))).toBe('2024-06-11');
  });
  it('months: most recent, strictly before, next, shifted', () => {
    expect(previousMonthYear(ref, 10)).toBe(2023);
    expect(previousMonthYear(ref, 6)).toBe(2024);
    expect(previousMonthYear(ref, 6, true)).toBe(2023);
    expect(nextMonthYear(ref, 6)).toBe(2025);
    expect(nextMonthYear(ref, 7)).toBe(2024);
    expect(addMonths({ y: 2024, m: 1, d: 15 }, -1)).toEqual([2023, 12]);
    expect(addMonths({ y: 2024, m: 12, d: 15 }, 1)).toEqual([2025, 1]);
  });
});

describe('daysBetween', () => {
  it('counts days across years', async () => {
    const { daysBetween } = await import('../../../src/nlp/dates/calendar');
    expect(daysBetween({ y: 2024, m: 1, d: 3 }, { y: 2024, m: 12, d: 28 })).toBe(360);
    expect(daysBetween({ y: 2024, m: 6, d: 4 }, { y: 2024, m: 6, d: 3 })).toBe(-1);
  });
});
