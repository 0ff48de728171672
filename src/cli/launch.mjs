#!/usr/bin/env node
/**
 * Fast start for `npm run -s analyze`. Registering tsx and transforming every TypeScript
 * module costs a fresh process far more than the analysis itself, so this launcher runs a
 * cached esbuild bundle of src/cli/analyze.ts from node_modules/.cache/crisislens-analyze/<hash>/,
 * where <hash> covers every file under src/ (path, size, mtime), package-lock.json and the Node
 * version: any change to the sources rebuilds it (≈ 1 s) on the next run. No build step is
 * needed after `npm ci`. If esbuild is unavailable or the build fails, it falls back to tsx.
 * CRISISLENS_NO_BUNDLE=1 forces tsx.
 *
 * Plain JavaScript on purpose: it must run before any TypeScript loader is registered.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SRC = join(ROOT, 'src');
const ENTRY = join(SRC, 'cli', 'analyze.ts');
const CACHE = join(ROOT, 'node_modules', '.cache', 'crisislens-analyze');

function sourceStamp() {
  const h = createHash('sha1');
  h.update(process.version);
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const s = statSync(p);
        h.update(`${p}\0${s.size}\0${s.mtimeMs}\n`);
      }
    }
  };
  walk(SRC);
  for (const f of ['package-lock.json', 'tsconfig.json']) {
    const p = join(ROOT, f);
    if (existsSync(p)) {
      const s = statSync(p);
      h.update(`${f}\0${s.size}\0${s.mtimeMs}\n`);
    }
  }
  return h.digest('hex').slice(0, 16);
}

async function bundle() {
  const stamp = sourceStamp();
  const dir = join(CACHE, stamp);
  const out = join(dir, 'analyze.js');
  if (existsSync(out)) return out;
  const { build } = await import('esbuild');
  const tmp = join(CACHE, `tmp-${process.pid}-${Date.now()}`);
  mkdirSync(tmp, { recursive: true });
  await build({
    entryPoints: [ENTRY],
    outdir: tmp,
    bundle: true,
    splitting: true, // keeps language packs, model weights and date packs lazy
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Dependencies are bundled too (JSON data of packages needs no import attributes then);
    // CommonJS ones get a real `require` for Node built-ins.
    banner: { js: "import { createRequire as __crisislensRequire } from 'node:module'; const require = __crisislensRequire(import.meta.url);" },
    tsconfig: join(ROOT, 'tsconfig.json'),
    logLevel: 'silent',
  });
  try {
    renameSync(tmp, dir); // atomic: concurrent runs either win or find it built
  } catch {
    rmSync(tmp, { recursive: true, force: true });
  }
  // Remove bundles of older sources (kept an hour, in case a long run still loads lazy chunks).
  for (const e of readdirSync(CACHE)) {
    const p = join(CACHE, e);
    if (e !== stamp && Date.now() - statSync(p).mtimeMs > 3600_000) rmSync(p, { recursive: true, force: true });
  }
  return out;
}

let entry = null;
if (!process.env.CRISISLENS_NO_BUNDLE) {
  try {
    entry = await bundle();
  } catch {
    entry = null; // no esbuild, read-only node_modules, …: use tsx
  }
}
if (entry) {
  await import(pathToFileURL(entry).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(ENTRY).href);
}
