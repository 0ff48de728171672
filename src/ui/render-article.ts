/**
 * "Read article": the saved article text of a brief, offline, as paragraphs of text, with the
 * brief's entity mentions optionally marked. The text is what the extraction kept (every
 * block of the page — paragraph, heading, list item — one paragraph, separated by "\n\n"), so
 * headings read as their own short paragraph, in plain text. Page content is untrusted: built
 * with h() only (Text nodes and <mark> elements), never parsed as HTML.
 */
import type { Brief } from '../brief/schema';
import { h } from './dom';
import type { MessageKey, Translator } from './i18n';
import { stripInvisible } from '../brief/clean-text';

export type MarkKind = 'organisations' | 'people' | 'places' | 'agreements' | 'dates';
const MARK_KINDS: readonly MarkKind[] = ['organisations', 'people', 'agreements', 'places', 'dates'];

/** One mention to mark: offsets into the brief's text. */
export interface ArticleMark {
  start: number;
  end: number;
  kind: MarkKind;
  /** The entity's name (or the ISO date) the mention belongs to. */
  name: string;
}

/** A piece of a paragraph: plain text, or a marked mention. */
export interface ArticleSegment {
  text: string;
  mark?: { kind: MarkKind; name: string };
}

export interface ArticleParagraph {
  /** Offset of the paragraph's first character in the brief's text. */
  start: number;
  segments: ArticleSegment[];
}

/** Every mention of every entity and date of the brief, in text order; overlaps keep the earlier (then longer) one. */
export function briefMarks(brief: Brief): ArticleMark[] {
  const out: ArticleMark[] = [];
  for (const kind of MARK_KINDS) {
    const list = kind === 'dates' ? brief.dates.map((d) => ({ name: d.value, mentions: d.mentions })) : brief[kind];
    for (const e of list)
      for (const m of e.mentions)
        if (Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end <= brief.text.length && m.start < m.end)
          out.push({ start: m.start, end: m.end, kind, name: e.name });
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ArticleMark[] = [];
  let end = -1;
  for (const m of out) {
    if (m.start < end) continue;
    kept.push(m);
    end = m.end;
  }
  return kept;
}

/**
 * The text as paragraphs (split at blank lines, offsets kept), each cut into plain and marked
 * segments. `marks` must be sorted and non-overlapping (briefMarks); a mark crossing a
 * paragraph break is cut at it. Empty paragraphs are dropped.
 */
export function articleParagraphs(text: string, marks: readonly ArticleMark[] = []): ArticleParagraph[] {
  const paras: ArticleParagraph[] = [];
  const re = /\n\s*\n/g;
  let from = 0;
  let mi = 0;
  const push = (start: number, end: number) => {
    // Trim the paragraph's white space, keeping the offsets right.
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (start >= end) return;
    while (mi < marks.length && marks[mi].end <= start) mi++;
    const segments: ArticleSegment[] = [];
    let pos = start;
    for (let j = mi; j < marks.length && marks[j].start < end; j++) {
      const m = marks[j];
      const s = Math.max(m.start, start);
      const e = Math.min(m.end, end);
      if (s < pos || s >= e) continue;
      if (s > pos) segments.push({ text: text.slice(pos, s) });
      segments.push({ text: text.slice(s, e), mark: { kind: m.kind, name: m.name } });
      pos = e;
    }
    if (pos < end) segments.push({ text: text.slice(pos, end) });
    paras.push({ start, segments });
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return paras;
}

const KIND_KEY: Record<MarkKind, MessageKey> = {
  organisations: 'section.organisations',
  people: 'section.people',
  places: 'section.places',
  agreements: 'section.agreements',
  dates: 'section.dates',
};

/** Segment text as shown: invisible and bidi-override characters dropped (offsets are not needed any more). */
const shown = (s: string) => stripInvisible(s).replace(/[ \t\r\n\f\v]+/g, ' ');

export interface RenderArticleOptions {
  /** Mark the brief's entity and date mentions. */
  highlight: boolean;
}

/** The paragraphs of the saved article as `<p>` elements (marks as `<mark class="mention KIND">`). */
export function renderArticleText(brief: Brief, t: Translator, opts: RenderArticleOptions): HTMLElement {
  const paras = articleParagraphs(brief.text, opts.highlight ? briefMarks(brief) : []);
  return h(
    'div',
    { class: 'article-text', 'data-testid': 'article-text', lang: brief.lang || null, dir: 'auto' },
    paras.map((p) =>
      h(
        'p',
        null,
        p.segments.map((s) =>
          s.mark
            ? h('mark', { class: `mention ${s.mark.kind}`, 'data-kind': s.mark.kind, title: `${shown(s.mark.name)} · ${t.t(KIND_KEY[s.mark.kind])}` }, shown(s.text))
            : shown(s.text),
        ),
      ),
    ),
  );
}

export interface ReaderOptions {
  highlight: boolean;
  onHighlight: (on: boolean) => void;
  /** Back to the brief. */
  onClose: () => void;
  /** id prefix so two readers never share ids. */
  idPrefix?: string;
}

/**
 * The reader: title, "Back to the brief", the highlight switch (a labelled checkbox) with its
 * legend, then the text. The heading gets tabindex=-1 so the caller can put the focus on it.
 */
export function renderReader(brief: Brief, t: Translator, opts: ReaderOptions): HTMLElement {
  const prefix = opts.idPrefix ?? 'reader';
  const box = h('input', { type: 'checkbox', id: `${prefix}-highlight`, 'data-testid': 'highlight-mentions', checked: opts.highlight });
  box.addEventListener('change', () => opts.onHighlight(box.checked));
  const legend = opts.highlight
    ? h('p', { class: 'mark-legend', 'data-testid': 'mark-legend' }, MARK_KINDS.map((k) => [h('mark', { class: `mention ${k}` }, t.t(KIND_KEY[k])), ' ']))
    : null;
  return h(
    'article',
    { class: 'reader', 'aria-labelledby': `${prefix}-title`, 'data-testid': 'reader' },
    h('h2', { id: `${prefix}-title`, class: 'title', tabindex: '-1', lang: brief.lang || null, dir: 'auto', 'data-testid': 'reader-title' }, shown(brief.title) || brief.url),
    h('p', { class: 'muted' }, t.t('reader.offline')),
    h(
      'div',
      { class: 'bar' },
      h('button', { type: 'button', 'data-testid': 'close-reader', on: { click: () => opts.onClose() } }, `← ${t.t('reader.backToBrief')}`),
      h('span', { class: 'check' }, box, ' ', h('label', { for: `${prefix}-highlight` }, t.t('reader.highlight'))),
    ),
    legend,
    renderArticleText(brief, t, { highlight: opts.highlight }),
    brief.truncated ? h('p', { class: 'notice' }, t.t('notice.truncated')) : null,
  );
}
