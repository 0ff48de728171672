import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadTagger } from '../../../src/nlp/model';
import { decodeWeights, encodeWeights, prepare, propagate, labelsToSpans, normaliseLabels } from '../../../src/nlp/model/tagger';
import { G_GIVEN, G_STOP, G_TITLE } from '../../../src/nlp/model/gazetteer-features';
import { featurize, LABELS, NF, NL } from '../../../src/nlp/model/features';
import { viterbi, ALLOWED } from '../../../src/nlp/model/viterbi';
import { tokenize } from '../../../src/nlp/tokenize';
import type { NerSpan, Span } from '../../../src/nlp/types';

/** One sentence per line (the tests don't depend on the engine's sentence splitter). */
function lines(text: string): Span[] {
  const out: Span[] = [];
  let s = 0;
  for (const part of text.split('\n')) {
    if (part.length) out.push({ start: s, end: s + part.length });
    s += part.length + 1;
  }
  return out;
}

async function tag(lang: string, text: string): Promise<NerSpan[]> {
  const t = await loadTagger(lang);
  if (!t) throw new Error(`no tagger for ${lang}`);
  return t.tag(text, tokenize(text), lines(text));
}

const has = (spans: NerSpan[], text: string, type: string, surface: string) =>
  spans.some((s) => s.type === type && text.slice(s.start, s.end) === surface);

