/**
 * Date finder benchmark: throughput (chars/s, KiB/s) per language over the annotated news
 * texts of ../shared/data/ner (detokenised), hit counts and the most frequent hits, and the
 * gzip size of what the date code adds to a bundle (engine + one language pack + its chrono
 * locale), measured with esbuild.
 *
 *   npm run bench:dates [-- --rounds 5] [-- --no-size]
 *
 * Numbers are printed, never asserted. Target: ≥ 500 KiB/s per language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadDateFinder } from '../src/nlp/dates/find-dates';
import { ROOT, requireShared } from './bench-common';
import { detokenize } from './ner-detok';

const CORPORA: Record<string, string> = {
  nl: 'ned.testa.jsonl',
  de: 'NER-de-dev.jsonl',
  en: 'eng.testa.jsonl',
  fr: 'wikineural-fr-val.jsonl',
};

const argv = process.argv.slice(2);
const rounds = Number(argv[argv.indexOf('--rounds') + 1]) || 5;
const PUBLISHED = '2024-06-04';

async function throughput() {
  const dir = requireShared('bench:dates', 'data/ner');
  console.log(`date finder throughput (published ${PUBLISHED}, best of ${rounds} rounds)\n`);
  console.log('lang  docs   chars       ms     chars/s     KiB/s  hits  top hits');
  const cold: string[] = [];
  for (const [lang, file] of Object.entries(CORPORA)) {
    const texts = readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => detokenize(JSON.parse(l).text as string, lang).text);
    const chars = texts.reduce((n, t) => n + t.length, 0);
    const cpu = () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };
    const c0 = cpu();
    const find = (await loadDateFinder(lang))!;
    const c1 = cpu();
    for (const t of texts.slice(0, 20)) find(t, PUBLISHED); // warm up (regex compilation happens here)
    cold.push(`${lang}: load ${(c1 - c0).toFixed(0)} ms, first 20 texts ${(cpu() - c1).toFixed(0)} ms`);
    let best = Infinity;
    let hits = 0;
    const freq = new Map<string, number>();
    for (let r = 0; r < rounds; r++) {
      const t0 = performance.now();
      let n = 0;
      for (const t of texts) {
        const h = find(t, PUBLISHED);
        n += h.length;
        if (r === 0) for (const x of h) freq.set(`${x.text}→${x.value}`, (freq.get(`${x.text}→${x.value}`) ?? 0) + 1);
      }
      best = Math.min(best, performance.now() - t0);
      hits = n;
    }
    const cps = chars / (best / 1000);
    const top = [...freq.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([k, v]) => `${k} ×${v}`)
      .join(', ');
    console.log(
      `${lang.padEnd(5)} ${String(texts.length).padStart(4)} ${String(chars).padStart(8)} ${best.toFixed(1).padStart(8)} ${Math.round(cps)
        .toString()
        .padStart(11)} ${Math.round(cps / 1024)
        .toString()
        .padStart(9)} ${String(hits).padStart(5)}  ${top}`,
    );
  }
  console.log(`\ncold start, CPU time (module load under tsx includes transpiling): ${cold.join('; ')}`);
}

async function size() {
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch {
    console.log('\n[skip] size: esbuild not available');
    return;
  }
  console.log('\nbundle size (esbuild --bundle --minify, gzip -9):');
  const bundle = async (contents: string) => {
    const r = await esbuild.build({
      stdin: { contents, resolveDir: ROOT, loader: 'ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    const code = r.outputFiles[0].contents;
    return { raw: code.length, gz: gzipSync(code, { level: 9 }).length };
  };
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  const engine = await bundle(`export { createDateFinder } from './src/nlp/dates/engine'; export { groupDates } from './src/nlp/dates/group-dates';`);
  console.log(`  engine + groupDates (no chrono):          ${kb(engine.raw).padStart(10)} min, ${kb(engine.gz).padStart(9)} gzip`);
  let all = '';
  for (const lang of Object.keys(CORPORA)) {
    const s = await bundle(
      `import { createDateFinder } from './src/nlp/dates/engine'; import { ${lang}Dates } from './src/nlp/lang/${lang}/dates'; export const f = createDateFinder(${lang}Dates);`,
    );
    all += `export { ${lang}Dates } from './src/nlp/lang/${lang}/dates';`;
    console.log(`  engine + ${lang} pack + chrono-node/${lang}:     ${kb(s.raw).padStart(10)} min, ${kb(s.gz).padStart(9)} gzip`);
  }
  const s = await bundle(`export { createDateFinder } from './src/nlp/dates/engine'; ${all}`);
  console.log(`  engine + all four packs (one bundle):     ${kb(s.raw).padStart(10)} min, ${kb(s.gz).padStart(9)} gzip`);
  // As the extension loads it: find-dates.ts with code splitting (each pack a chunk loaded on first use).
  const r = await esbuild.build({
    entryPoints: [join(ROOT, 'src/nlp/dates/find-dates.ts')],
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    outdir: join(ROOT, '.bench-dates-out'),
    write: false,
    logLevel: 'silent',
  });
  console.log('  code-split, as loaded lazily (chunk: min / gzip):');
  let total = 0;
  for (const f of r.outputFiles) {
    const text = new TextDecoder().decode(f.contents);
    const lang = /lang:"([a-z]+)"/.exec(text)?.[1];
    const name = f.path.endsWith('find-dates.js') ? 'entry (loadDateFinder)' : lang ? `${lang} pack (+ its chrono locale parts)` : /createDateFinder|WINDOW/.test(text) && text.length < 20000 ? 'engine' : 'shared chunk (chrono core)';
    const gz = gzipSync(f.contents, { level: 9 }).length;
    total += gz;
    console.log(`    ${name.padEnd(40)} ${kb(f.contents.length).padStart(10)} / ${kb(gz).padStart(9)}`);
  }
  console.log(`    ${'total, all four languages loaded'.padEnd(40)} ${''.padStart(10)}   ${kb(total).padStart(9)}`);
}

await throughput();
if (!argv.includes('--no-size')) await size();
