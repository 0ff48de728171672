import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, toCsv } from '../../src/export';
import { entityId } from '../../src/export/entity-id';
import { fourBriefs } from '../library/factory';

describe('exports merge by identity: the entity CSV names every entity by its stable id', () => {
  it('gives the same id to one entity in every language and form', () => {
    expect(entityId('organisation', 'Nationaal Crisiscentrum', 'NCCN')).toBe('cl:nccn');
    expect(entityId('organisation', 'Centre de crise national')).toBe('cl:nccn');
    expect(entityId('organisation', 'Benelux-Union')).toBe('cl:benelux-union');
    expect(entityId('agreement', 'Traité de police Benelux')).toBe('cl:benelux-police-treaty');
    expect(entityId('person', 'Barack Obama')).toBe('Q76');
    expect(entityId('place', 'Frankreich')).toBe('Q142');
    // Unknown: the normalised acronym or name.
    expect(entityId('organisation', 'Vlaamse Milieumaatschappij', 'VMM')).toBe('organisation:vmm');
    expect(entityId('organisation', 'Croix-Rouge de Belgique')).toBe(entityId('organisation', 'croix rouge de belgique'));
  });

  it('writes it in the last column, the NCCN of four languages under one id', () => {
    const rows = Papa.parse<string[]>(toCsv(fourBriefs()).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const col = (n: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(n);
    const nccn = rows.filter((r) => r[col('Acronym')] === 'NCCN');
    expect(nccn).toHaveLength(4);
    expect(new Set(nccn.map((r) => r[col('Entity ID')]))).toEqual(new Set(['cl:nccn']));
    const eu = rows.filter((r) => r[col('Name')] === 'Europese Unie' || r[col('Name')] === 'European Union');
    expect(eu.map((r) => r[col('Entity ID')])).toEqual(['Q458', 'Q458']);
    for (const r of rows.slice(1)) expect(r[col('Entity ID')] === '').toBe(r[col('Kind')] === 'date');
  });
});
