/**
 * `npm run fuzz -- --family adversarial [--runs N] [--seed N]`: the adversarial-string family
 * (tests/fuzz/adversarial.ts): every text-processing function and every page field on every
 * built-in adversarial string, then N random ones (a short unit of separators, spaces, dashes,
 * … repeated), each grown 10 KB → 100 KB → 1 MB; a 10× step costing more than 30× fails.
 *
 * `npm run fuzz -- --runs 10000 [--seed N] [--base-ms 1500] [--max-seconds S] [--generated-only] [--save DIR]`:
 * the long fuzz run of the pipeline (see tests/fuzz/fuzz-core.ts for the mutations and the
 * invariants). Unlike the test it does not stop at the first failure: it prints the number of
 * cases, failures (grouped by message, with a replayable description), the slowest case and the
 * time distribution. Failing inputs are saved to --save (default /tmp/crisislens-fuzz) for replay
 * with `npm run -s analyze -- FILE`. Exit status 1 when any case failed. Ctrl-C (or --max-seconds)
 * stops after the current case and still prints the report.
 */
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SHARED_DIR, arg, flag, quantile } from './bench-common';
import { buildCase, caseArb, generatedPages, runCase, sharedPages, timeBound } from '../tests/fuzz/fuzz-core';

if (arg('family', 'pipeline') === 'adversarial') {
  const { ADVERSARIES, FUNCTIONS, PAGE_TARGETS, adversaryArb, measureScaling } = await import('../tests/fuzz/adversarial');
  const n = Math.max(0, Number(arg('runs', '200')));
  const s = Number(arg('seed', String(Date.now() % 2147483647)));
  const targets = [...FUNCTIONS, ...PAGE_TARGETS];
  let failed = 0;
  let worst = { ratio: 0, label: '' };
  const check = (t: (typeof targets)[number], a: (typeof ADVERSARIES)[number]) => {
    const r = measureScaling(t, a);
    const ratio = r.ms.length === 3 ? r.ms[2]! / Math.max(r.ms[1]!, 1) : Infinity;
    if (r.ok && ratio > worst.ratio && r.ms[2]! > 50) worst = { ratio, label: `${t.name} × ${a.name}: ${r.ms.map((x) => x.toFixed(0)).join(' → ')} ms` };
    if (!r.ok) {
      failed++;
      console.log(`FAIL ${t.name} × ${a.name}: ${r.why}`);
    }
  };
  console.log(`adversarial family: ${targets.length} targets × ${ADVERSARIES.length} built-in strings, then ${n} random ones (seed ${s})`);
  for (const t of targets) for (const a of ADVERSARIES) check(t, a);
  for (const [i, a] of fc.sample(adversaryArb, { numRuns: n, seed: s }).entries()) check(targets[i % targets.length]!, a);
  console.log(`\nadversarial: ${targets.length * ADVERSARIES.length + n} combinations, ${failed} failed; steepest 100 KB → 1 MB step among passing: ${worst.label || 'none over 50 ms'}`);
  process.exit(failed ? 1 : 0);
}

const runs = Math.max(1, Number(arg('runs', '1000')));
const seed = Number(arg('seed', String(Date.now() % 2147483647)));
const baseMs = Number(arg('base-ms', '1500'));
const saveDir = arg('save', '/tmp/crisislens-fuzz');
const maxSeconds = Number(arg('max-seconds', 'Infinity'));
let stop = false;
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => (stop = true)); // finish the case, then report
const real = flag('generated-only') ? [] : sharedPages(SHARED_DIR);
if (!real.length && !flag('generated-only')) console.log(`[note] ${SHARED_DIR}/data/pages not found: fuzzing the generated pages only`);
const seeds = [...generatedPages(), ...real];
const arb = caseArb(seeds);

console.log(`fuzz: ${runs} cases, seed ${seed}, ${seeds.length} seed pages (${real.length} real), bound ${baseMs} ms + 4 ms/KiB of CPU time per case`);
const times: number[] = [];
const walls: number[] = [];
const failures = new Map<string, { count: number; example: string; file: string }>();
let slowest = { ms: 0, label: '', kib: 0 };
let briefs = 0;
let noArticle = 0;
const started = performance.now();
const BATCH = 50;
let done = 0;
for (let batch = 0; done < runs && !stop; batch++) {
  const n = Math.min(BATCH, runs - done);
  for (const c of fc.sample(arb, { numRuns: n, seed: seed + batch })) {
    if (stop || (performance.now() - started) / 1000 > maxSeconds) {
      stop = true;
      break;
    }
    const { html, label } = buildCase(seeds, c);
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    try {
      const r = await runCase(html, timeBound(html, baseMs));
      if (r.outcome === 'brief') briefs++;
      else noArticle++;
    } catch (e) {
      const raw = (e instanceof Error ? e.message : String(e)).split('\n')[0];
      // Group slow cases by page; other failures by message.
      const msg = /^took \d/.test(raw) ? `over the time bound on ${buildCase(seeds, c).name}` : raw.slice(0, 200);
      const f = failures.get(msg) ?? { count: 0, example: `${label} (${raw.slice(0, 80)})`, file: '' };
      if (!f.count) {
        mkdirSync(saveDir, { recursive: true });
        f.file = join(saveDir, `failure-${failures.size + 1}.html`);
        writeFileSync(f.file, html);
      }
      f.count++;
      failures.set(msg, f);
    }
    const cpu = process.cpuUsage(cpu0);
    const ms = (cpu.user + cpu.system) / 1000; // CPU time: immune to other processes' load
    walls.push(performance.now() - t0);
    times.push(ms);
    if (ms > slowest.ms) slowest = { ms, label, kib: html.length / 1024 };
    done++;
    if (done % 250 === 0) {
      const mem = process.memoryUsage();
      console.log(
        `  … ${done} cases, ${[...failures.values()].reduce((a, f) => a + f.count, 0)} failures, ${((performance.now() - started) / 1000).toFixed(0)} s, heap ${(mem.heapUsed / 2 ** 20).toFixed(0)} MiB, rss ${(mem.rss / 2 ** 20).toFixed(0)} MiB`,
      );
    }
  }
}
const sorted = [...times].sort((a, b) => a - b);
const nFail = [...failures.values()].reduce((a, f) => a + f.count, 0);
console.log(`\ncases: ${done}${done < runs ? ` (stopped early of ${runs})` : ''}  briefs: ${briefs}  no-article: ${noArticle}  failures: ${nFail}  (seed ${seed})`);
const wsorted = [...walls].sort((a, b) => a - b);
console.log(`CPU time per case: median ${quantile(sorted, 0.5).toFixed(0)} ms, p95 ${quantile(sorted, 0.95).toFixed(0)} ms, max ${slowest.ms.toFixed(0)} ms`);
console.log(`wall time per case: median ${quantile(wsorted, 0.5).toFixed(0)} ms, p95 ${quantile(wsorted, 0.95).toFixed(0)} ms, max ${wsorted[wsorted.length - 1].toFixed(0)} ms; total ${((performance.now() - started) / 1000).toFixed(0)} s`);
console.log(`slowest case (CPU): ${slowest.ms.toFixed(0)} ms, ${slowest.kib.toFixed(0)} KiB: ${slowest.label}`);
for (const [msg, f] of failures) console.log(`\nFAILURE ×${f.count}: ${msg}\n  e.g. ${f.example}\n  input saved: ${f.file}`);
process.exitCode = nFail ? 1 : 0;
