/**
 * `npm run bench:startup`: time to first brief in a fresh Node process (wall clock of the whole
 * process, spawned --runs times, median and min), next to what Node and tsx cost on their own.
 * Needs nothing from ../shared (uses the bundled example page).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
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

const cases: [string, string, string[]][] = [
  ['node, empty script', process.execPath, ['-e', '0']],
  ['node + tsx loader, empty .ts', process.execPath, ['--import', 'tsx', noop]],
  ['analyze --help (CLI modules only)', process.execPath, ['--import', 'tsx', cli, '--help']],
  ['analyze --text (short Dutch text)', process.execPath, ['--import', 'tsx', cli, '--text', '--published', '2024-06-04', text]],
  ['analyze example page (HTML, nl)', process.execPath, ['--import', 'tsx', cli, example]],
  ['npm run -s analyze example page', 'npm', ['run', '-s', 'analyze', '--', example]],
];

const rows: (string | number)[][] = [['fresh process, wall ms', 'median', 'min', 'max']];
for (const [name, bin, args] of cases) {
  const ms: number[] = [];
  spawnSync(bin, args, { cwd: ROOT, stdio: 'ignore' }); // warm the OS file cache and tsx's transform cache
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(bin, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    ms.push(performance.now() - t0);
    if (r.status !== 0) {
      console.error(`${name}: exit ${r.status}: ${(r.stderr || '').trim().split('\n')[0]}`);
      break;
    }
  }
  rows.push([name, fmtMs(median(ms)), fmtMs(Math.min(...ms)), fmtMs(Math.max(...ms))]);
}
rmSync(tmp, { recursive: true, force: true });
console.log(`bench:startup: ${runs} runs each after one warm-up, node ${process.version}\n`);
console.log(table(rows));
