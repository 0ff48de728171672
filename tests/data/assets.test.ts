import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAsset, readJsonAsset, setAssetReader, weightsAsset } from '../../src/data/assets';
import { extensionAssets } from '../../src/nlp/shipped-assets';
import { loadPack, SUPPORTED_LANGS } from '../../src/nlp/ner/pack';

const ROOT = join(__dirname, '..', '..');

afterEach(() => setAssetReader(null));

describe('data assets', () => {
  it('in Node, an asset is read from disk at its repository path', async () => {
    const bytes = await readAsset(weightsAsset('de'));
    expect(Buffer.from(bytes).equals(readFileSync(join(ROOT, 'data', 'model', 'de.bin')))).toBe(true);
    const words = await readJsonAsset<{ firstNames: string }>('data/lexicon/en-words.json');
    expect(words.firstNames.split(' ')).toContain('aaron');
  });

  it('a registered reader (the extension reads its packaged files) is used for every read', async () => {
    const asked: string[] = [];
    setAssetReader(async (path) => {
      asked.push(path);
      return new TextEncoder().encode('{"ok":true}');
    });
    expect(await readJsonAsset('data/lexicon/xx-words.json')).toEqual({ ok: true });
    expect(asked).toEqual(['data/lexicon/xx-words.json']);
  });

  it('bad paths and bad JSON get a clear message', async () => {
    await expect(readAsset('../package.json')).rejects.toThrow(/bad path/);
    await expect(readAsset('data/../package.json')).rejects.toThrow(/bad path/);
    await expect(readAsset('data/model/xx.bin')).rejects.toThrow(/data asset data\/model\/xx\.bin: not found/);
    setAssetReader(async () => new TextEncoder().encode('{oops'));
    await expect(readJsonAsset('data/lexicon/en-words.json')).rejects.toThrow(/data asset data\/lexicon\/en-words\.json: not valid JSON/);
  });

  it('the extension ships every word list and the weights of exactly the packs that use the tagger', async () => {
    const shipped = await extensionAssets();
    for (const lang of SUPPORTED_LANGS) {
      const tagged = ((await loadPack(lang))?.tagger ?? 'off') !== 'off';
      expect(shipped.includes(weightsAsset(lang)), lang).toBe(tagged);
      for (const list of (await loadPack(lang))?.dataAssets ?? []) expect(shipped).toContain(list);
    }
    expect(shipped).toContain('data/model/de.bin'); // German uses the tagger ('fill')
    expect(shipped).not.toContain('data/model/en.bin');
    expect(shipped).toContain('data/lexicon/en-words.json'); // the English pack reads it
    for (const path of shipped) expect(existsSync(join(ROOT, path)), path).toBe(true);
  });

  it('the English pack reads its title-case word lists from the asset', async () => {
    const en = await loadPack('en');
    expect(en?.titleCase?.firstNames.has('aaron')).toBe(true);
    expect(en?.titleCase?.notStart.has('abandoned')).toBe(true);
    expect(en?.titleCase?.notEnd.has('abandoning')).toBe(true);
  });
});
