/**
 * The words of a situation report (Markdown headings and the report page). src/report is pure
 * and knows no interface language: the UI passes labels made from its translator
 * (src/ui/report-labels.ts). Without labels the report is in English.
 */
export interface ReportLabels {
  /** Title line: number of articles and the day it was made (YYYY-MM-DD). */
  title: (count: number, day: string) => string;
  period: string;
  articles: string;
  organisations: string;
  people: string;
  places: string;
  agreements: string;
  timeline: string;
  keySentences: string;
  /** "mentioned in 3 articles" */
  mentionedIn: (n: number) => string;
  alsoCalled: string;
  source: string;
  relative: string;
  /** Marks the timeline entry that is the article itself (its publication date). */
  article: string;
  undated: string;
  noEvents: string;
  noSentences: string;
}

export const ENGLISH_REPORT_LABELS: ReportLabels = {
  title: (count, day) => `Situation report: ${count} article${count === 1 ? '' : 's'} (${day})`,
  period: 'Period',
  articles: 'Articles',
  organisations: 'Organisations',
  people: 'People',
  places: 'Places',
  agreements: 'Agreements',
  timeline: 'Timeline',
  keySentences: 'Key sentences per article',
  mentionedIn: (n) => `in ${n} article${n === 1 ? '' : 's'}`,
  alsoCalled: 'also',
  source: 'source',
  relative: 'relative',
  article: 'article published',
  undated: 'undated',
  noEvents: 'No dated events in these articles.',
  noSentences: 'No key sentences.',
};
