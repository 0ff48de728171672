import { stripInvisible } from './invisible-chars';

/** Plain selection text → paragraphs: each non-empty line is a block; white space collapsed. */
export function selectionTextToParagraphs(s: string): string {
  return stripInvisible(s)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}
