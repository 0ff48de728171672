/**
 * The cleanup steps run on Readability's article element, in order, each one job in its own
 * module: figures tables (data-tables), consent boxes (consent-text), teaser lines and
 * related-link lists (teaser-lines), live-ticker furniture (ticker-furniture), photo credits
 * (photo-credits). What they take out is chrome by the annotation conventions of
 * ../shared/data/crisis-pages/README.md; each was kept because it paid there (see the README).
 */
import { removeBylineLines } from './byline-lines';
import { removeConsentBoxes } from './consent-text';
import { removeDataTables } from './data-tables';
import { removePhotoCredits } from './photo-credits';
import { removeTeaserLines } from './teaser-lines';
import { removeTickerFurniture } from './ticker-furniture';

export interface CleanReport {
  tables: number;
  consent: number;
  teasers: number;
  ticker: number;
  credits: number;
  bylines: number;

  /** Links inside the removed blocks ("Photos : album Flickr", related lists): the text goes, the links stay. */
  droppedLinks: Element[];
}

export function cleanArticleContent(root: Element): CleanReport {
  const droppedLinks: Element[] = [];
  const drop = (el: Element) => {
    if (el.localName === 'a') droppedLinks.push(el);
    for (const a of el.querySelectorAll('a[href]')) droppedLinks.push(a);
    el.remove();
  };
  const tables = removeDataTables(root, drop);
  const consent = removeConsentBoxes(root, drop);
  const teasers = removeTeaserLines(root, drop);
  const ticker = removeTickerFurniture(root, drop);
  const credits = removePhotoCredits(root, drop);
  const bylines = removeBylineLines(root, drop);
  return { tables, consent, teasers, ticker, credits, bylines, droppedLinks };
}
