/**
 * The situation report page, built with h() from the report model (src/report): every string
 * from a brief is a text node; links are http(s) only, open in a new tab with
 * rel="noopener noreferrer". Wiring (library, print, download) lives in entrypoints/report/.
 */
import type { ReportEntity, SituationReport } from '../report/build-report';
import type { ReportLabels } from '../report/labels';
import { wikidataUrl } from '../library/entity-identity';
import { h, safeHttpUrl, type Child } from './dom';
import { formatIsoDate, languageName } from './format';
import type { UiLang } from './i18n';
import { displayText } from './text';

const REL = 'noopener noreferrer';

function outLink(href: string, text: Child, attrs: Record<string, string> = {}): HTMLElement {
  return safeHttpUrl(href) ? h('a', { href, target: '_blank', rel: REL, ...attrs }, text) : h('span', attrs, text);
}

export function renderReport(r: SituationReport, L: ReportLabels, lang: UiLang, day: string): HTMLElement {
  const num = new Map(r.articles.map((a, i) => [a.id, i + 1]));
  const refs = (ids: string[]) =>
    ids.map((id) => [' ', h('span', { class: 'ref', 'data-testid': 'report-ref', 'data-brief-id': id }, `[${num.get(id) ?? '?'}]`)]);
  const section = (id: string, title: string, body: Child) =>
    h('section', { 'aria-labelledby': `rep-${id}`, class: 'report-section' }, h('h2', { id: `rep-${id}` }, title), body);

  const articles = h(
    'ol',
    { 'data-testid': 'report-articles' },
    r.articles.map((a) =>
      h(
        'li',
        { 'data-testid': 'report-article', 'data-brief-id': a.id, lang: null },
        outLink(a.url, displayText(a.title, 300) || a.url, { 'data-testid': 'report-article-link' }),
        h(
          'span',
          { class: 'sub' },
          ' — ',
          [displayText(a.site, 120), a.published ? formatIsoDate(a.published, lang) : L.undated, languageName(a.lang, lang)].filter(Boolean).join(' · '),
        ),
      ),
    ),
  );

  const entityItem = (e: ReportEntity) => {
    const extra: Child[] = [];
    if (e.acronym && e.acronym !== e.name) extra.push(` (${displayText(e.acronym, 24)})`);
    if (e.roles?.length) extra.push(` — ${e.roles.slice(0, 6).map((x) => displayText(x, 80)).join('; ')}`);
    if (e.dates?.length) extra.push(` — ${e.dates.map((d) => formatIsoDate(d, lang)).join(', ')}`);
    const forms = e.forms.filter((f) => f !== e.acronym).slice(0, 8);
    const qidUrl = wikidataUrl(e.qid);
    return h(
      'li',
      { 'data-testid': 'report-entity', 'data-entity-id': e.id, 'data-brief-count': e.briefIds.length },
      h('strong', { 'data-testid': 'report-entity-name' }, displayText(e.name, 160)),
      extra,
      forms.length ? h('span', { class: 'sub' }, ` · ${L.alsoCalled}: ${forms.map((f) => displayText(f, 120)).join(', ')}`) : null,
      qidUrl ? [' · ', outLink(qidUrl, e.qid!, { 'data-testid': 'report-qid' })] : null,
      h('span', { class: 'sub' }, ` · ${L.mentionedIn(e.briefIds.length)}:`, refs(e.briefIds)),
    );
  };
  const entities = (id: string, title: string, list: ReportEntity[]) =>
    list.length ? section(id, title, h('ul', { 'data-testid': `report-${id}` }, list.map(entityItem))) : null;

  const timeline = r.timeline.length
    ? h(
        'ol',
        { 'data-testid': 'report-timeline', class: 'timeline' },
        r.timeline.map((e) =>
          h(
            'li',
            { 'data-testid': 'timeline-event', 'data-date': e.date },
            h('time', { datetime: e.date }, e.date),
            e.relative ? h('span', { class: 'sub' }, ` (${L.relative})`) : null,
            e.article ? h('span', { class: 'sub' }, ` (${L.article})`) : null,
            ' — ',
            h('span', { class: 'sentence' }, displayText(e.sentence, 900)),
            ' (',
            outLink(e.url, `${L.source} [${num.get(e.briefId) ?? '?'}]`, { 'data-testid': 'timeline-source' }),
            ')',
          ),
        ),
      )
    : h('p', { class: 'empty' }, L.noEvents);

  const sentences = r.articles.map((a, i) => {
    const lines = a.keySentences.length ? a.keySentences : a.headline ? [a.headline] : [];
    return h(
      'div',
      { class: 'key-article', 'data-testid': 'report-key', 'data-brief-id': a.id },
      h('h3', { id: `art-${i + 1}` }, `${i + 1}. `, displayText(a.title, 300) || a.url),
      lines.length ? h('ul', null, lines.map((s) => h('li', null, displayText(s, 900)))) : h('p', { class: 'empty' }, L.noSentences),
    );
  });

  return h(
    'article',
    { class: 'report', 'data-testid': 'report' },
    h('h1', { 'data-testid': 'report-title' }, L.title(r.articles.length, day)),
    r.period
      ? h('p', { class: 'sub', 'data-testid': 'report-period' }, `${L.period}: `, r.period.from === r.period.to ? formatIsoDate(r.period.from, lang) : `${formatIsoDate(r.period.from, lang)} – ${formatIsoDate(r.period.to, lang)}`)
      : null,
    section('articles', L.articles, articles),
    entities('organisations', L.organisations, r.organisations),
    entities('people', L.people, r.people),
    entities('places', L.places, r.places),
    entities('agreements', L.agreements, r.agreements),
    section('timeline', L.timeline, timeline),
    section('key', L.keySentences, sentences),
  );
}
