/**
 * `npm run bench:startup`: time to first brief in a fresh Node process (wall clock and CPU time of
 * the whole process, spawned --runs times), through tsx and through the cached bundle that
 * `npm run analyze` uses (src/cli/launch.mjs), next to what Node and tsx cost on their own.
 * Needs nothing from ../shared (uses the bundled example page).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT, arg, fmtMs, median, table } from './bench-common';

const runs = Math.max(1, Number(arg('runs', '7')));
const tmp = mkdtempSync(join(tmpdir(), 'crisislens-startup-'));
const noop = join(tmp, 'noop.ts');
writeFileSync(noop, 'export {};\n');
const text = join(tmp, 'text.txt');
writeFileSync(
  text,
  'Hoogwater in Limburg\n\nDe Veiligheidsregio Zuid-Limburg en het Nationaal Crisiscentrum (NCCN) hielden gisteren een oefening in Maastricht. ' +
    'Burgemeester Annemarie Penn zei dat de samenwerking sinds juli 2021 sterk is verbeterd. Het Euregionaal Hoogwaterprotocol werd vorig jaar oktober ondertekend.\n',
);
const example = join(ROOT, 'examples', 'nl-hoogwater-maas.html');
const cli = join(ROOT, 'src', 'cli', 'analyze.ts');

const launch = join(ROOT, 'src', 'cli', 'launch.mjs');
const cases: [string, string, string[]][] = [
  ['node, empty script', process.execPath, ['-e', '0']],
  ['node + tsx loader, empty .ts', process.execPath, ['--import', 'tsx', noop]],
  ['tsx: analyze --text (short Dutch text)', process.execPath, ['--import', 'tsx', cli, '--text', '--published', '2024-06-04', text]],
  ['tsx: analyze example page (HTML, nl)', process.execPath, ['--import', 'tsx', cli, example]],
  ['bundle: analyze --text (short Dutch text)', process.execPath, [launch, '--text', '--published', '2024-06-04', text]],
  ['bundle: analyze example page (HTML, nl)', process.execPath, [launch, example]],
  ['npm run -s analyze example page (bundle)', 'npm', ['run', '-s', 'analyze', '--', example]],
];

// CPU time of the child (user + system) via /usr/bin/time when present: robust on a loaded machine.
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const rows: (string | number)[][] = [['fresh process, ms', 'wall median', 'wall min', 'CPU median', 'CPU min']];
for (const [name, bin, args] of cases) {
  const ms: number[] = [];
  const cpu: number[] = [];
  spawnSync(bin, args, { cwd: ROOT, stdio: 'ignore' }); // warm the OS file cache, tsx's cache and the bundle
  for (let i = 0; i < runs; i++) {
    const [b, a] = TIME ? [TIME, ['-f', '@@cpu %U %S', bin, ...args]] : [bin, args];
    const t0 = performance.now();
    const r = spawnSync(b, a, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    ms.push(performance.now() - t0);
    const m = /@@cpu ([\d.]+) ([\d.]+)/.exec(r.stderr || '');
    if (m) cpu.push((Number(m[1]) + Number(m[2])) * 1000);
    if (r.status !== 0) {
      console.error(`${name}: exit ${r.status}: ${(r.stderr || '').trim().split('\n')[0]}`);
      break;
    }
  }
  rows.push([name, fmtMs(median(ms)), fmtMs(Math.min(...ms)), cpu.length ? fmtMs(median(cpu)) : '-', cpu.length ? fmtMs(Math.min(...cpu)) : '-']);
}
rmSync(tmp, { recursive: true, force: true });
console.log(`bench:startup: ${runs} runs each after one warm-up, node ${process.version}\n`);
console.log(table(rows));
