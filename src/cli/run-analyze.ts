/**
 * The `analyze` command (CONTRACT.md) as a function: argv + I/O in, exit status out.
 * The entry point (analyze.ts) wires it to the process; tests and benchmarks call it directly.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Article } from '../extract/article';
import { analyse } from '../brief/analyse';
import type { Brief } from '../brief/schema';
import { parseArgs, oneLine, USAGE, type AnalyzeOptions } from './args';
import { briefToMarkdown } from './format-markdown';
import { InputError, binaryKind, decodeHtml, decodeText, readBytes } from './read-input';
import { cleanBriefStrings } from '../brief/clean-text';

export interface AnalyzeIO {
  /** Writes to standard output (the result only). */
  out: (s: string) => void;
  /** Writes to standard error (messages). */
  err: (s: string) => void;
  readStdin: () => Promise<Buffer>;
  cwd?: string;
}

/** A failure of one input, reported as one line; never a stack trace. */
export class AnalyzeFailure extends Error {
  constructor(
    message: string,
    readonly reason: 'no-article' | 'unreadable' | 'error',
    /** What a page declined as "no article" still says: title, site, language, publication date. */
    readonly page?: object,
  ) {
    super(message);
  }
}

const STDIN_URL = 'file:///dev/stdin';

function inputUrl(file: string, o: AnalyzeOptions, cwd: string): string {
  if (o.url) return o.url;
  if (file === '-') return STDIN_URL;
  return pathToFileURL(resolve(cwd, file)).href;
}

/** Plain text → Article: offsets refer to the text exactly as read. */
export function textToArticle(text: string, url: string, o: Pick<AnalyzeOptions, 'lang' | 'published'>): Article {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/, 1)[0].trim();
  return {
    url,
    canonicalUrl: null,
    title: firstLine.length <= 300 ? firstLine : '',
    byline: null,
    siteName: null,
    lang: o.lang,
    ...(o.lang ? { langCertain: true } : {}),
    published: o.published,
    publishedSource: o.published ? 'option' : null,
    text,
    links: [],
  };
}

/** One input (already read) → Brief, or throws AnalyzeFailure. */
export async function analyzeBytes(bytes: Buffer, file: string, o: AnalyzeOptions, cwd = process.cwd()): Promise<Brief> {
  const kind = binaryKind(bytes.subarray(0, 64 * 1024));
  if (kind) throw new AnalyzeFailure(`not an HTML or text file (${kind})`, 'unreadable');
  const url = inputUrl(file, o, cwd);
  let article: Article;
  if (o.text) {
    const text = decodeText(bytes);
    if (!text.trim()) throw new AnalyzeFailure('no article: the text is empty', 'no-article');
    article = textToArticle(text, url, o);
  } else {
    const html = decodeHtml(bytes);
    if (!html.trim()) throw new AnalyzeFailure('no article: the file is empty', 'no-article');
    // Loaded on first use: plain-text runs never pay for the DOM library or Readability.
    const [{ loadHtml }, { extractArticle }, { linkedomTuning }] = await Promise.all([
      import('./load-html'),
      import('../extract/extract-article'),
      import('../extract/readability-node'),
    ]);
    const doc = loadHtml(html, url);
    // The document is ours alone (parsed from the file): Readability may work on it in place, no clone.
    // When Readability takes a consent wall for the article, it is asked again on a fresh parse.
    const res = extractArticle(doc, { url, mutate: true, tuning: linkedomTuning, fresh: () => loadHtml(html, url), ...(o.maxChars ? { maxChars: o.maxChars } : {}) });
    if (!res.ok) {
      const msg = oneLine(res.message || 'no article found on this page');
      throw new AnalyzeFailure(/no.?article/i.test(msg) ? msg : `no article: ${msg}`, 'no-article', { ...res.page, ...(res.listPage ? { listPage: true } : {}) });
    }
    article = res.article;
    if (o.lang) article = { ...article, lang: o.lang, langCertain: true };
    if (!article.published && o.published) article = { ...article, published: o.published, publishedSource: 'option' };
  }
  return analyse(article, { explain: o.explain });
}

export async function runAnalyze(argv: readonly string[], io: AnalyzeIO): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.err(`analyze: ${parsed.error}\n`);
    return 2;
  }
  const o = parsed.options;
  if (o.help) {
    io.out(USAGE + '\n');
    return 0;
  }
  const files = o.files.length ? o.files : ['-'];
  const several = files.length > 1;
  const format = o.format ?? (several ? 'jsonl' : 'json');
  const cwd = io.cwd ?? process.cwd();
  let status = 0;
  const jsonItems: unknown[] = [];
  let mdCount = 0;

  for (const file of files) {
    const label = file === '-' ? '(stdin)' : file;
    try {
      const bytes = await readBytes(file, io.readStdin);
      const analysed = await analyzeBytes(bytes, file, o, cwd);
      // Names and display strings lose invisible and bidi controls (the one cleaner every output uses);
      // the text, the summary's sentences and every mention stay exactly text.slice(start, end).
      const brief = { ...cleanBriefStrings(analysed), summary: analysed.summary };
      if (format === 'jsonl') io.out(JSON.stringify({ file, ...brief }) + '\n');
      else if (format === 'json') {
        if (several) jsonItems.push({ file, ...brief });
        else io.out(JSON.stringify(brief, null, 2) + '\n');
      } else {
        io.out((mdCount++ ? '\n---\n\n' : '') + briefToMarkdown(several ? { ...brief, file } : brief));
      }
    } catch (e) {
      status = 2;
      const msg =
        e instanceof AnalyzeFailure || e instanceof InputError
          ? oneLine(e.message)
          : `internal error: ${oneLine(e instanceof Error ? e.message : String(e)) || 'unknown'}`;
      io.err(`analyze: ${label}: ${msg}\n`);
      if (process.env.CRISISLENS_DEBUG && e instanceof Error && e.stack) io.err(e.stack + '\n');
      const page = e instanceof AnalyzeFailure && e.page ? e.page : {};
      if (format === 'jsonl') io.out(JSON.stringify({ file, error: msg, ...page }) + '\n');
      else if (format === 'json' && several) jsonItems.push({ file, error: msg, ...page });
    }
  }
  if (format === 'json' && several) io.out(JSON.stringify(jsonItems, null, 2) + '\n');
  return status;
}
