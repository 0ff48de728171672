/**
 * `npm run bench:size`: gzip sizes of the built extension (.output/chrome-mv3), after
 * `wxt build` (skip the build with --no-build). Every file is listed with what it is: the
 * script injected into the page on click (target ≤ 40 KB gzip: no NLP in the page), the popup,
 * each language pack, date pack, word list and model-weights file (loaded lazily per language),
 * gazetteers, and the rest.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, table } from './bench-common';

const out = join(ROOT, '.output', 'chrome-mv3');
if (!process.argv.includes('--no-build')) {
  console.error('bench:size: npx wxt build …');
  const r = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (r.status !== 0) {
    console.error(`bench:size: wxt build failed (exit ${r.status})`);
    process.exit(1);
  }
}
if (!existsSync(out)) {
  console.error(`bench:size: ${out} not found; run npx wxt build first`);
  process.exit(1);
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const MONTHS: Record<string, RegExp> = { nl: /januari|februari|maart/i, fr: /janvier|février|fevrier/i, de: /Januar\b|Februar|März/, en: /january|february/i, es: /enero|febrero/i };

function langOf(src: string, name: string): string {
  const m = /(?:locale|code|lang)\s*:\s*[`"'](nl|fr|de|en|es)[`"']/.exec(src) ?? /^(nl|fr|de|en|es)[-.]/.exec(name);
  if (m) return m[1];
  const hits = Object.entries(MONTHS).filter(([, re]) => re.test(src)).map(([l]) => l);
  return hits.length === 1 ? hits[0] : '?';
}

function kind(rel: string, src: string): string {
  const name = rel.split('/').pop()!;
  if (rel === 'extract.js') return 'INJECTED extraction script (target ≤ 40 KB gzip)';
  if (rel === 'highlight.js') return 'injected highlighter';
  if (rel === 'background.js') return 'background';
  if (/^popup[.-]|^chunks\/popup-/.test(rel) || rel === 'popup.html') return 'popup';
  if (/library/.test(rel)) return 'library page';
  if (/gazetteer/i.test(rel)) return `gazetteer (${langOf(src, name)})`;
  // Data assets (src/data/assets.ts), shipped at their repository path: data/model/<lang>.bin, data/lexicon/<lang>-*.json.
  if (/^data\/model\//.test(rel)) return `model weights (${langOf('', name)})`;
  if (/^data\/lexicon\//.test(rel)) return `word list (${langOf('', name)})`;
  if (/^var \w=`Q0xOMR/.test(src) || /weights|model/i.test(name)) return `model weights (${langOf(src, name)})`;
  if (/^chunks\/pack-/.test(rel)) return `language pack (${langOf(src, name)})`;
  if (/^chunks\/dates-/.test(rel)) return `date pack (${langOf(src, name)})`;
  if (/^chunks\/chrono-/.test(rel)) return 'chrono-node (lazy)';
  if (/^chunks\/engine-/.test(rel)) return 'date engine (lazy)';
  if (/^chunks\/render-brief-/.test(rel)) return 'popup: brief rendering';
  if (/^chunks\/analyse-/.test(rel)) return 'NLP engine + summary (lazy)';
  if (/^chunks\/schema-/.test(rel)) return 'brief schema (zod)';
  if (/^chunks\/(fold|export)-/.test(rel)) return 'library/export helpers';
  if (/^chunks\/rolldown-runtime-/.test(rel)) return 'bundler runtime';
  if (/\.css$/.test(rel)) return 'styles';
  if (/^_locales\//.test(rel)) return 'UI messages';
  if (/^icon\//.test(rel)) return 'icon';
  return 'other';
}

const files = walk(out)
  .map((p) => {
    const rel = relative(out, p);
    const buf = readFileSync(p);
    const text = /\.(js|html|css|json)$/.test(rel) ? buf.toString('utf8') : '';
    return { rel, raw: buf.length, gz: gzipSync(buf, { level: 9 }).length, kind: kind(rel, text) };
  })
  .sort((a, b) => a.kind.localeCompare(b.kind) || b.gz - a.gz);

const kb = (n: number) => (n / 1024).toFixed(1);
console.log(`bench:size: ${out}\n`);
console.log(table([['file', 'KB', 'KB gzip', 'what'], ...files.map((f) => [f.rel, kb(f.raw), kb(f.gz), f.kind])]));
const injected = files.find((f) => f.rel === 'extract.js');
const total = files.reduce((a, f) => a + f.gz, 0);
/** What a page loads before its first paint: its scripts, styles and preloads plus their static imports. */
function eagerClosure(html: string): Set<string> {
  const seen = new Set<string>([html]);
  const queue: string[] = [];
  const src = readFileSync(join(out, html), 'utf8');
  for (const m of src.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)) queue.push(m[1]);
  while (queue.length) {
    const rel = queue.shift()!;
    if (seen.has(rel) || !existsSync(join(out, rel))) continue;
    seen.add(rel);
    if (!rel.endsWith('.js')) continue;
    const code = readFileSync(join(out, rel), 'utf8');
    // Static imports only (`import … from "./x.js"`, `import "./x.js"`); `import("…")` is lazy.
    for (const m of code.matchAll(/\bimport\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      queue.push(join(rel, '..', m[1]).replace(/\\/g, '/'));
    }
  }
  return seen;
}
const gzOf = (set: Set<string>) => files.filter((f) => set.has(f.rel)).reduce((a, f) => a + f.gz, 0);
const popupSet = existsSync(join(out, 'popup.html')) ? eagerClosure('popup.html') : new Set<string>();
const popupNow = gzOf(popupSet);
console.log(`\ntotal: ${kb(files.reduce((a, f) => a + f.raw, 0))} KB, ${kb(total)} KB gzip`);
console.log(`popup before first paint (popup.html + its scripts/styles and their static imports): ${kb(popupNow)} KB gzip: ${[...popupSet].join(', ')}`);
if (existsSync(join(out, 'library.html'))) console.log(`library page before first paint: ${kb(gzOf(eagerClosure('library.html')))} KB gzip`);
// The model weights load only for languages whose pack uses the tagger (LangPack.tagger).
const { loadPack, SUPPORTED_LANGS } = await import('../src/nlp/ner/pack');
const perLang: string[] = [];
const unused: string[] = [];
for (const l of SUPPORTED_LANGS) {
  const tagged = ((await loadPack(l))?.tagger ?? 'off') !== 'off';
  const chunks = files.filter((f) => f.kind.endsWith(`(${l})`) && (tagged || !f.kind.startsWith('model weights')));
  perLang.push(`${l} ${kb(chunks.reduce((a, f) => a + f.gz, 0))}${tagged ? ' (with the tagger)' : ''}`);
  if (!tagged) unused.push(...files.filter((f) => f.kind === `model weights (${l})`).map((f) => `${l} ${kb(f.gz)}`));
}
console.log(`loaded lazily per language seen (language pack + date pack + word lists + the tagger's weights where the pack uses it), KB gzip: ${perLang.join(', ')}`);
if (unused.length) console.log(`tagger weights in the build that no language loads (tagger 'off'), KB gzip: ${unused.join(', ')}`);
if (injected) console.log(`injected extraction script: ${kb(injected.gz)} KB gzip (target ≤ 40) ${injected.gz <= 40 * 1024 ? 'MET' : 'NOT MET'}`);
else console.log('injected extraction script: extract.js not found in the build');
