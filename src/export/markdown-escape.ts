/**
 * Markdown for untrusted page strings, shared by the library's Markdown export and the CLI's
 * `--format md`.
 */
import { cleanText } from '../brief/clean-text';

/**
 * Escape page text for inline Markdown: invisible, bidi-control and control characters dropped
 * (cleanText, the one cleaner of every output), white space (line breaks included) folded to
 * single spaces; characters that make emphasis, code, links, images, HTML, entities, tables or
 * strike-through are backslash-escaped (\\ ` * _ [ ] < > ! & | ~), and so is a block marker at the
 * start (# - + = and "1." / "1)"). Rendered, it reads as the same text; "(NCCN)" stays readable
 * because without "[" no parenthesis can form a link.
 */
export function mdInline(s: string | null | undefined): string {
  return cleanText(String(s ?? ''))
    .replace(/[\\`*_[\]<>!&|~]/g, '\\$&')
    .replace(/^[#+\-=]/, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Only absolute http(s) URLs become link targets; characters that could end or break one are percent-encoded. */
export function safeHref(href: string): string | null {
  let u: URL;
  try {
    u = new URL(cleanText(href));
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  return u.href.replace(/[()<>\s"'`\\]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

/** A host name written in a text: "www.gov.be", "https://x.org/a", "evil.com" (a dot between letters/digits, a letter TLD). */
const HOST_IN_TEXT = /(?:^|[^\p{L}\p{N}@.-])((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62})\.)+\p{L}{2,24})(?![\p{L}\p{N}-])/giu;

function hostKey(h: string): string {
  return h.toLowerCase().replace(/^www\d?\./, '').replace(/\.$/, '');
}

/** True when `text` names a host (a URL or a bare domain) other than the host `href` points to. */
export function textPosesAsOtherHost(text: string, href: string): boolean {
  let target: string;
  try {
    target = hostKey(new URL(href).hostname);
  } catch {
    return true;
  }
  const t = cleanText(text).slice(0, 2000);
  for (const m of t.matchAll(HOST_IN_TEXT)) {
    let host = m[1]!;
    try {
      host = new URL(`http://${host}`).hostname; // punycode, like the href
    } catch {
      /* keep as written */
    }
    if (hostKey(host) !== target) return true;
  }
  return false;
}

/**
 * A Markdown link `[label](<url>)` for a page link, or the label alone when the URL is not
 * http(s). The label is the link's text, unless that text names another host than the link
 * goes to ("[https://gov.be](https://evil.example)"): then the label is the real address.
 */
export function mdLink(text: string, href: string, opts: { angle?: boolean } = {}): string {
  const safe = safeHref(href);
  const label = mdInline(text);
  if (!safe) return label || mdInline(href);
  const shown = !label || textPosesAsOtherHost(text, safe) ? mdInline(safe) : label;
  return opts.angle ? `[${shown}](<${safe}>)` : `[${shown}](${safe})`;
}
