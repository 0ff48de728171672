/**
 * The export files' words (CSV headers, Markdown headings) in the interface language, from the
 * translator: src/export stays pure and gets them as data.
 */
import type { ExportLabels } from '../export/labels';
import type { Translator } from './i18n';

export function exportLabels(t: Translator): ExportLabels {
  const c = (k: Parameters<Translator['t']>[0]) => t.t(k);
  return {
    entityCsv: [
      c('exportFile.colBriefTitle'), c('exportFile.colUrl'), c('exportFile.colPublished'), c('exportFile.colLanguage'), c('exportFile.colKind'),
      c('exportFile.colName'), c('exportFile.colAcronym'), c('exportFile.colAliases'), c('exportFile.colRole'), c('exportFile.colDate'),
      c('exportFile.colMentions'), c('exportFile.colSentence'), c('exportFile.colTags'), c('report.colEntityId'),
    ],
    articleCsv: [
      c('exportFile.colTitle'), c('exportFile.colSite'), c('exportFile.colUrl'), c('exportFile.colPublished'), c('exportFile.colLanguage'),
      c('exportFile.colSummary'), c('exportFile.colNote'), c('exportFile.colTags'), c('exportFile.colOrganisations'), c('exportFile.colPeople'),
      c('exportFile.colPlaces'), c('exportFile.colAgreements'), c('exportFile.colDates'),
    ],
    markdown: {
      source: c('exportFile.source'),
      canonical: c('exportFile.canonical'),
      file: c('exportFile.file'),
      author: c('exportFile.author'),
      published: c('exportFile.colPublished'),
      language: c('exportFile.colLanguage'),
      saved: c('exportFile.saved'),
      tags: c('exportFile.colTags'),
      unknown: c('exportFile.unknown'),
      untitled: c('exportFile.untitled'),
      truncated: c('exportFile.truncated'),
      fromSelection: c('exportFile.fromSelection'),
      unsupported: (lang) => t.t('exportFile.unsupported', [lang]),
      relative: c('exportFile.relative'),
      mentions: (n) => t.tn('exportFile.mentions', n, [n.toLocaleString(t.lang)]),
      summary: c('section.summary'),
      organisations: c('section.organisations'),
      people: c('section.people'),
      places: c('section.places'),
      agreements: c('section.agreements'),
      dates: c('section.dates'),
      links: c('section.links'),
      docTitle: (count, day) => t.t('exportFile.docTitle', [count, day]),
    },
  };
}
