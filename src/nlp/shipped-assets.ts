import { weightsAsset } from '../data/assets';
import { loadPack, SUPPORTED_LANGS } from './ner/pack';

/**
 * The data assets the extension ships (src/data/assets.ts): every pack's own word lists
 * (LangPack.dataAssets), and the tagger's weights of the languages whose pack uses the tagger
 * (LangPack.tagger !== 'off'). The others stay in data/ for evaluation. wxt.config.ts copies these.
 */
export async function extensionAssets(): Promise<string[]> {
  const out: string[] = [];
  for (const lang of SUPPORTED_LANGS) {
    const pack = await loadPack(lang);
    out.push(...(pack?.dataAssets ?? []));
    if ((pack?.tagger ?? 'off') !== 'off') out.push(weightsAsset(lang));
  }
  return out;
}
