/**
 * The brief as DOM, shared by the popup and the library page. Built with h() only: every
 * page string is a Text node, links are http(s) only and open in a new tab with
 * rel="noopener noreferrer". The data-testid hooks are the contract in CONTRACT.md.
 */
import { h, type Child } from './dom';
import { formatIsoDate, formatNumber, languageName } from './format';
import type { MessageKey, Translator } from './i18n';
import type { BriefView, DateView, EntityKindKey, EntityView, LinkView } from './view-model';

export interface RenderBriefOptions {
  /** Heading level of the brief's title (1 in the popup, 2 inside the library). Sections get level + 1. */
  level?: 1 | 2;
  /** Entity/date buttons call this (scroll to and highlight a mention in the page). No buttons when absent. */
  onShow?: (item: EntityView | DateView, button: HTMLButtonElement) => void;
  /** id prefix so two rendered briefs never share ids. */
  idPrefix?: string;
}

const SECTION_TITLE: Record<EntityKindKey | 'dates' | 'links', MessageKey> = {
  organisations: 'section.organisations',
  people: 'section.people',
  places: 'section.places',
  agreements: 'section.agreements',
  dates: 'section.dates',
  links: 'section.links',
};

function heading(level: number, id: string, ...children: Child[]): HTMLElement {
  const tag = (`h${Math.min(6, Math.max(1, level))}`) as 'h2';
  return h(tag, { id }, ...children);
}

export function renderMeta(view: BriefView, t: Translator): HTMLElement {
  const lang = t.lang;
  const rows: [MessageKey, Child][] = [];
  if (view.site) rows.push(['meta.site', view.site]);
  if (view.byline) rows.push(['meta.author', view.byline]);
  rows.push([
    'meta.published',
    view.published ? h('time', { datetime: view.published }, formatIsoDate(view.published, lang)) : t.t('meta.unknownDate'),
  ]);
  if (view.lang) rows.push(['meta.language', languageName(view.lang, lang)]);
  return h(
    'dl',
    { class: 'meta', 'data-testid': 'meta' },
    rows.map(([label, value]) => h('div', { class: 'meta-row' }, h('dt', null, t.t(label)), h('dd', null, value))),
  );
}

export function renderNotices(view: BriefView, t: Translator): HTMLElement | null {
  const notes: HTMLElement[] = [];
  if (view.fromSelection) notes.push(h('p', { class: 'notice', 'data-testid': 'notice-selection' }, t.t('notice.fromSelection')));
  if (view.truncated) notes.push(h('p', { class: 'notice', 'data-testid': 'notice-truncated' }, t.t('notice.truncated')));
  if (!view.entitiesSupported)
    notes.push(
      h('p', { class: 'notice', 'data-testid': 'notice-unsupported' }, t.t('notice.unsupported', [languageName(view.lang, t.lang) || view.lang])),
    );
  return notes.length ? h('div', { class: 'notices', role: 'note' }, notes) : null;
}

function entityDetails(e: EntityView, t: Translator): Child[] {
  const parts: Child[] = [];
  if (e.acronym && e.acronym !== e.name) parts.push(h('abbr', { class: 'acronym', title: t.t('entity.acronym', [e.acronym]) }, e.acronym));
  if (e.role) parts.push(h('span', { class: 'role', dir: 'auto' }, e.role));
  if (e.kind === 'agreements')
    parts.push(
      e.date
        ? h('time', { class: 'date', datetime: e.date }, formatIsoDate(e.date, t.lang))
        : h('span', { class: 'date muted' }, t.t('entity.dateUnknown')),
    );
  parts.push(h('span', { class: 'count' }, t.tn('entity.mentions', e.count, [formatNumber(e.count, t.lang)])));
  return parts;
}

function showButton(
  item: EntityView | DateView,
  label: string,
  content: Child[],
  t: Translator,
  onShow: NonNullable<RenderBriefOptions['onShow']>,
): HTMLButtonElement {
  const total = item.mentions.length;
  const button = h(
    'button',
    {
      type: 'button',
      class: 'show',
      'data-key': item.key,
      title: t.t('entity.show', [label, 1, total]),
      'aria-label': t.t('entity.show', [label, 1, total]),
      disabled: total === 0,
    },
    content,
  );
  button.addEventListener('click', () => onShow(item, button));
  return button;
}

function entityItem(e: EntityView, t: Translator, opts: RenderBriefOptions): HTMLElement {
  const name = h('span', { class: 'name', dir: 'auto' }, e.name);
  const head = opts.onShow ? showButton(e, e.name, [name], t, opts.onShow) : name;
  return h(
    'li',
    { class: `entity ${e.kind}`, 'data-kind': e.kind },
    head,
    h('span', { class: 'details' }, entityDetails(e, t)),
    e.aliases.length ? h('span', { class: 'aliases' }, e.aliases.join(' · ')) : null,
  );
}

