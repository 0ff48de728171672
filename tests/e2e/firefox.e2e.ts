/**
 * Firefox packaging: `wxt build -b firefox` (MV2) and `--mv3`, `wxt zip -b firefox`, and
 * `web-ext lint` on each build: no errors (warnings are printed; see the README).
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { ROOT } from './harness';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const HAS_FIREFOX = existsSync(FIREFOX);
if (!HAS_FIREFOX) console.warn(`[skip] Firefox smoke test: no Firefox at ${FIREFOX} (apt-get install -y firefox-esr, or set FIREFOX_PATH)`);

/** Installs the add-on into a headless Firefox as a temporary add-on (web-ext run), then closes it. */
async function installInFirefox(dir: string): Promise<void> {
  const moduleName = 'web-ext';
  const webExt = (await import(moduleName)).default;
  try {
    const runner = await webExt.cmd.run(
      { sourceDir: dir, target: ['firefox-desktop'], firefox: FIREFOX, noInput: true, noReload: true, args: ['-headless'], browserConsole: false },
      { shouldExitProgram: false },
    );
    await runner.exit();
  } finally {
    // web-ext leaves Firefox running when the install fails: stop the Firefox this process started.
    stopOurFirefox();
  }
}

/** Stops the Firefox processes that are children of this test process (and only those). */
function stopOurFirefox() {
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let stat = '';
    let cmd = '';
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid === process.pid && cmd.startsWith(FIREFOX)) {
      try {
        process.kill(Number(pid), 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
  }
}

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
  // The popup's shortcut: MV2 opens the popup only on _execute_browser_action, MV3 on _execute_action.
  expect(Object.keys(manifest.commands ?? {}), 'shortcut command').toEqual([mv === 2 ? '_execute_browser_action' : '_execute_action']);
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

  describe.skipIf(!HAS_FIREFOX)('smoke test in Firefox ESR (headless, temporary add-on)', () => {
    it('the MV2 build installs', async () => {
      await installInFirefox(join(OUTPUT, 'firefox-mv2'));
    });
    it('the MV3 build installs', async () => {
      await installInFirefox(join(OUTPUT, 'firefox-mv3'));
    });
    it('(self-test) a broken build is refused', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'crisislens-ff-broken-'));
      try {
        cpSync(join(OUTPUT, 'firefox-mv2'), dir, { recursive: true });
        const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
        m.manifest_version = 9;
        writeFileSync(join(dir, 'manifest.json'), JSON.stringify(m));
        await expect(installInFirefox(dir)).rejects.toThrow();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
