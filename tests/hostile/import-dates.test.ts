/**
 * Issue 16, case 8: imports validate dates as real calendar dates ("0000-00-00" showed as
 * 30 November 1899, "9999-99-99" as 7 June 10007), and the interface never rolls an impossible
 * date over into another one.
 */
import { describe, expect, it } from 'vitest';
import { parseImport, toJson } from '../../src/export';
import { isCalendarDate } from '../../src/export/import';
import { formatIsoDate } from '../../src/ui/format';
import { nlBrief } from '../library/factory';

function exportWith(edit: (b: ReturnType<typeof nlBrief>) => void, savedAt = '2024-06-08T10:00:00.000Z'): string {
  const b = nlBrief();
  edit(b);
  return toJson([{ id: 'x', brief: b, url: b.url, savedAt, updatedAt: savedAt, note: '', tags: [] }]);
}

describe('import: dates must be real calendar dates', () => {
  it('isCalendarDate', () => {
    for (const ok of ['2024', '2024-02', '2024-02-29', '2000-02-29', '0001-01-01']) expect(isCalendarDate(ok), ok).toBe(true);
    for (const bad of ['0000-00-00', '9999-99-99', '2023-02-29', '1900-02-29', '2024-13', '2024-00', '2024-04-31', '0000', '2024-1-1']) expect(isCalendarDate(bad), bad).toBe(false);
  });
  it('refuses impossible published, agreement and entity dates, saying where', () => {
    const cases: Array<[string, (b: ReturnType<typeof nlBrief>) => void, RegExp]> = [
      ['published', (b) => (b.published = '0000-00-00'), /briefs\[0\]\.brief\.published: expected a real calendar date.*"0000-00-00"/],
      ['dates', (b) => (b.dates[0]!.value = '9999-99-99'), /briefs\[0\]\.brief\.dates\[0\]\.value/],
      ['agreement', (b) => (b.agreements.length ? (b.agreements[0]!.date = '2023-02-30') : b.agreements.push({ name: 'X', aliases: [], mentions: [b.dates[0]!.mentions[0]!], date: '2023-02-30' })), /agreements\[0\]\.date/],
    ];
    for (const [label, edit, where] of cases) {
      const r = parseImport(exportWith(edit));
      expect(r.ok, label).toBe(false);
      if (!r.ok) {
        expect(r.code).toBe('invalid-import');
        expect(r.message, label).toMatch(where);
        expect(r.message).toMatch(/Nothing was imported/);
      }
    }
  });
  it('refuses an impossible savedAt', () => {
    const r = parseImport(exportWith(() => undefined, '2024-02-30T10:00:00.000Z'));
    expect(r.ok).toBe(false);
  });
  it('still imports real dates', () => {
    expect(parseImport(exportWith((b) => (b.published = '2024-02-29'))).ok).toBe(true);
  });
});

describe('the interface shows an impossible date as written, never as another date', () => {
  it('formatIsoDate', () => {
    expect(formatIsoDate('0000-00-00', 'en')).toBe('0000-00-00');
    expect(formatIsoDate('9999-99-99', 'en')).toBe('9999-99-99');
    expect(formatIsoDate('2023-02-30', 'en')).toBe('2023-02-30');
    expect(formatIsoDate('2024-06-04', 'en')).toBe('June 4, 2024');
  });
});
