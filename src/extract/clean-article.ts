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
import { leafBlocks } from './content-blocks';

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
  const dropped = new Set<Element>();
  const drop = (el: Element) => {
    if (el.localName === 'a') droppedLinks.push(el);
    for (const a of el.querySelectorAll('a[href]')) droppedLinks.push(a);
    dropped.add(el);
    el.remove();
  };
  const tables = removeDataTables(root, drop);
  const consent = removeConsentBoxes(root, drop);
  // The leaf blocks are listed once and shared by the steps; a step skips those already dropped.
  const all = leafBlocks(root);
  const gone = (el: Element) => {
    for (let a: Element | null = el; a && a !== root; a = a.parentElement) if (dropped.has(a)) return true;
    return !el.parentElement && el !== root;
  };
  const leaves = () => all.filter((b) => !gone(b.el));
  const teasers = removeTeaserLines(root, drop, leaves);
  const ticker = removeTickerFurniture(root, drop, leaves);
  const credits = removePhotoCredits(root, drop, leaves);
  const bylines = removeBylineLines(root, drop, leaves);
  return { tables, consent, teasers, ticker, credits, bylines, droppedLinks };
}
