import { describe, expect, it } from 'vitest';
import { isBylineLine, isDatelineLine, removeBylineLines } from '../../../src/extract/byline-lines';
import { domText } from '../../../src/extract/dom-text';
import { content } from './helpers';

describe('byline and dateline lines', () => {
  it('knows bylines and publication-time lines in the four languages', () => {
    for (const s of ['Par J.-M. B.', 'By Sarah Okafor and Tom Reyes', 'Door Jan de Wit', 'Von Anna Berger und Lukas Frei']) expect(isBylineLine(s), s).toBe(true);
    for (const s of ['Publié il y a 3 heures, Mis à jour il y a 5 minutes', 'Updated 2 hours ago', 'Bijgewerkt 14:02', 'Aktualisiert am 3. März 2025', '12.04.2025, 09:15 Uhr', '03. 02. 2026, 11:30 Uhr Lesedauer: 3 Minuten']) {
      expect(isDatelineLine(s), s).toBe(true);
    }
  });
  it('leaves sentences that open with the same words', () => {
    for (const s of ['Par ailleurs, le préfet a fermé les quais de la Meuse.', 'By Monday the river had fallen by a metre.', 'Door de storm vielen in Zeeland drie bomen op het spoor.', 'Von den 40 Toten sind 30 identifiziert.']) {
      expect(isBylineLine(s), s).toBe(false);
    }
    expect(isDatelineLine('Publiée en 2019, la loi impose des sirènes dans chaque commune de plus de 5 000 habitants du département.')).toBe(false);
  });
  it('removes them among the first blocks only', () => {
    const c = content(`<p>Par M.L.</p><p>Publié il y a 2 heures</p><p>Les pompiers de Namur ont évacué deux immeubles après une fuite de gaz.</p>
      <p>Le bourgmestre a remercié les secours.</p><p>a</p><p>b</p><p>c</p><p>d</p><p>e</p><p>Par Jean Dupont</p>`);
    expect(removeBylineLines(c)).toBe(2);
    const t = domText(c, { base: 'https://x.example/' }).text;
    expect(t.startsWith('Les pompiers de Namur')).toBe(true);
    expect(t).toContain('Par Jean Dupont');
  });
});
