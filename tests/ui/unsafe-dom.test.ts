/**
 * The project's lint rule against unsafe DOM and dynamic code (issue 7): page content must
 * never reach an HTML parser or an evaluator. Scans every .ts/.js/.html file of src/ and
 * entrypoints/ (comments stripped) and fails, naming file and line, on:
 *   innerHTML/outerHTML writes, insertAdjacentHTML, document.write/writeln,
 *   createContextualFragment, srcdoc, eval, new Function / Function(…), setTimeout/setInterval
 *   with a string, inline on*= handlers and <script> bodies in HTML files, javascript: URLs.
 * Reading `.innerHTML` is allowed (it is serialisation, not parsing). Part of `npm test`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const DIRS = ['src', 'entrypoints'];

const RULES: { name: string; re: RegExp }[] = [
  { name: 'innerHTML/outerHTML write', re: /\.(?:inner|outer)HTML\s*(?:\+?=)(?!=)/ },
  { name: 'insertAdjacentHTML', re: /\binsertAdjacentHTML\s*\(/ },
  { name: 'document.write', re: /\bdocument\s*\.\s*write(?:ln)?\s*\(/ },
  { name: 'createContextualFragment', re: /\bcreateContextualFragment\s*\(/ },
  { name: 'srcdoc', re: /\.srcdoc\s*=(?!=)|setAttribute\(\s*['"`]srcdoc/i },
  { name: 'eval', re: /(?<![\w$.])eval\s*\(/ },
  { name: 'new Function', re: /\bnew\s+Function\s*\(|(?<![\w$.])Function\s*\(\s*['"`]/ },
  { name: 'string timer', re: /\bset(?:Timeout|Interval)\s*\(\s*['"`]/ },
  { name: 'javascript: URL', re: /['"`]\s*javascript:(?!['"`])/i },
];
const HTML_RULES: { name: string; re: RegExp }[] = [
  { name: 'inline handler', re: /<[^>]+\son[a-z]+\s*=/i },
  { name: 'inline script', re: /<script(?![^>]*\bsrc=)[^>]*>/i },
  { name: 'javascript: URL', re: /javascript:/i },
];

/** Removes comments, keeping line numbers (strings stay: a string may be the dangerous argument). */
export function stripComments(src: string): string {
  let out = '';
  let i = 0;
  let quote: string | null = null;
  while (i < src.length) {
    const c = src[i];
    const next = src[i + 1];
    if (quote) {
      out += c;
      if (c === '\\') {
        out += next ?? '';
        i += 2;
        continue;
      }
      if (c === quote) quote = null;
      i++;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      quote = c;
      out += c;
      i++;
      continue;
    }
    if (c === '/' && next === '*') {
      const end = src.indexOf('*/', i + 2);
      const body = src.slice(i, end === -1 ? src.length : end + 2);
      out += body.replace(/[^\n]/g, ' ');
      i += body.length;
      continue;
    }
    if (c === '/' && next === '/') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

function files(dir: string): string[] {
  const out: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p));
    else if (/\.(ts|mts|js|mjs|html)$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

export function findViolations(path: string, src: string): string[] {
  const isHtml = path.endsWith('.html');
  const code = isHtml ? src.replace(/<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, ' ')) : stripComments(src);
  const rules = isHtml ? HTML_RULES : RULES;
  const found: string[] = [];
  code.split('\n').forEach((line, n) => {
    for (const rule of rules) if (rule.re.test(line)) found.push(`${path}:${n + 1}: ${rule.name}: ${line.trim().slice(0, 120)}`);
  });
  return found;
}

describe('lint: no unsafe DOM or dynamic code in src/ and entrypoints/', () => {
  it('the rule catches what it should and ignores comments', () => {
    const bad = [
      'el.innerHTML = title;',
      'el.outerHTML += x',
      "el.insertAdjacentHTML('beforeend', s)",
      'document.write(x)',
      'eval(code)',
      'new Function("return 1")',
      "setTimeout('alert(1)', 10)",
      'range.createContextualFragment(s)',
      'frame.srcdoc = s',
      "a.href = 'javascript:alert(1)'",
    ];
    for (const line of bad) expect(findViolations('x.ts', line), line).not.toEqual([]);
    const ok = ['const html = el.innerHTML;', 'if (el.innerHTML === "") {}', '// el.innerHTML = x', '/* eval(x) */', 'medieval(x)', 'setTimeout(() => f(), 10)', 'x.evaluate(y)'];
    for (const line of ok) expect(findViolations('x.ts', line), line).toEqual([]);
    expect(findViolations('x.html', '<button onclick="x()">')).not.toEqual([]);
    expect(findViolations('x.html', '<script>alert(1)</script>')).not.toEqual([]);
    expect(findViolations('x.html', '<script type="module" src="./main.ts"></script>')).toEqual([]);
  });

  it('no file breaks it', () => {
    const violations: string[] = [];
    for (const dir of DIRS) {
      for (const file of files(join(ROOT, dir))) {
        violations.push(...findViolations(relative(ROOT, file), readFileSync(file, 'utf8')));
      }
    }
    expect(violations).toEqual([]);
  });
});
