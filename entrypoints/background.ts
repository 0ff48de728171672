/**
 * Background: wiring only. The toolbar click and its keyboard shortcut (_execute_action,
 * Alt+Shift+B) open the popup natively; the popup injects the page scripts itself
 * (src/messaging/protocol.ts) and the library page talks to IndexedDB directly.
 *
 * One thing lives here: the context-menu entry "Analyse selection with CrisisLens" (on selected
 * text and on the toolbar icon; src/messaging/selection-menu.ts). A click grants activeTab for
 * the tab; the background keeps the text the browser passed (storage.session) and opens the
 * popup page for that tab in selection mode. It reads no page itself, and makes no request.
 */
import { i18n } from '#i18n';
import { browser, type PublicPath } from 'wxt/browser';
import { handoffFor, handoffKey, menuDefinitions, popupPathFor, type MenuClickInfo } from '../src/messaging/selection-menu';

type MenusApi = {
  create(props: { id: string; title: string; contexts: string[] }): unknown;
  removeAll(): Promise<void>;
  onClicked: { addListener(cb: (info: MenuClickInfo, tab?: { id?: number; url?: string; title?: string }) => void): void };
};

/** Firefox names it `menus` (with `contextMenus` as an alias), Chrome `contextMenus`. */
function menusApi(): MenusApi | undefined {
  const b = browser as unknown as { menus?: MenusApi; contextMenus?: MenusApi };
  return b.menus ?? b.contextMenus;
}

async function createMenus(menus: MenusApi): Promise<void> {
  // Recreated at every start of the background (a Firefox event page, a Chrome service worker): never a duplicate id.
  await menus.removeAll();
  const title = i18n.t('menu.analyseSelection');
  for (const def of menuDefinitions(title, browser.runtime.getManifest().manifest_version)) menus.create(def);
}

/** The click: keep the browser's selection text for the popup, then open the popup page for the tab. */
export async function onMenuClick(info: MenuClickInfo, tab?: { id?: number; url?: string; title?: string }): Promise<string | null> {
  const handoff = handoffFor(info, tab, Date.now());
  if (!handoff) return null;
  const session = (browser.storage as unknown as { session?: typeof browser.storage.local }).session;
  await session?.set({ [handoffKey(handoff.tabId)]: handoff }).catch(() => undefined);
  const url = browser.runtime.getURL(popupPathFor(handoff) as PublicPath);
  // A small window like the popup's; where there are no windows (Firefox for Android), a tab.
  if (browser.windows?.create) await browser.windows.create({ url, type: 'popup', width: 500, height: 680 });
  else await browser.tabs.create({ url });
  return url;
}

export default defineBackground(() => {
  const menus = menusApi();
  if (!menus) return;
  menus.onClicked.addListener((info, tab) => {
    void onMenuClick(info, tab).catch(() => undefined);
  });
  void createMenus(menus).catch(() => undefined);
  // For the end-to-end tests (tests/e2e/library-ux.e2e.ts): a menu click cannot be made in a
  // headless browser, so the test calls the same handler from the service worker's console.
  (globalThis as Record<string, unknown>).__crisislensMenuClick = onMenuClick;
});
