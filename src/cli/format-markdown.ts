/**
 * Brief → Markdown for `analyze --format md`: the one renderer of src/export/markdown.ts, the
 * brief as a document of its own (`#` title).
 */
import type { Brief } from '../brief/schema';
import { briefMarkdown } from '../export/markdown';

export function briefToMarkdown(b: Brief): string {
  return briefMarkdown(b, { level: 1 }) + '\n';
}
