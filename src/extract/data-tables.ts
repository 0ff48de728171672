/**
 * After Readability: tables of figures are not prose. A weather forecast ("Zondag 4°C 1°C NO 4"),
 * a results or prices grid gives the NLP dozens of weekdays, numbers and abbreviations out of any
 * sentence. A table goes when its cells are short and mostly carry digits; a table of sentences
 * (a timeline, a quote box) stays.
 */
import { type Drop, removeElement, collapsedText } from './content-blocks';
import { elementsUnder, firstUnder, tagSet } from './dom-walk';

export function isDataTable(table: Element): boolean {
  if (elementsUnder(table, tagSet('tr')).length < 3) return false;
  const cells = elementsUnder(table, tagSet('td, th')).map(collapsedText).filter(Boolean);
  if (cells.length < 6) return false;
  let digits = 0;
  let long = 0;
  let chars = 0;
  for (const c of cells) {
    chars += c.length;
    if (/\d/.test(c)) digits++;
    if (c.split(/\s+/).length >= 12) long++;
  }
  return long === 0 && chars / cells.length <= 24 && digits / cells.length >= 0.4;
}

/** Remove data tables under `root`; returns how many. */
export function removeDataTables(root: Element, drop: Drop = removeElement): number {
  let n = 0;
  for (const t of elementsUnder(root, tagSet('table'))) {
    if (firstUnder(t, tagSet('table'))) continue; // judge the innermost tables
    if (isDataTable(t)) {
      drop(t);
      n++;
    }
  }
  return n;
}
