import type { ExportInput } from './items';
export const CSV_COLUMNS = [] as const;
export function toCsv(_items: ExportInput): string {
  throw new Error('TODO');
}
