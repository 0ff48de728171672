import type { ExportInput } from './items';
export function toMarkdown(_items: ExportInput, _exportedAt: Date = new Date()): string {
  throw new Error('TODO');
}
