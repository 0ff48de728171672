/**
 * `npm run bench:memory`: peak RSS of `analyze` over the real pages of ../shared/data/pages,
 * all of them in one `analyze --format jsonl` process (the real CLI, measured by /usr/bin/time -v
 * when present, else by the CLI run in this fresh process via process.resourceUsage().maxRSS),
 * with V8's default heap and with the heap capped at 192 MiB (which shows what is live data).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT, loadPages, requireShared } from './bench-common';

const dir = requireShared('bench:memory', 'data/pages');
const files = loadPages(dir).map((p) => p.file);
const launch = join(ROOT, 'src', 'cli', 'launch.mjs'); // what `npm run analyze` runs
const mib = (kb: number) => `${(kb / 1024).toFixed(0)} MiB`;

console.log(`bench:memory: analyze --format jsonl over ${files.length} pages in one process, node ${process.version}\n`);

if (existsSync('/usr/bin/time') && !process.argv.includes('--in-process')) {
  // Default heap, then a capped heap: the gap is garbage V8 had no reason to collect, not live data.
  for (const cap of [null, 192]) {
    const t0 = performance.now();
    const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''}${cap ? ` --max-old-space-size=${cap}` : ''}` };
    const r = spawnSync('/usr/bin/time', ['-v', process.execPath, launch, '--format', 'jsonl', ...files], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      env,
    });
    const wall = performance.now() - t0;
    const lines = r.stdout.split('\n').filter(Boolean);
    const failed = lines.filter((l) => /^\{"file":"[^"]*","error":/.test(l)).length;
    const maxRss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? NaN);
    console.log(`${cap ? `heap capped at ${cap} MiB` : 'default heap'}: peak RSS of analyze ${mib(maxRss)} (${maxRss} kB)`);
    console.log(`  briefs: ${lines.length - failed}, no-article/errors: ${failed}, exit ${r.status}, wall ${(wall / 1000).toFixed(1)} s, ${(Buffer.byteLength(r.stdout) / 1024 / 1024).toFixed(1)} MiB of JSONL`);
  }
} else {
  const { runAnalyze } = await import('../src/cli/run-analyze');
  const { readAllStdin } = await import('../src/cli/read-input');
  const before = process.resourceUsage().maxRSS;
  let out = 0;
  let errs = 0;
  const t0 = performance.now();
  const code = await runAnalyze(['--format', 'jsonl', ...files], {
    out: (s) => void (out += s.length),
    err: () => void errs++,
    readStdin: () => readAllStdin(),
  });
  const wall = performance.now() - t0;
  const peak = process.resourceUsage().maxRSS;
  console.log(`peak RSS (in-process run): ${mib(peak)}; before the first page: ${mib(before)}`);
  console.log(`failed inputs: ${errs}, exit ${code}, wall ${(wall / 1000).toFixed(1)} s, ${(out / 1024 / 1024).toFixed(1)} MiB output`);
}