function dateItem(d: DateView, t: Translator, opts: RenderBriefOptions): HTMLElement {
  const label = formatIsoDate(d.value, t.lang);
  const when = h('time', { datetime: d.value, class: 'name' }, label);
  const head = opts.onShow ? showButton(d, label, [when], t, opts.onShow) : when;
  return h(
    'li',
    { class: 'date-item' },
    head,
    h(
      'span',
      { class: 'details' },
      d.expressions.length ? h('q', { class: 'expr' }, d.expressions.join(' · ')) : null,
      d.relative ? h('span', { class: 'badge', title: t.t('entity.relativeHelp') }, t.t('entity.relative')) : null,
    ),
    d.context ? h('span', { class: 'context', dir: 'auto' }, d.context) : null,
  );
}

function linkItem(l: LinkView, t: Translator): HTMLElement {
  return h(
    'li',
    null,
    h('a', { href: l.href, target: '_blank', rel: 'noopener noreferrer', title: l.href }, l.text, h('span', { class: 'visually-hidden' }, ' ', t.t('link.newTab'))),
    l.host && l.host !== l.text ? h('span', { class: 'host' }, l.host) : null,
  );
}

function listSection(
  id: string,
  level: number,
  testid: string,
  title: string,
  items: HTMLElement[],
  emptyText: string,
): HTMLElement {
  const headingId = `${id}-h`;
  return h(
    'section',
    { class: `brief-section ${testid}`, 'aria-labelledby': headingId },
    heading(level, headingId, title, items.length ? h('span', { class: 'section-count' }, ` (${items.length})`) : null),
    h('ul', { 'data-testid': testid, class: 'items' }, items),
    items.length ? null : h('p', { class: 'empty' }, emptyText),
  );
}

/** The whole brief. */
export function renderBrief(view: BriefView, t: Translator, opts: RenderBriefOptions = {}): HTMLElement {
  const level = opts.level ?? 1;
  const prefix = opts.idPrefix ?? 'brief';
  const sub = level + 1;
  const article = h('article', { class: 'brief', 'aria-labelledby': `${prefix}-title` });
  const titleTag = level === 1 ? 'h1' : 'h2';
  article.append(
    h(titleTag, { id: `${prefix}-title`, class: 'title', 'data-testid': 'title', lang: view.lang || null, dir: 'auto' }, view.title || view.url || ''),
    renderMeta(view, t),
  );
  const notices = renderNotices(view, t);
  if (notices) article.append(notices);

  if (view.headline || view.summary.length) {
    article.append(
      h(
        'section',
        { class: 'brief-section summary', 'aria-labelledby': `${prefix}-summary-h` },
        heading(sub, `${prefix}-summary-h`, t.t('section.summary')),
        view.headline ? h('p', { class: 'headline', 'data-testid': 'headline', lang: view.lang || null, dir: 'auto' }, view.headline) : null,
        view.summary.length ? h('ol', { class: 'summary-list', 'data-testid': 'summary', lang: view.lang || null, dir: 'auto' }, view.summary.map((s) => h('li', null, s))) : null,
      ),
    );
  }

  const empty = view.entitiesSupported ? t.t('empty.none') : t.t('empty.unsupported');
  const kinds: EntityKindKey[] = ['organisations', 'people', 'agreements'];
  for (const kind of kinds) {
    article.append(
      listSection(`${prefix}-${kind}`, sub, kind, t.t(SECTION_TITLE[kind]), view[kind].map((e) => entityItem(e, t, opts)), empty),
    );
  }
  article.append(
    listSection(`${prefix}-dates`, sub, 'dates', t.t(SECTION_TITLE.dates), view.dates.map((d) => dateItem(d, t, opts)), t.t('empty.none')),
    listSection(`${prefix}-places`, sub, 'places', t.t(SECTION_TITLE.places), view.places.map((e) => entityItem(e, t, opts)), empty),
    listSection(`${prefix}-links`, sub, 'links', t.t(SECTION_TITLE.links), view.links.map((l) => linkItem(l, t)), t.t('empty.none')),
  );
  return article;
}

/** Updates a show-button's label after a click ("mention 2 of 5"). */
export function labelShowButton(button: HTMLButtonElement, label: string, index: number, total: number, t: Translator): void {
  const text = t.t('entity.show', [label, index + 1, total]);
  button.setAttribute('aria-label', text);
  button.setAttribute('title', text);
}