function checkInvariants(text: string, spans: NerSpan[]) {
  const toks = tokenize(text);
  const starts = new Set(toks.map((t) => t.start));
  const ends = new Set(toks.map((t) => t.end));
  // possessive split: "Germany's" may end a span inside a token, before the 's
  for (const t of toks) if (/['’][sS]$/.test(t.text)) ends.add(t.end - 2);
  let prevEnd = -1;
  for (const s of spans) {
    expect(['ORG', 'PER', 'LOC']).toContain(s.type);
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.start).toBeGreaterThanOrEqual(prevEnd); // sorted, non-overlapping
    expect(starts.has(s.start)).toBe(true); // aligned to token boundaries
    expect(ends.has(s.end)).toBe(true);
    expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
    expect(text.slice(s.start, s.end)).not.toContain('\n'); // never across a sentence
    prevEnd = s.end;
  }
}

const SAMPLES: Record<string, { text: string; expect: [string, string][] }> = {
  nl: {
    text:
      'Premier Alexander De Croo heeft dinsdag in Brussel overlegd met de Europese Commissie.\n' +
      'Volgens Jan Jambon moet de regering in Antwerpen en Gent meer investeren.\n' +
      'De Croo reist volgende week naar Parijs.',
    expect: [['PER', 'Alexander De Croo'], ['LOC', 'Brussel'], ['LOC', 'Parijs'], ['PER', 'Jan Jambon']],
  },
  en: {
    text:
      'President Joe Biden met Chancellor Olaf Scholz in Washington on Tuesday.\n' +
      'The European Commission said the talks in Brussels would continue.\n' +
      'Scholz later flew back to Berlin.',
    expect: [['PER', 'Joe Biden'], ['LOC', 'Washington'], ['LOC', 'Berlin'], ['PER', 'Olaf Scholz']],
  },
  de: {
    text:
      'Bundeskanzler Olaf Scholz hat am Dienstag in Berlin mit Emmanuel Macron gesprochen.\n' +
      'Die Deutsche Bahn will in Bayern und Hessen neue Strecken bauen.\n' +
      'Macron reiste danach nach Paris zurück.',
    expect: [['PER', 'Olaf Scholz'], ['LOC', 'Berlin'], ['LOC', 'Paris'], ['PER', 'Emmanuel Macron']],
  },
  fr: {
    text:
      "Le président Emmanuel Macron a rencontré Olaf Scholz mardi à Paris.\n" +
      "Selon la Commission européenne, les discussions reprendront à Bruxelles.\n" +
      "Scholz est ensuite rentré à Berlin.",
    expect: [['PER', 'Emmanuel Macron'], ['LOC', 'Paris'], ['LOC', 'Berlin'], ['PER', 'Olaf Scholz']],
  },
};

describe('loadTagger', () => {
  it('loads each shipped language once (cached) and returns null for others', async () => {
    for (const lang of ['nl', 'en', 'de', 'fr']) {
      const a = await loadTagger(lang);
      expect(a).not.toBeNull();
      expect(a!.lang).toBe(lang);
      expect(await loadTagger(lang)).toBe(a);
    }
    expect((await loadTagger('NL-be'))?.lang).toBe('nl');
    expect(await loadTagger('xx')).toBeNull();
    expect(await loadTagger('')).toBeNull();
    expect(await loadTagger('constructor')).toBeNull();
    expect(await loadTagger('__proto__')).toBeNull();
  });

  it('handles empty and degenerate input without throwing', async () => {
    const t = (await loadTagger('en'))!;
    expect(t.tag('', [], [])).toEqual([]);
    const txt = '   \n\n ... ,,, !!!';
    const spans = t.tag(txt, tokenize(txt), lines(txt));
    checkInvariants(txt, spans);
    // no sentences given: the whole text is one unit
    const txt2 = 'Angela Merkel visited Paris.';
    checkInvariants(txt2, t.tag(txt2, tokenize(txt2), []));
  });
});

describe.each(Object.keys(SAMPLES))('tagging %s', (lang) => {
  const { text, expect: wanted } = SAMPLES[lang];
  it('finds the clear names with exact offsets', async () => {
    const spans = await tag(lang, text);
    checkInvariants(text, spans);
    for (const [type, surface] of wanted) expect(has(spans, text, type, surface), `${type} ${surface} in ${JSON.stringify(spans.map((s) => text.slice(s.start, s.end)))}`).toBe(true);
  });
  it('tags nothing in a sentence without names', async () => {
    const plain = {
      nl: 'het is vandaag erg warm en we blijven thuis.',
      en: 'it is very warm today and we stay at home.',
      de: 'es ist heute sehr warm und wir bleiben zu hause.',
      fr: "il fait très chaud aujourd'hui et nous restons à la maison.",
    }[lang]!;
    expect(await tag(lang, plain)).toEqual([]);
  });
});

describe('tagger details', () => {
  it('splits a possessive off the name and never runs a name through lower-case words', async () => {
    const text = "Germany's chancellor met Britain's prime minister in London.";
    const spans = await tag('en', text);
    checkInvariants(text, spans);
    const surfaces = spans.map((s) => text.slice(s.start, s.end));
    expect(surfaces).toContain('Germany');
    expect(surfaces).toContain('Britain');
    for (const x of surfaces) expect(x).not.toMatch(/'s$|\b[a-z]{3,}\b/);
  });

  it('leaves titles and sentence-initial articles out of names', async () => {
    const en = 'President Joe Biden met Chancellor Olaf Scholz on Tuesday.\nThe European Commission agreed.';
    const spans = await tag('en', en);
    checkInvariants(en, spans);
    const surfaces = spans.map((s) => en.slice(s.start, s.end));
    for (const x of surfaces) expect(x).not.toMatch(/^(President|Chancellor|The) /);
    expect(has(spans, en, 'PER', 'Joe Biden')).toBe(true);
    const nl = 'Premier Alexander De Croo sprak met minister Annelies Verlinden.';
    const s2 = await tag('nl', nl);
    expect(has(s2, nl, 'PER', 'Alexander De Croo')).toBe(true);
  });

  it('does not report function words alone as names', async () => {
    const fr = "Le président a parlé. Il est parti. De plus, la ville de Lyon a voté.";
    const spans = await tag('fr', fr);
    const surfaces = spans.map((s) => fr.slice(s.start, s.end));
    for (const x of surfaces) expect(['Le', 'Il', 'De', 'De plus', 'la', 'de']).not.toContain(x);
  });

  it('keeps offsets exact with non-ASCII text, tabs and CRLF', async () => {
    const text = 'Ce matin,\tÉdouard Philippe était au Québec.\r\n«\u00a0Très bien\u00a0», dit-il à Montréal.';
    const spans = await tag('fr', text);
    checkInvariants(text, spans);
    expect(spans.length).toBeGreaterThan(0);
  });

  it('is deterministic and linear enough for long texts', async () => {
    const t = (await loadTagger('nl'))!;
    const para = 'Minister Vincent Van Quickenborne sprak in Kortrijk met burgemeester Ruth Vandenberghe over de politie.\n';
    const text = para.repeat(2000); // ~210 KB
    const toks = tokenize(text);
    const c0 = process.cpuUsage(); // CPU time: wall time is meaningless on a busy machine
    const a = t.tag(text, toks, lines(text));
    const c = process.cpuUsage(c0);
    const ms = (c.user + c.system) / 1000;
    const b = t.tag(text, tokenize(text), lines(text));
    expect(a).toEqual(b);
    checkInvariants(text.slice(0, 2000), a.filter((s) => s.end <= 2000));
    expect(ms).toBeLessThan(2000); // ~0.15 s measured (≥ 1 MB/s); generous for slow CI
  });

  it('propagates a name to its other verbatim occurrences in the document', () => {
    const text = 'Xylofoon Ventures kocht het bedrijf.\nLater verkocht Xylofoon Ventures alles.';
    const toks = tokenize(text);
    const input = prepare(toks, lines(text));
    const labels = new Uint8Array(input.words.length);
    labels[0] = LABELS.indexOf('B-ORG');
    labels[1] = LABELS.indexOf('I-ORG');
    propagate(input, labels);
    const spans = labelsToSpans(input, labels);
    expect(spans.map((s) => [s.type, text.slice(s.start, s.end)])).toEqual([
      ['ORG', 'Xylofoon Ventures'],
      ['ORG', 'Xylofoon Ventures'],
    ]);
  });
});

describe('normaliseLabels', () => {
  it('trims titles, splits at lower-case content words, drops capital-less names', () => {
    const words = ['President', 'Joe', 'Biden', 'met', 'Olaf', 'Scholz', 'and', 'équipe', 'nationale'];
    const L = (x: string) => LABELS.indexOf(x as (typeof LABELS)[number]);
    const labels = Uint8Array.from(['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'B-ORG', 'I-ORG'].map(L));
    const gaz = new Uint32Array(words.length);
    gaz[0] = G_TITLE;
    gaz[1] = G_GIVEN;
    gaz[6] = G_STOP;
    const first = new Uint8Array(words.length);
    first[0] = 1;
    normaliseLabels(words, labels, gaz, first);
    expect(Array.from(labels, (y) => LABELS[y])).toEqual(['O', 'B-PER', 'I-PER', 'O', 'B-ORG', 'I-ORG', 'O', 'O', 'O']);
  });
});

describe('model internals', () => {
  it('featurize gives NF features per word and is independent of other sentences', () => {
    const words = ['Jan', 'woont', 'in', 'Gent', '.'];
    const n = words.length;
    const f = featurize(words, Uint8Array.from([1, 0, 0, 0, 0]), new Int32Array(n), new Int32Array(n).fill(n));
    expect(f.length).toBe(n * NF);
  });

  it('viterbi never emits I-X after O or another type', () => {
    const n = 6;
    const em = new Float32Array(n * NL);
    // emissions that favour I-PER everywhere, B-ORG at 2
    for (let i = 0; i < n; i++) em[i * NL + LABELS.indexOf('I-PER')] = 5;
    em[2 * NL + LABELS.indexOf('B-ORG')] = 20;
    const out = new Uint8Array(n);
    viterbi(em, n, new Float32Array((NL + 1) * NL), out, new Uint8Array(n * NL), new Float32Array(2 * NL));
    for (let i = 0; i < n; i++) expect(ALLOWED[(i ? out[i - 1] : NL) * NL + out[i]]).toBe(1);
  });

  it('weights round-trip through the binary format', () => {
    const bits = 8;
    const em = new Float32Array((1 << bits) * NL);
    em[5 * NL + 2] = 1.5;
    em[200 * NL + 6] = -0.75;
    const trans = new Float32Array((NL + 1) * NL).map((_, i) => i / 10);
    const w = decodeWeights(encodeWeights(bits, em, trans, 0.25));
    expect(w.bits).toBe(bits);
    expect(w.em[5 * NL + 2]).toBeCloseTo(1.5);
    expect(w.em[200 * NL + 6]).toBeCloseTo(-0.75);
    expect(Array.from(w.trans)).toEqual(Array.from(trans).map((x) => Math.fround(x)));
    expect(() => decodeWeights(new Uint8Array(64))).toThrow(/magic/);
  });
});

describe('browser compatibility', () => {
  const dir = join(__dirname, '..', '..', '..', 'src', 'nlp', 'model');
  const files = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(d, e.name)) : e.name.endsWith('.ts') ? [join(d, e.name)] : []));
  it('src/nlp/model uses no Node-only APIs', () => {
    for (const f of files(dir)) {
      const src = readFileSync(f, 'utf8').slice(0, 20000);
      expect(src, f).not.toMatch(/from ['"](node:|fs|path|zlib|url)|require\(|\bBuffer\b|process\./);
    }
  });
  it('weights are binary data assets within budget, read lazily, never imported as modules', () => {
    const index = readFileSync(join(dir, 'index.ts'), 'utf8');
    expect(index).not.toMatch(/import\(['"]\.\/weights/);
    expect(index).toContain('readAsset(weightsAsset(code))');
    const data = join(__dirname, '..', '..', '..', 'data', 'model');
    for (const lang of ['nl', 'en', 'de', 'fr']) {
      const bin = new Uint8Array(readFileSync(join(data, `${lang}.bin`)));
      expect(decodeWeights(bin).bits, lang).toBe(20);
      expect(bin.length).toBeLessThan(337_500); // the former budget (450 KB of base64 module) in bytes; ~210 KB gzip
      expect(JSON.parse(readFileSync(join(data, `${lang}.json`), 'utf8')).generatedBy).toContain(`train:ner -- --lang ${lang}`);
    }
  });
});
