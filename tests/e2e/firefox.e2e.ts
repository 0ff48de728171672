/**
 * Firefox packaging: `wxt build -b firefox` (MV2) and `--mv3`, `wxt zip -b firefox`, and
 * `web-ext lint` on each build: no errors (warnings are printed; see the README).
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness';

const BIN = join(ROOT, 'node_modules', '.bin');
const OUTPUT = join(ROOT, '.output');

function run(cmd: string, args: string[], timeout = 180_000): string {
  try {
    return execFileSync(join(BIN, cmd), args, { cwd: ROOT, encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${cmd} ${args.join(' ')} failed: ${err.message}\n${err.stdout ?? ''}\n${err.stderr ?? ''}`.slice(0, 4000));
  }
}

interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: { code: string; message: string; file?: string }[];
  warnings: { code: string; message: string; description?: string; file?: string }[];
}

function lint(dir: string): LintReport {
  let out: string;
  try {
    out = execFileSync(join(BIN, 'web-ext'), ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], {
      cwd: ROOT, encoding: 'utf8', timeout: 180_000, maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    // web-ext exits non-zero when it finds errors; the JSON report is still on stdout.
    out = (e as { stdout?: string }).stdout ?? '';
    if (!out.trim().startsWith('{')) throw new Error(`web-ext lint ${dir} failed: ${(e as Error).message}`);
  }
  return JSON.parse(out.slice(out.indexOf('{')));
}

function checkBuild(dir: string, mv: 2 | 3) {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  expect(manifest.manifest_version).toBe(mv);
  expect(manifest.browser_specific_settings?.gecko?.id, 'gecko id').toMatch(/@|^\{/);
  expect(manifest.browser_specific_settings?.gecko?.data_collection_permissions?.required, 'data_collection_permissions').toEqual(['none']);
  const report = lint(dir);
  const w = report.warnings.map((x) => `${x.code}${x.file ? ` (${x.file})` : ''}: ${x.message}`);
  console.log(`[e2e] web-ext lint ${dir.replace(ROOT + '/', '')}: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices${w.length ? '\n  ' + w.join('\n  ') : ''}`);
  expect(report.errors.map((x) => `${x.code} ${x.file ?? ''}: ${x.message}`), `web-ext lint errors in ${dir}`).toEqual([]);
}

describe('Firefox', () => {
  it('MV2 build passes web-ext lint without errors', () => {
    run('wxt', ['build', '-b', 'firefox']);
    checkBuild(join(OUTPUT, 'firefox-mv2'), 2);
  });

  it('MV3 build passes web-ext lint without errors', () => {
    run('wxt', ['build', '-b', 'firefox', '--mv3']);
    checkBuild(join(OUTPUT, 'firefox-mv3'), 3);
  });

  it('wxt zip -b firefox makes the add-on zip (and the sources zip AMO asks for)', () => {
    run('wxt', ['zip', '-b', 'firefox']);
    const zips = readdirSync(OUTPUT).filter((f) => f.endsWith('.zip') && f.includes('firefox'));
    const addon = zips.find((f) => !f.includes('sources'));
    expect(addon, `zips in .output: ${zips.join(', ')}`).toBeDefined();
    const bytes = readFileSync(join(OUTPUT, addon!));
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.includes(Buffer.from('manifest.json')), 'manifest.json in the zip').toBe(true);
    expect(existsSync(join(OUTPUT, 'firefox-mv2', 'manifest.json'))).toBe(true);
  });
});
