/**
 * Reading an input of `analyze`: a file or standard input, bytes → string.
 * HTML that is not valid UTF-8 is decoded with its declared charset (or windows-1252),
 * so nothing is lost; plain text is UTF-8. Errors are one-line, user-facing messages.
 */
import { open } from 'node:fs/promises';

export class InputError extends Error {}

/**
 * Largest input `analyze` reads (a file or standard input): 64 MiB. Real pages are well under
 * 10 MB (the 1 MB Wikipedia page is among the largest); the article text itself is capped by
 * --max-chars (default 300,000 characters). Larger inputs are refused with one line, before
 * they are read, never by running out of memory.
 */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** Bytes sniffed for the file type before anything else is read. */
const HEAD_BYTES = 64 * 1024;

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;

/** Read `fh` from its position to the end, refusing more than `max` bytes (devices, pipes: size unknown). */
async function readBounded(fh: import('node:fs/promises').FileHandle, head: Buffer, max: number, what: string): Promise<Buffer> {
  const chunks: Buffer[] = [head];
  let total = head.length;
  for (;;) {
    const buf = Buffer.allocUnsafe(Math.min(1024 * 1024, max + 1 - total) || 1);
    const { bytesRead } = await fh.read(buf, 0, buf.length, null);
    if (!bytesRead) break;
    chunks.push(buf.subarray(0, bytesRead));
    total += bytesRead;
    if (total > max) throw new InputError(`${what} is larger than ${mb(max)}, the most analyze reads`);
  }
  return Buffer.concat(chunks, total);
}

const ERRNO_TEXT: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'file name too long',
};

/**
 * A file's bytes, checked before they are read: its type from the first 64 KB (images, fonts,
 * archives, PDFs … are refused by name), its size (over `max` refused unread). Devices and
 * pipes (size unknown, e.g. /dev/zero) are read only up to `max`.
 */
