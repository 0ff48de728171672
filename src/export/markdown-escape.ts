/**
 * Markdown for untrusted page strings, shared by the library's Markdown export and the CLI's
 * `--format md`.
 */

/**
 * Escape page text for inline Markdown: control characters dropped, white space (line breaks
 * included) folded to single spaces; characters that make emphasis, code, links, images, HTML,
 * entities, tables or strike-through are backslash-escaped (\\ ` * _ [ ] < > ! & | ~), and so is a
 * block marker at the start (# - + = and "1." / "1)"). Rendered, it reads as the same text;
 * "(NCCN)" stays readable because without "[" no parenthesis can form a link.
 */
export function mdInline(s: string | null | undefined): string {
  return String(s ?? '')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>!&|~]/g, '\\$&')
    .replace(/^[#+\-=]/, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Only absolute http(s) URLs become link targets; characters that could end or break one are percent-encoded. */
export function safeHref(href: string): string | null {
  let u: URL;
  try {
    u = new URL(href.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  return u.href.replace(/[()<>\s"'`\\]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}
