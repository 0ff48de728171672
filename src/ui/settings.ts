/** User settings (kept in browser.storage.local under SETTINGS_KEY). Pure: parsing and defaults. */
import { z } from 'zod';
import { UI_LANGS } from './i18n';

export const SETTINGS_KEY = 'crisislens.settings';

export const SettingsSchema = z.object({
  /** 'auto' follows the browser's language. */
  uiLang: z.enum(['auto', ...UI_LANGS]).catch('auto'),
  exportFormat: z.enum(['json', 'csv', 'md']).catch('json'),
  autoSave: z.boolean().catch(false),
});

export type Settings = z.infer<typeof SettingsSchema>;
export const DEFAULT_SETTINGS: Settings = { uiLang: 'auto', exportFormat: 'json', autoSave: false };

/** Whatever is stored (nothing, an old shape, garbage) → valid settings; bad fields fall back to defaults. */
export function parseSettings(raw: unknown): Settings {
  const obj = raw && typeof raw === 'object' ? raw : {};
  return SettingsSchema.parse({ ...DEFAULT_SETTINGS, ...obj });
}
