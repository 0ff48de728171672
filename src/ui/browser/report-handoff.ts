/**
 * The report hand-off store in the browser: storage.session where the browser has it (Chrome
 * 102+, Firefox 115+: memory only, cleared with the session), else a small IndexedDB database of
 * the extension. See src/report/handoff-store.ts.
 */
import { browser } from 'wxt/browser';
import { indexedDbHandoff, storageAreaHandoff, type HandoffStore, type StorageAreaLike } from '../../report/handoff-store';

export function reportHandoffStore(): HandoffStore {
  const session = (browser.storage as unknown as { session?: StorageAreaLike }).session;
  if (session) return storageAreaHandoff(session);
  return indexedDbHandoff({ indexedDB: globalThis.indexedDB });
}
