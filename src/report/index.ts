/**
 * Situation reports over saved briefs: `buildReport(briefs, { lang })` → the report model;
 * `reportMarkdown(report, date, labels)` → a Markdown document. Pure (Node and browser).
 */
export { buildReport, type SituationReport, type ReportArticle, type ReportEntity, type TimelineEvent, type ReportOptions } from './build-report';
export { reportMarkdown } from './report-markdown';
export { ENGLISH_REPORT_LABELS, type ReportLabels } from './labels';
export { parseRecent, parseReportSource, queryParams, recentToString, reportLink, newToken, URL_ID_LIMIT, type ReportLink, type ReportSource } from './handoff';
export { HANDOFF_TTL_MS, indexedDbHandoff, storageAreaHandoff, type HandoffStore, type StorageAreaLike } from './handoff-store';
