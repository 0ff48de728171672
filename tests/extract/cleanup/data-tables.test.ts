import { describe, expect, it } from 'vitest';
import { isDataTable, removeDataTables } from '../../../src/extract/data-tables';
import { content } from './helpers';

describe('data tables', () => {
  it('removes a table of figures (a forecast) and keeps a table of sentences', () => {
    const forecast = `<table id="f"><tr><th>Dag</th><th>Max</th><th>Min</th><th>Wind</th></tr>
      <tr><td>Maandag</td><td>6°C</td><td>1°C</td><td>ZW 5</td></tr><tr><td>Dinsdag</td><td>7°C</td><td>2°C</td><td>W 4</td></tr>
      <tr><td>Woensdag</td><td>5°C</td><td>-1°C</td><td>N 3</td></tr></table>`;
    const timeline = `<table id="t"><tr><td>14:00</td><td>The fire brigade of Kerkrade closes the road to the border after the gas leak is reported.</td></tr>
      <tr><td>15:30</td><td>The mayor orders residents of three streets to leave their homes until further notice.</td></tr>
      <tr><td>18:00</td><td>The gas company says the leak has been sealed and residents may return.</td></tr></table>`;
    const c = content(forecast + timeline);
    expect(isDataTable(c.querySelector('#f')!)).toBe(true);
    expect(isDataTable(c.querySelector('#t')!)).toBe(false);
    expect(removeDataTables(c)).toBe(1);
    expect(c.querySelector('#t')).not.toBeNull();
  });
  it('keeps a small table', () => {
    const c = content('<table><tr><td>Dead</td><td>12</td></tr><tr><td>Missing</td><td>4</td></tr></table>');
    expect(removeDataTables(c)).toBe(0);
  });
});
