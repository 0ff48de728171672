/**
 * Is what we extracted an article? Readability happily returns *something* for home pages,
 * search results, login walls and galleries; these checks turn that into a clear
 * "no article here" instead of a brief of menus and teasers.
 *
 * Calibrated on Readability's test pages (`readerable` in expected-metadata.json): every real
 * article there passes; thresholds are deliberately loose so that short news items pass too.
 */
import type { ArticleLink } from './article';
import type { DocIndex } from './doc-index';

export interface CheckInput {
  /** The original document's index (taken before Readability ran). */
  idx: DocIndex;
  /** The extracted text. */
  text: string;
  /** Total length of link text inside the extracted content. */
  linkTextChars: number;
  links: ArticleLink[];
  /** Paragraphs that are (almost) only a link, and all paragraphs. */
  linkBlocks: number;
  blocks: number;
  /** Paragraphs of running text before the first link-only paragraph. */
  leadingProse: number;
  /** Number of paragraphs (blocks) of at least 80 characters in the text. */
  longParagraphs: number;
  /** The page calls itself an article: og:type=article, JSON-LD Article, a published date in JSON-LD/meta/itemprop. */
  articleSignals: boolean;
  /** Readability's isProbablyReaderable on the original document; a function when it is worked out only if asked (it walks the page). */
  readerable: boolean | (() => boolean);
}

/** `listPage`: the page is a list of articles (home page, section front, search results). */
export type CheckVerdict = { ok: true } | { ok: false; message: string; listPage?: true };

export const LIST_PAGE_MESSAGE = 'This looks like a list of articles (a home page, section front or search results), not one article.';

export const MIN_ARTICLE_CHARS = 250;

const SELECT_HINT = ' To analyse part of this page anyway, select the text and click CrisisLens again.';

export function checkArticle(c: CheckInput): CheckVerdict {
  const len = c.text.length;
  const t = c.idx.tags;
  const hasPassword = t.input.some((i) => (i.getAttribute('type') ?? '').toLowerCase() === 'password');
  if (t.frameset.length || (len < MIN_ARTICLE_CHARS && (t.iframe.length || t.frame.length))) {
    return { ok: false, message: 'This page only shows frames; the article, if any, lives in another document.' + SELECT_HINT };
  }
  if (len < MIN_ARTICLE_CHARS) {
    if (hasPassword) return { ok: false, message: 'This page asks you to sign in; there is no article text to read.' + SELECT_HINT };
    const imgs = t.img.length;
    if (imgs >= 8) return { ok: false, message: 'This page is a gallery of images with too little text to analyse.' + SELECT_HINT };
    return { ok: false, message: `No article found on this page: it has too little readable text (${len} characters).` + SELECT_HINT };
  }
  const density = c.linkTextChars / Math.max(1, len);
  // Mostly links: home pages, section fronts, search results, link lists.
  if (density > 0.6 || (density > 0.4 && c.longParagraphs < 3 && !c.articleSignals)) {
    return { ok: false, message: LIST_PAGE_MESSAGE + SELECT_HINT, listPage: true };
  }
  // Teaser lists and search results: many paragraphs that are just a link (a headline), the
  // rest short blurbs. Articles have a link-only line now and then, not every other paragraph.
  const linkShare = c.linkBlocks / Math.max(1, c.blocks);
  // An article that ends with a list of related links starts with prose; a teaser list does not.
  if (c.linkBlocks >= 6 && density >= 0.2 && c.leadingProse < 3 && (linkShare >= 0.6 || (linkShare >= 0.3 && !c.articleSignals))) {
    return { ok: false, message: LIST_PAGE_MESSAGE + SELECT_HINT, listPage: true };
  }
  // Password form with little prose around it: a login wall.
  if (c.longParagraphs < 2 && len < 800 && hasPassword) {
    return { ok: false, message: 'This page asks you to sign in; there is no article text to read.' + SELECT_HINT };
  }
  // Readability's own pre-check says no, and nothing else says article: a few short blurbs at most.
  if (!c.articleSignals && c.longParagraphs < 3 && len < 1500 && !(typeof c.readerable === 'function' ? c.readerable() : c.readerable)) {
    return { ok: false, message: 'No article found on this page: only a few short pieces of text.' + SELECT_HINT };
  }
  // No single real paragraph: teaser grid, gallery, product list.
  if (c.longParagraphs === 0 && !c.articleSignals) {
    return { ok: false, message: 'No article found on this page: no paragraph of running text.' + SELECT_HINT };
  }
  return { ok: true };
}