export async function readBytes(file: string, readStdin: () => Promise<Buffer>, max = MAX_INPUT_BYTES): Promise<Buffer> {
  if (file === '-') return readStdin();
  let fh: import('node:fs/promises').FileHandle | undefined;
  try {
    fh = await open(file, 'r');
    const st = await fh.stat();
    if (st.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    const head = Buffer.alloc(Math.min(HEAD_BYTES, st.isFile() ? Math.max(st.size, 1) : HEAD_BYTES));
    const { bytesRead } = await fh.read(head, 0, head.length, null); // from the current position: devices have no other
    const first = head.subarray(0, bytesRead);
    const kind = binaryKind(first);
    if (kind) throw new InputError(`not an HTML or text file (${kind})`);
    if (st.isFile() && st.size > max) throw new InputError(`file too large: ${mb(st.size)} (analyze reads up to ${mb(max)})`);
    return await readBounded(fh, Buffer.from(first), max, 'the file');
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code ?? '';
    throw new InputError(`cannot read file: ${ERRNO_TEXT[code] ?? (code || 'read error')}`);
  } finally {
    await fh?.close().catch(() => undefined);
  }
}

/** Standard input, bounded: its type is checked on the first 64 KB, and more than `max` bytes is refused. */
export async function readAllStdin(stream: NodeJS.ReadableStream = process.stdin, max = MAX_INPUT_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  let sniffed = false;
  const sniff = () => {
    sniffed = true;
    const kind = binaryKind(Buffer.concat(chunks, total).subarray(0, HEAD_BYTES));
    if (kind) throw new InputError(`not an HTML or text file (${kind})`);
  };
  try {
    for await (const c of stream) {
      const b = typeof c === 'string' ? Buffer.from(c) : (c as Buffer);
      chunks.push(b);
      total += b.length;
      if (!sniffed && total >= HEAD_BYTES) sniff();
      if (total > max) throw new InputError(`standard input is larger than ${mb(max)}, the most analyze reads`);
    }
  } finally {
    // Stop reading (a pipe from /dev/zero would never end).
    (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
  }
  if (!sniffed) sniff();
  return Buffer.concat(chunks, total);
}

/** File signatures ("magic bytes") of formats that are never a page: [name, offset, bytes]. */
const SIGNATURES: Array<[string, number, number[]]> = [
  ['PNG image', 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['JPEG image', 0, [0xff, 0xd8, 0xff]],
  ['GIF image', 0, [0x47, 0x49, 0x46, 0x38, 0x39, 0x61]], // GIF89a
  ['GIF image', 0, [0x47, 0x49, 0x46, 0x38, 0x37, 0x61]], // GIF87a
  ['WebP image', 8, [0x57, 0x45, 0x42, 0x50]], // RIFF….WEBP
  ['TIFF image', 0, [0x49, 0x49, 0x2a, 0x00]],
  ['TIFF image', 0, [0x4d, 0x4d, 0x00, 0x2a]],
  ['icon', 0, [0x00, 0x00, 0x01, 0x00]],
  ['WOFF font', 0, [0x77, 0x4f, 0x46, 0x46]], // wOFF
  ['WOFF2 font', 0, [0x77, 0x4f, 0x46, 0x32]], // wOF2
  ['OpenType font', 0, [0x4f, 0x54, 0x54, 0x4f]], // OTTO
  ['TrueType font', 0, [0x00, 0x01, 0x00, 0x00, 0x00]],
  ['ZIP archive (or Office document, EPUB, JAR)', 0, [0x50, 0x4b, 0x03, 0x04]],
  ['ZIP archive', 0, [0x50, 0x4b, 0x05, 0x06]],
  ['ZIP archive', 0, [0x50, 0x4b, 0x07, 0x08]],
  ['PDF document', 0, [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['gzip-compressed file', 0, [0x1f, 0x8b]],
  ['bzip2-compressed file', 4, [0x31, 0x41, 0x59, 0x26, 0x53, 0x59]], // BZh9 + block magic 1AY&SY
  ['xz-compressed file', 0, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['zstd-compressed file', 0, [0x28, 0xb5, 0x2f, 0xfd]],
  ['7-Zip archive', 0, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['RAR archive', 0, [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
  ['ELF executable', 0, [0x7f, 0x45, 0x4c, 0x46]],
  ['WebAssembly module', 0, [0x00, 0x61, 0x73, 0x6d]],
  ['Java class file', 0, [0xca, 0xfe, 0xba, 0xbe]],
  ['SQLite database', 0, [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x6d, 0x61, 0x74, 0x20, 0x33, 0x00]],
  ['MP4/QuickTime video', 4, [0x66, 0x74, 0x79, 0x70]], // ….ftyp
  ['Ogg media', 0, [0x4f, 0x67, 0x67, 0x53]],
  ['FLAC audio', 0, [0x66, 0x4c, 0x61, 0x43]],
  ['MP3 audio', 0, [0x49, 0x44, 0x33, 0x03]],
  ['MP3 audio', 0, [0x49, 0x44, 0x33, 0x04]],
  ['Matroska/WebM video', 0, [0x1a, 0x45, 0xdf, 0xa3]],
];

/**
 * What binary format `head` (the first bytes of an input) is, or null for text. Known
 * signatures first; then any data with NUL bytes or other control characters a text never
 * has (> 1 % of the first 8 KB; tab, line breaks, form feed and ESC excepted). UTF-16 text
 * with a byte-order mark is text.
 */
export function binaryKind(head: Buffer): string | null {
  for (const [name, at, sig] of SIGNATURES) {
    if (head.length >= at + sig.length && sig.every((b, i) => head[at + i] === b)) return name;
  }
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return null;
  const n = Math.min(head.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = head[i]!;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) control++;
    else if (c === 0x7f) control++;
  }
  return n > 0 && control / n > 0.01 ? 'binary data' : null;
}

/** Heuristic: binary data (images, fonts, archives, PDFs) rather than text. */
export function looksBinary(buf: Buffer): boolean {
  return binaryKind(buf.subarray(0, HEAD_BYTES)) !== null;
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/** HTML bytes → string: UTF-8 when valid, else the <meta charset> declared, else windows-1252. */
export function decodeHtml(buf: Buffer): string {
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    return stripBom(new TextDecoder(buf[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(buf));
  }
  try {
    return stripBom(new TextDecoder('utf-8', { fatal: true }).decode(buf));
  } catch {
    const head = buf.subarray(0, 4096).toString('latin1');
    const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head);
    for (const label of [m?.[1], 'windows-1252']) {
      if (!label) continue;
      try {
        return new TextDecoder(label).decode(buf);
      } catch {
        /* unknown label: try the next */
      }
    }
    return buf.toString('latin1');
  }
}

/** Plain-text bytes → string, exactly as read (UTF-8; a byte-order mark is kept so offsets match). */
export function decodeText(buf: Buffer): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(buf);
}
