import type { ExportInput } from './items';
export type ExportKind = 'csv' | 'json' | 'md';
export function exportFileName(_kind: ExportKind, _items: ExportInput, _date: Date = new Date()): string {
  throw new Error('TODO');
}
