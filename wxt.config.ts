import { defineConfig } from 'wxt';

// The manifest asks for the fewest permissions: activeTab + scripting to read the
// page the user clicked on, storage/unlimitedStorage for the local library.
// No host permissions, no content script on every site.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'CrisisLens',
    description: 'A structured brief of any news article — organisations, people, agreements, dates — computed on your machine.',
    permissions: ['activeTab', 'scripting', 'storage', 'unlimitedStorage'],
    action: { default_title: 'CrisisLens: brief this article' },
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+B' }, description: 'Open the CrisisLens brief' },
    },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'crisislens@crisislens.eu',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
