import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { extensionAssets } from './src/nlp/shipped-assets';

// The language packs (src/nlp/lang/<code>/) read only the names of i18n-iso-countries' tables
// (countryNames), never the country codes nor `locale`: in the extension build an import of
// `i18n-iso-countries/langs/<code>.json` from a pack file becomes `{ countries: [name, …] }`, the
// same names in the same order, without the ~250 code keys each lazy pack chunk would carry.
// Elsewhere (the library's entity identities need the codes) and under Node/vitest the JSON is
// imported whole. English is left whole: the analysis engine already carries en.json
// (src/nlp/ner/lexicon.ts), so a names-only copy in the en pack would be a second copy.
const requireHere = createRequire(import.meta.url);
function countryNamesOnly(): Plugin {
  const PREFIX = '\0country-names:';
  return {
    name: 'crisislens:country-names-only',
    enforce: 'pre',
    resolveId(source, importer) {
      const m = /^i18n-iso-countries\/langs\/([a-z]{2})\.json$/.exec(source);
      if (!m || m[1] === 'en' || !importer || !/[\\/]src[\\/]nlp[\\/]lang[\\/][a-z]{2}[\\/][^\\/]+\.ts$/.test(importer)) return null;
      return PREFIX + m[1];
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const json = JSON.parse(readFileSync(requireHere.resolve(`i18n-iso-countries/langs/${id.slice(PREFIX.length)}.json`), 'utf8')) as {
        countries: Record<string, string | string[]>;
      };
      const names = Object.values(json.countries).flat();
      return `export default { countries: ${JSON.stringify(names)} };`;
    },
  };
}

// The manifest asks for the fewest permissions: activeTab + scripting to read the
// page the user clicked on, storage/unlimitedStorage for the local library, contextMenus for
// the one right-click entry "Analyse selection with CrisisLens" (no install warning in Chrome or
// Firefox; its click grants activeTab for that tab, so no host permission is needed; Firefox
// accepts `contextMenus` as its name for `menus`). No entry for links: that would mean fetching a
// page the user has not opened (network). No host permissions, no content script on every site.
// Every user-visible manifest string comes from locales/<lang>.yml through
// @wxt-dev/i18n (the `__MSG_…__` references); the interface follows the browser's language.
export default defineConfig({
  srcDir: '.',
  vite: () => ({ plugins: [countryNamesOnly()] }),
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  hooks: {
    // Data assets (src/data/assets.ts; the list: src/nlp/shipped-assets.ts) ship at their repository path, and only those a language pack
    // uses: word lists, and tagger weights where the pack's tagger is not 'off' (German today). The
    // other weights stay in data/model/ for evaluation; nothing else of data/ is in the package.
    'build:publicAssets': async (wxt, files) => {
      for (const path of await extensionAssets()) files.push({ absoluteSrc: resolve(wxt.config.root, path), relativeDest: path });
    },
    // WXT takes the action title from popup.html's <title>; the toolbar tooltip must be localised.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.action) manifest.action.default_title = '__MSG_actionTitle__';
      if (manifest.browser_action) {
        manifest.browser_action.default_title = '__MSG_actionTitle__';
        manifest.browser_action.default_icon ??= { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png' };
        // MV2 (Firefox's MV2 build) opens the popup on _execute_browser_action; _execute_action is MV3's name
        // and does nothing there, so Alt+Shift+B would be dead.
        const commands = manifest.commands as Record<string, unknown> | undefined;
        if (commands?._execute_action) {
          commands._execute_browser_action = commands._execute_action;
          delete commands._execute_action;
        }
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage'],
    icons: { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png', 96: '/icon/96.png', 128: '/icon/128.png' },
    action: {
      default_title: '__MSG_actionTitle__',
      default_icon: { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png' },
    },
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+B' }, description: '__MSG_commandOpen__' },
    },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // 140 (ESR) / Android 142: the first versions with data_collection_permissions.
            gecko: {
              id: 'crisislens@crisislens.eu',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
