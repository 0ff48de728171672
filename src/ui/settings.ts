/**
 * User settings (kept in browser.storage.local under SETTINGS_KEY). Pure: parsing and defaults.
 * Three fields with fixed values: checked by hand rather than with zod, so the popup's first
 * chunk stays small (zod is loaded later with the library, where schemas earn their keep).
 */
import { UI_LANGS, type UiLang } from './i18n';

export const SETTINGS_KEY = 'crisislens.settings';

export const EXPORT_FORMATS = ['json', 'csv', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface Settings {
  /** 'auto' follows the browser's language. */
  uiLang: 'auto' | UiLang;
  exportFormat: ExportFormat;
  autoSave: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ uiLang: 'auto', exportFormat: 'json', autoSave: false });

const oneOf = <T extends string>(values: readonly T[], v: unknown, fallback: T): T =>
  typeof v === 'string' && (values as readonly string[]).includes(v) ? (v as T) : fallback;

/** Whatever is stored (nothing, an old shape, garbage) → valid settings; bad fields fall back to defaults. */
export function parseSettings(raw: unknown): Settings {
  const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  return {
    uiLang: oneOf(['auto', ...UI_LANGS] as const, o.uiLang, DEFAULT_SETTINGS.uiLang),
    exportFormat: oneOf(EXPORT_FORMATS, o.exportFormat, DEFAULT_SETTINGS.exportFormat),
    autoSave: typeof o.autoSave === 'boolean' ? o.autoSave : DEFAULT_SETTINGS.autoSave,
  };
}
