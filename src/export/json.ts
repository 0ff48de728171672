import type { ExportInput } from './items';
export const EXPORT_SCHEMA_VERSION = 1 as const;
export function toJson(_items: ExportInput, _exportedAt: Date = new Date()): string {
  throw new Error('TODO');
}
