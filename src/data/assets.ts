/**
 * Data assets: generated data (the tagger's weights, long word lists) kept as files, not as source.
 *
 * Every asset has one path relative to the repository root, under `data/` (`data/model/de.bin`,
 * `data/lexicon/en-words.json`). The same path names it everywhere:
 * - in Node (CLI, tests, eval, scripts) it is read from disk, from the first folder upwards of this
 *   module that holds it (works from src/ under tsx/vitest and from the CLI's cached bundle in
 *   node_modules/.cache);
 * - in the extension the build copies the assets the language packs use to the same path inside the
 *   package (wxt.config.ts), and the extension page that analyses (the popup)
 *   registers a reader that loads its own packaged file (`browser.runtime.getURL`): no network.
 *   Which assets ship: src/nlp/shipped-assets.ts.
 *
 * Assets are read lazily, when a language that uses them is first seen.
 */
/** Reads one asset by its repository-relative path ("data/model/de.bin"). */
export type AssetReader = (path: string) => Promise<Uint8Array>;

let reader: AssetReader | null = null;

/** Where a language's tagger weights live (binary format of src/nlp/model/tagger.ts). */
export const weightsAsset = (lang: string): string => `data/model/${lang}.bin`;

/** Use `r` for every later read (the extension registers a reader of its packaged files). */
export function setAssetReader(r: AssetReader | null): void {
  reader = r;
}

export async function readAsset(path: string): Promise<Uint8Array> {
  if (!/^data\/[\w./-]+$/.test(path) || path.includes('..')) throw new Error(`data asset: bad path ${JSON.stringify(path)}`);
  // In WXT's extension build `import.meta.env.BROWSER` is a literal, so the bundler drops the Node
  // reader: the extension ships no `import()` of a computed name (web-ext lint: UNSAFE_VAR_ASSIGNMENT).
  // It is undefined in Node, tsx and vitest.
  const r = reader ?? (typeof import.meta.env?.BROWSER !== 'string' && isNode() ? nodeReader : null);
  if (!r) throw new Error(`data asset ${path}: no asset reader registered (the extension page must call setAssetReader)`);
  return r(path);
}

export async function readJsonAsset<T>(path: string): Promise<T> {
  const bytes = await readAsset(path);
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as T;
  } catch (e) {
    throw new Error(`data asset ${path}: not valid JSON (${(e as Error).message})`);
  }
}

function isNode(): boolean {
  const p = (globalThis as { process?: { versions?: { node?: string } } }).process;
  return typeof p?.versions?.node === 'string';
}

// Node built-ins by a computed name, so that no bundler of the extension follows them.
const nodeModule = <T>(name: string): Promise<T> => import(/* @vite-ignore */ `node:${name}`) as Promise<T>;

async function nodeReader(path: string): Promise<Uint8Array> {
  const fs = await nodeModule<typeof import('node:fs')>('fs');
  const { dirname, join } = await nodeModule<typeof import('node:path')>('path');
  const { fileURLToPath } = await nodeModule<typeof import('node:url')>('url');
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = join(dir, path);
    if (fs.existsSync(file)) return new Uint8Array(await fs.promises.readFile(file));
    const up = dirname(dir);
    if (up === dir) throw new Error(`data asset ${path}: not found in any folder above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
}
