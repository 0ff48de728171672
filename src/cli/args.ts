/**
 * Command-line options of `analyze` (CONTRACT.md). Pure: argv in, options or a one-line
 * error out; no I/O, so it is tested directly.
 */

export type OutputFormat = 'json' | 'jsonl' | 'md';

export interface AnalyzeOptions {
  files: string[];
  url: string | null;
  text: boolean;
  lang: string | null;
  published: string | null;
  /** Explicit --format, or null for the default (json for one input, jsonl for several). */
  format: OutputFormat | null;
  /** Cap on the article text handed to analysis (passed to extraction). */
  maxChars: number | null;
  help: boolean;
  /** --explain: every organisation, person and place lists the ids of the NER rules that made it. */
  explain: boolean;
}

export type ParseResult = { ok: true; options: AnalyzeOptions } | { ok: false; error: string };

export const USAGE = `Usage: npm run -s analyze -- [options] [FILE ...]

Analyse news pages (HTML, default) or plain text and print their briefs.
FILE "-" or no FILE reads standard input.

Options:
  --url URL              the page's address (resolves relative links); default: the file's file:// URL
  --text                 the input is plain text; offsets refer to it exactly as read
  --lang xx              the language when known (nl, fr, de, en, ...); otherwise detected
  --published YYYY-MM-DD publication date when the input carries none; relative dates resolve against it
  --format json|jsonl|md json (default for one file), jsonl (default for several, one brief per
                         line with a "file" field, input order), md (human-readable brief)
  --max-chars N          cap on the article text analysed (huge pages); the brief says "truncated"
  --explain              list with every organisation, person and place the NER rules that made it ("rules")
  -h, --help             show this help

Exit status: 0 on success; 2 when a page has no article, a file is unreadable or an option is
bad (one line on standard error; with several files the others are still processed).`;

const FORMATS: readonly OutputFormat[] = ['json', 'jsonl', 'md'];

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days;
}

export function parseArgs(argv: readonly string[]): ParseResult {
  const o: AnalyzeOptions = {
    files: [],
    url: null,
    text: false,
    lang: null,
    published: null,
    format: null,
    maxChars: null,
    help: false,
    explain: false,
  };
  const fail = (error: string): ParseResult => ({ ok: false, error });
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      o.files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    // --name=value or --name value
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string | null => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined) return null;
      i++;
      return next;
    };
    switch (name) {
      case '-h':
      case '--help':
        o.help = true;
        break;
      case '--explain':
        o.explain = true;
        break;
      case '--text':
        if (inline !== undefined) return fail('--text takes no value');
        o.text = true;
        break;
      case '--url': {
        const v = value();
        if (v === null || v === '') return fail('--url needs a URL');
        try {
          o.url = new URL(v).href;
        } catch {
          return fail(`--url: not an absolute URL: ${oneLine(v)}`);
        }
        break;
      }
      case '--lang': {
        const v = value();
        if (v === null || !/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/.test(v)) {
          return fail(`--lang needs a language code such as nl, fr, de, en${v ? ` (got ${oneLine(v)})` : ''}`);
        }
        o.lang = v.split(/[-_]/)[0].toLowerCase();
        break;
      }
      case '--published': {
        const v = value();
        if (v === null || !isIsoDay(v)) {
          return fail(`--published needs a date as YYYY-MM-DD${v ? ` (got ${oneLine(v)})` : ''}`);
        }
        o.published = v;
        break;
      }
      case '--format': {
        const v = value();
        if (v === null || !(FORMATS as readonly string[]).includes(v)) {
          return fail(`--format must be one of ${FORMATS.join(', ')}${v ? ` (got ${oneLine(v)})` : ''}`);
        }
        o.format = v as OutputFormat;
        break;
      }
      case '--max-chars': {
        const v = value();
        const n = v === null ? NaN : Number(v);
        if (!Number.isInteger(n) || n < 1) return fail('--max-chars needs a positive whole number');
        o.maxChars = n;
        break;
      }
      default:
        return fail(`unknown option ${oneLine(name)} (see --help)`);
    }
  }
  if (o.files.filter((f) => f === '-').length > 1) return fail('standard input ("-") can be read only once');
  return { ok: true, options: o };
}

/** A message safe for one stderr line. */
export function oneLine(s: string, max = 300): string {
  const t = String(s).replace(/[\r\n\t\u2028\u2029]+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}
