/**
 * Issue 16, cases 3 and 4: the CLI checks a file's type (magic bytes) and size before reading
 * it, and reads standard input only up to a cap — one line and exit 2, never a garbage brief,
 * never a native crash. Before: `analyze public/icon/128.png` gave exit 0 and a brief in
 * "pl"; `analyze --max-chars 1000 /dev/zero` grew to tens of GB (exit 134 under a limit).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError, binaryKind, readAllStdin, readBytes } from '../../src/cli/read-input';

const ROOT = resolve(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'crisislens-hostile-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bytes = (...a: Array<number | string>) => Buffer.concat(a.map((x) => (typeof x === 'string' ? Buffer.from(x, 'latin1') : Buffer.from([x]))));

describe('binaryKind: file type from the first bytes', () => {
  it('names images, fonts, archives, documents, compressed files', () => {
    expect(binaryKind(readFileSync(join(ROOT, 'public/icon/128.png')))).toBe('PNG image');
    expect(binaryKind(bytes(0xff, 0xd8, 0xff, 0xe0, 'JFIF'))).toBe('JPEG image');
    expect(binaryKind(bytes('GIF89a', 1, 0, 1, 0))).toBe('GIF image');
    expect(binaryKind(bytes('wOFF', 0, 1, 0, 0))).toBe('WOFF font');
    expect(binaryKind(bytes('wOF2', 0, 1, 0, 0, 'some text after the header that is long enough'))).toBe('WOFF2 font');
    expect(binaryKind(bytes('PK', 3, 4, 'mimetypeapplication/epub+zip'))).toMatch(/^ZIP archive/);
    expect(binaryKind(bytes('%PDF-1.7\n'))).toBe('PDF document');
    expect(binaryKind(bytes(0x1f, 0x8b, 8, 0))).toBe('gzip-compressed file');
    expect(binaryKind(bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 '))).toBe('WebP image');
    expect(binaryKind(Buffer.alloc(100))).not.toBeNull(); // NUL bytes
  });
  it('text is text: UTF-8, windows-1252, UTF-16 with a byte-order mark, text with form feeds and escapes', () => {
    expect(binaryKind(Buffer.from('<!DOCTYPE html><html lang="fr"><p>Été à Liège — “quotes”</p></html>'))).toBeNull();
    expect(binaryKind(Buffer.from('<p>caf\xe9 \x93quoted\x94</p>', 'latin1'))).toBeNull();
    expect(binaryKind(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>hello</p>', 'utf16le')]))).toBeNull();
    expect(binaryKind(Buffer.from('Page one\fPage two \x1b[1mbold\x1b[0m\r\n'))).toBeNull();
  });
});

describe('readBytes / readAllStdin: size checked before reading, input capped', () => {
  it('a file over the cap is refused unread', async () => {
    const f = join(dir, 'big.html');
    writeFileSync(f, '<p>' + 'a'.repeat(3000) + '</p>');
    await expect(readBytes(f, async () => Buffer.alloc(0), 1000)).rejects.toThrow(/file too large/);
    await expect(readBytes(f, async () => Buffer.alloc(0), 10_000)).resolves.toHaveLength(3007);
  });
  it('/dev/zero (a device: no size) is refused after its first bytes, not read forever', async () => {
    const t0 = Date.now();
    await expect(readBytes('/dev/zero', async () => Buffer.alloc(0))).rejects.toThrow(InputError);
    expect(Date.now() - t0).toBeLessThan(5000);
  });
  it('endless text on standard input is refused at the cap', async () => {
    let n = 0;
    const endless = new Readable({ read() { this.push(Buffer.from('<p>text </p>'.repeat(1000))); n++; } });
    await expect(readAllStdin(endless, 1024 * 1024)).rejects.toThrow(/standard input is larger than 1\.0 MB/);
    expect(n).toBeLessThan(200);
  });
  it('binary standard input is refused on its first 64 KB', async () => {
    let n = 0;
    const zeros = new Readable({ read() { this.push(Buffer.alloc(16384)); n++; } });
    await expect(readAllStdin(zeros)).rejects.toThrow(/not an HTML or text file/);
    expect(n).toBeLessThan(10);
  });
});

interface Run { code: number | null; stdout: string; stderr: string }
function run(args: string[], stdin?: number | Readable): Promise<Run> {
  return new Promise((done, fail) => {
    const p = spawn(process.execPath, [join(ROOT, 'src', 'cli', 'launch.mjs'), ...args], { cwd: ROOT, stdio: [stdin ?? 'pipe', 'pipe', 'pipe'], env: { ...process.env, CRISISLENS_DEBUG: '' } });
    let stdout = '';
    let stderr = '';
    p.stdout!.setEncoding('utf8').on('data', (d) => (stdout += d));
    p.stderr!.setEncoding('utf8').on('data', (d) => (stderr += d));
    p.on('error', fail);
    const timer = setTimeout(() => p.kill('SIGKILL'), 60_000);
    p.on('close', (code) => (clearTimeout(timer), done({ code, stdout, stderr })));
    if (stdin === undefined) p.stdin!.end('');
  });
}
function oneLineExit2(r: Run, pattern: RegExp) {
  expect(r.code).toBe(2);
  const lines = r.stderr.trim().split('\n').filter((l) => !/ExperimentalWarning|--trace-warnings/.test(l));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(r.stdout).toBe('');
}

describe('analyze, as a process', () => {
  it('our own PNG icon: one line, exit 2, no brief', async () => {
    oneLineExit2(await run([join(ROOT, 'public/icon/128.png')]), /128\.png: not an HTML or text file \(PNG image\)/);
  }, 90_000);
  it('a WOFF2 font and a ZIP file, even with --text', async () => {
    const woff2 = join(dir, 'font.woff2');
    writeFileSync(woff2, bytes('wOF2', 0, 1, 0, 0, 'x'.repeat(200)));
    const zip = join(dir, 'a.zip');
    writeFileSync(zip, bytes('PK', 3, 4, 20, 0, 'x'.repeat(200)));
    oneLineExit2(await run([woff2]), /WOFF2 font/);
    oneLineExit2(await run(['--text', zip]), /ZIP archive/);
  }, 90_000);
  it('--max-chars 1000 /dev/zero: one line, exit 2, at once', async () => {
    oneLineExit2(await run(['--max-chars', '1000', '/dev/zero']), /not an HTML or text file/);
  }, 90_000);
  it('/dev/zero on standard input: one line, exit 2', async () => {
    oneLineExit2(await run(['--max-chars', '1000'], openSync('/dev/zero', 'r')), /\(stdin\): not an HTML or text file/);
  }, 90_000);
  it('endless text on standard input (`yes <p>…</p> | analyze`): one line, exit 2 at the 64 MB cap', async () => {
    const yes = spawn('yes', ['<p>The river rose overnight.</p>'], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      oneLineExit2(await run(['--max-chars', '1000'], yes.stdout!), /\(stdin\): standard input is larger than 64 MB/);
    } finally {
      yes.kill();
    }
  }, 90_000);
});
