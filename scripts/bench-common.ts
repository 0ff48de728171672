/** Helpers shared by the benchmark scripts (numbers printed, never asserted). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED_DIR = resolve(process.env.CRISISLENS_SHARED ?? join(ROOT, '..', 'shared'));

/** Exit cleanly (status 0) with a clear message when ../shared is absent. */
export function requireShared(what: string, sub: string): string {
  const dir = join(SHARED_DIR, sub);
  if (!existsSync(dir)) {
    console.log(`[skip] ${what}: ${dir} not found (../shared is absent; set CRISISLENS_SHARED to point at it)`);
    process.exit(0);
  }
  return dir;
}

export interface Page {
  name: string;
  file: string;
  html: string;
  url: string;
}

/** The real pages of ../shared/data/pages/<name>/source.html, sorted by name. */
export function loadPages(dir: string): Page[] {
  return readdirSync(dir)
    .filter((n) => existsSync(join(dir, n, 'source.html')))
    .sort()
    .map((name) => {
      const file = join(dir, name, 'source.html');
      return { name, file, html: readFileSync(file, 'utf8'), url: `http://fakehost/test/${name}/page.html` };
    });
}

export function quantile(sorted: readonly number[], q: number): number {
  if (!sorted.length) return NaN;
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
}

export const median = (xs: readonly number[]) => quantile([...xs].sort((a, b) => a - b), 0.5);

export function fmtMs(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
}

export function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0 && process.argv[i + 1] !== undefined) return process.argv[i + 1];
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  return eq ? eq.slice(name.length + 3) : dflt;
}

export const flag = (name: string) => process.argv.includes(`--${name}`);

/** A plain-text table. */
export function table(rows: (string | number)[][]): string {
  const w = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows.map((r) => r.map((x, c) => (c === 0 ? String(x).padEnd(w[c]) : String(x).padStart(w[c]))).join('  ')).join('\n');
}
