/**
 * The situation report's words (page and Markdown) in the interface language, from the
 * translator: src/report stays pure and gets them as data.
 */
import type { ReportLabels } from '../report/labels';
import type { Translator } from './i18n';

export function reportLabels(t: Translator): ReportLabels {
  return {
    title: (count, day) => t.tn('report.docTitle', count, [count.toLocaleString(t.lang), day]),
    period: t.t('report.period'),
    articles: t.t('report.articles'),
    organisations: t.t('section.organisations'),
    people: t.t('section.people'),
    places: t.t('section.places'),
    agreements: t.t('section.agreements'),
    timeline: t.t('report.timeline'),
    keySentences: t.t('report.keySentences'),
    mentionedIn: (n) => t.tn('report.mentionedIn', n, [n.toLocaleString(t.lang)]),
    alsoCalled: t.t('report.alsoCalled'),
    source: t.t('report.source'),
    relative: t.t('exportFile.relative'),
    article: t.t('report.articleEvent'),
    undated: t.t('report.undated'),
    noEvents: t.t('report.noEvents'),
    noSentences: t.t('report.noSentences'),
  };
}
