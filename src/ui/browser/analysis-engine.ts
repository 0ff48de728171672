/**
 * The analysis engine as the extension loads it (lazily, from the popup): src/brief/analyse with its
 * data assets (tagger weights, word lists: src/data/assets.ts) read from this extension's own
 * packaged files through browser.runtime.getURL. No network: the files are in the package.
 */
import { browser, type PublicPath } from 'wxt/browser';
import { setAssetReader } from '../../data/assets';

export async function readPackagedAsset(path: string): Promise<Uint8Array> {
  const res = await fetch(browser.runtime.getURL(`/${path}` as PublicPath));
  if (!res.ok) throw new Error(`data asset ${path}: ${res.status} ${res.statusText}`);
  return new Uint8Array(await res.arrayBuffer());
}

setAssetReader(readPackagedAsset);

export * from '../../brief/analyse';
