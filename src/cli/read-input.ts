/**
 * Reading an input of `analyze`: a file or standard input, bytes → string.
 * HTML that is not valid UTF-8 is decoded with its declared charset (or windows-1252),
 * so nothing is lost; plain text is UTF-8. Errors are one-line, user-facing messages.
 */
import { readFile } from 'node:fs/promises';

export class InputError extends Error {}

const ERRNO_TEXT: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'file name too long',
};

export async function readBytes(file: string, readStdin: () => Promise<Buffer>): Promise<Buffer> {
  if (file === '-') return readStdin();
  try {
    return await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    throw new InputError(`cannot read file: ${ERRNO_TEXT[code] ?? code ?? 'read error'}`);
  }
}

export async function readAllStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

/** Heuristic: binary data (images, PDFs, archives) rather than text. */
export function looksBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8192);
  if (buf.subarray(0, 5).toString('latin1') === '%PDF-') return true;
  let nul = 0;
  for (let i = 0; i < n; i++) if (buf[i] === 0) nul++;
  return n > 0 && nul / n > 0.05;
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
