import { describe, expect, it } from 'vitest';
import { isIsoDay, parseArgs } from '../../src/cli/args';
import { briefToMarkdown } from '../../src/cli/format-markdown';
import { mdInline as mdEscape, safeHref } from '../../src/export/markdown-escape';
import { textToArticle } from '../../src/cli/run-analyze';
import { decodeHtml, decodeText, looksBinary } from '../../src/cli/read-input';
import type { Brief } from '../../src/brief/schema';

describe('parseArgs', () => {
  it('reads every contract option, in both --opt value and --opt=value forms', () => {
    const r = parseArgs(['--url', 'https://a.example/x', '--text', '--lang=NL', '--published', '2024-06-04', '--format=md', 'a.html', '-']);
    expect(r).toEqual({
      ok: true,
      options: {
        files: ['a.html', '-'],
        url: 'https://a.example/x',
        text: true,
        lang: 'nl',
        published: '2024-06-04',
        format: 'md',
        maxChars: null,
        help: false,
        explain: false,
      },
    });
  });

  it('takes the primary subtag of a BCP 47 language', () => {
    const r = parseArgs(['--lang', 'fr-BE']);
    expect(r.ok && r.options.lang).toBe('fr');
  });

  it('after "--" everything is a file', () => {
    const r = parseArgs(['--', '--text']);
    expect(r.ok && r.options.files).toEqual(['--text']);
  });

  it('rejects bad values with a one-line message', () => {
    for (const argv of [['--format', 'csv'], ['--published', '2023-02-29'], ['--lang'], ['--x'], ['-', '-'], ['--max-chars', '0']]) {
      const r = parseArgs(argv);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).not.toContain('\n');
    }
  });

  it('isIsoDay knows the calendar', () => {
    expect(isIsoDay('2024-02-29')).toBe(true);
    expect(isIsoDay('2023-02-29')).toBe(false);
    expect(isIsoDay('2024-04-31')).toBe(false);
    expect(isIsoDay('2024-4-1')).toBe(false);
  });
});

describe('textToArticle', () => {
  it('keeps the text exactly and takes the first line as title', () => {
    const t = '\uFEFFTitel hier\r\nTekst.';
    const a = textToArticle(t, 'file:///x', { lang: null, published: null });
    expect(a.text).toBe(t);
    expect(a.title).toBe('Titel hier');
    expect(a.publishedSource).toBeNull();
  });
});

describe('read-input', () => {
  it('decodes UTF-8, and non-UTF-8 HTML by its declared charset', () => {
    expect(decodeHtml(Buffer.from('<p>café</p>'))).toBe('<p>café</p>');
    const latin = Buffer.concat([Buffer.from('<meta charset="iso-8859-1"><p>caf'), Buffer.from([0xe9]), Buffer.from('</p>')]);
    expect(decodeHtml(latin)).toContain('café');
    expect(decodeText(Buffer.from('\uFEFFabc'))).toBe('\uFEFFabc');
  });
  it('recognises binary content', () => {
    expect(looksBinary(Buffer.from('%PDF-1.7 ...'))).toBe(true);
    expect(looksBinary(Buffer.alloc(100))).toBe(true);
    expect(looksBinary(Buffer.from('<html>plain</html>'))).toBe(false);
  });
});

describe('Markdown output', () => {
  it('escapes every Markdown/HTML-active character of page strings', () => {
    expect(mdEscape('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert(1)\\>');
    expect(mdEscape('[a](javascript:x)')).toBe('\\[a\\](javascript:x)');
    expect(mdEscape('![i](https://t.example/p.gif)')).toBe('\\!\\[i\\](https://t.example/p.gif)');
    expect(mdEscape('# heading\n\n- item')).toBe('\\# heading - item');
    expect(mdEscape('- item')).toBe('\\- item');
    expect(mdEscape('> quote')).toBe('\\> quote');
    expect(mdEscape('`code` **b** _i_ ~~s~~ a|b &lt;')).toBe('\\`code\\` \\*\\*b\\*\\* \\_i\\_ \\~\\~s\\~\\~ a\\|b \\&lt;');
    expect(mdEscape('1. first')).toBe('1\\. first');
    expect(mdEscape('Zuid-Limburg (NCCN)')).toBe('Zuid-Limburg (NCCN)');
  });
  it('links only http(s)', () => {
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,x')).toBeNull();
    expect(safeHref('https://a.example/x y(1)')).toBe('https://a.example/x%20y%281%29');
  });
  it('renders the sections of a brief', () => {
    const text = 'Het NCCN en Jan Peeters tekenden het Benelux-verdrag in Brussel op 4 juni 2024.';
    const m = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
    const b: Brief = {
      schemaVersion: 1,
      url: 'https://x.example/a',
      canonicalUrl: null,
      title: 'Verdrag getekend',
      byline: 'Door Ann',
      siteName: 'Krant',
      lang: 'nl',
      published: '2024-06-04',
      text,
      summary: [{ start: 0, end: text.length, text }],
      headline: 'NCCN — Verdrag getekend — 4 juni 2024',
      organisations: [{ name: 'Nationaal Crisiscentrum', acronym: 'NCCN', aliases: ['NCCN'], mentions: [m('NCCN')] }],
      people: [{ name: 'Jan Peeters', role: 'directeur', aliases: [], mentions: [m('Jan Peeters')] }],
      places: [{ name: 'Brussel', aliases: [], mentions: [m('Brussel')] }],
      agreements: [{ name: 'Benelux-verdrag', date: '2024-06-04', aliases: [], mentions: [m('Benelux-verdrag')] }],
      dates: [{ value: '2024-06-04', relative: false, mentions: [m('4 juni 2024')] }],
      links: [{ href: 'https://crisiscentrum.be/nl', text: 'NCCN' }],
    };
    const md = briefToMarkdown(b);
    expect(md).toContain('# Verdrag getekend');
    // The one Markdown renderer (src/export/markdown.ts), as a document of its own.
    expect(md).toContain('- **Source:** Krant · [https://x.example/a](<https://x.example/a>)');
    expect(md).toContain('- **Author:** Door Ann');
    expect(md).toContain('- **Published:** 2024-06-04 · **Language:** nl');
    expect(md).toContain('## Organisations\n\n- Nationaal Crisiscentrum (NCCN) (1 mention)');
    expect(md).toContain('- Jan Peeters — directeur (1 mention)');
    expect(md).toContain('- Benelux-verdrag — 2024-06-04 (1 mention)');
    expect(md).toContain('- 2024-06-04 — 4 juni 2024');
    expect(md).toContain('[NCCN](<https://crisiscentrum.be/nl>)');
  });
});
