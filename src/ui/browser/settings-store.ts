/** Settings in browser.storage.local. */
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_KEY, type Settings } from '../settings';

export async function loadSettings(): Promise<Settings> {
  try {
    const got = await browser.storage.local.get(SETTINGS_KEY);
    return parseSettings(got[SETTINGS_KEY]);
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: parseSettings(settings) });
}
