import type { Brief } from '../brief/schema';

/** Query parameters that only track the click, never select the content. */
const TRACKING_PARAM = /^(utm_[a-z0-9_]*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_hsenc|_hsmi|mkt_tok|oly_anon_id|oly_enc_id|vero_id|wt_mc|at_medium|at_campaign|ocid|cmpid|xtor)$/i;

/**
 * Normalise a URL into a stable library key: lower-case scheme and host, no default port,
 * no "#hash", no tracking parameters (utm_*, fbclid, …), no trailing slash on the path.
 * Strings that are not absolute URLs (e.g. a file name from the CLI) are returned trimmed.
 */
export function normaliseUrl(raw: string): string {
  const s = raw.trim();
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    return s;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    u.hash = '';
    return u.href;
  }
  u.hash = '';
  const keep: [string, string][] = [];
  for (const [k, v] of u.searchParams) if (!TRACKING_PARAM.test(k)) keep.push([k, v]);
  const search = keep.length ? '?' + new URLSearchParams(keep).toString() : '';
  let path = u.pathname;
  if (path.length > 1) path = path.replace(/\/+$/, '');
  if (path === '/') path = '';
  const host = u.host.toLowerCase().replace(/^www\./, '');
  return `${u.protocol}//${host}${path}${search}`;
}

/** The library id of a brief: its canonical URL (else its URL), normalised. A brief of a selection gets its own id. */
export function briefId(brief: Pick<Brief, 'url' | 'canonicalUrl'> & { fromSelection?: boolean }): string {
  const base = normaliseUrl(brief.canonicalUrl?.trim() || brief.url);
  return brief.fromSelection ? `${base}#selection` : base;
}

/**
 * The id a brief gets from its OWN address (never its declared canonical one): where a page is
 * kept when its canonical URL names a brief saved from another page and the user keeps both.
 */
export function ownBriefId(brief: Pick<Brief, 'url'> & { fromSelection?: boolean }): string {
  const base = normaliseUrl(brief.url);
  return brief.fromSelection ? `${base}#selection` : base;
}

/** True when two page URLs are the same page (normalised: no tracking parameters, hash, www.). */
export function samePage(a: string, b: string): boolean {
  return normaliseUrl(a) === normaliseUrl(b);
}

/** Host without "www.", lower case; '' when the URL has none. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}
