/**
 * The Article: what extraction hands to analysis. Produced in the page (extension) or
 * from an HTML file (CLI) by the same code; plain data, structured-clone safe.
 */
export interface ArticleLink {
  /** Absolute http(s) URL. */
  href: string;
  /** The link's visible text, whitespace-collapsed. */
  text: string;
}

/** Where the publication date was found, most trusted first. */
export type PublishedSource =
  | 'json-ld'
  | 'meta'
  | 'itemprop'
  | 'time'
  | 'visible-text'
  | 'url'
  | 'option';

export interface Article {
  /** The page's address (the tab URL, or the CLI's --url / file:// URL). */
  url: string;
  /** `<link rel=canonical>` / og:url, absolute, or null. */
  canonicalUrl: string | null;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** BCP 47 primary subtag from `<html lang>`/meta, or null (then analysis detects it). */
  lang: string | null;
  /** `YYYY-MM-DD` or null. */
  published: string | null;
  /** True when the user stated the language (the CLI's --lang): analysis then never overrides it. */
  langCertain?: boolean;
  publishedSource?: PublishedSource | null;
  /** The article's plain text; paragraphs separated by "\n\n". Every offset in the brief points here. */
  text: string;
  /** Links inside the article body, absolute, deduplicated, in reading order. */
  links: ArticleLink[];
  /** Readability's excerpt, if any. */
  excerpt?: string | null;
  /**
   * The page's own summary (og:description, description or twitter:description meta), when it has one:
   * on a news page, the standfirst the editors wrote. The summary opens with the sentence of the text it
   * gives (summarise's `description`). Absent for plain text and selections.
   */
  description?: string;
  /** True when the text was cut to the size cap (huge pages); the brief says so. */
  truncated?: boolean;
  /** True when the text is the user's selection rather than a Readability article. */
  fromSelection?: boolean;
  /**
   * Offsets in `text` of its headings and captions (dom-text.ts, DomText.labels): lines that label
   * the article rather than tell it, which the summary does not pick. Absent for plain text.
   */
  labels?: Array<{ start: number; end: number }>;
}
