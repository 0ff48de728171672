/**
 * Situation report page: report.html?src=… (src/report/handoff.ts: the library's list query,
 * re-run here; a few picked ids; or a one-shot hand-off token, read and deleted). Reads the
 * saved briefs, builds the report (src/report), shows it (src/ui/render-report.ts), prints it
 * (the browser's print dialog: paper or PDF) and downloads it as Markdown. No network.
 */
import '../../assets/crisislens.css';
import './report.css';
import { exportFileName } from '../../src/export';
import { openLibrary } from '../../src/library';
import { buildReport, parseReportSource, reportMarkdown } from '../../src/report';
import { reportHandoffStore } from '../../src/ui/browser/report-handoff';
import { downloadText, MIME } from '../../src/ui/browser/download';
import { applyDocumentLanguage, loadTranslator } from '../../src/ui/browser/i18n-runtime';
import { loadSettings } from '../../src/ui/browser/settings-store';
import { h, replaceChildren } from '../../src/ui/dom';
import { reportLabels } from '../../src/ui/report-labels';
import { renderReport } from '../../src/ui/render-report';

const app = document.getElementById('app')!;
const toolbar = document.getElementById('toolbar')!;
const message = document.getElementById('message')!;

/** Today as YYYY-MM-DD in local time (the report's date line). */
function today(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

async function main(): Promise<void> {
  const t = await loadTranslator(await loadSettings());
  applyDocumentLanguage(t, 'report.pageTitle');
  replaceChildren(app, h('p', { 'aria-busy': 'true' }, t.t('report.loading')));
  const source = parseReportSource(location.search);
  try {
    const lib = openLibrary();
    let ids: string[] = [];
    if (source.kind === 'ids') ids = source.ids;
    else if (source.kind === 'query') ids = (await lib.list({ ...source.query, limit: 0 })).items.map((i) => i.id);
    else if (source.kind === 'token') {
      const handed = await reportHandoffStore().take(source.token);
      if (!handed) {
        // Handed over once: a reload or an old link no longer has it.
        replaceChildren(app, h('p', { class: 'empty', 'data-testid': 'report-empty' }, t.t('report.handoffGone')));
        return;
      }
      ids = handed;
    }
    const items = ids.length ? await lib.exportAll(ids) : [];
    if (!items.length) {
      replaceChildren(app, h('p', { class: 'empty', 'data-testid': 'report-empty' }, t.t('report.none')));
      return;
    }
    const labels = reportLabels(t);
    const report = buildReport(items, { lang: t.lang });
    const day = today();
    replaceChildren(app, renderReport(report, labels, t.lang, day));
    replaceChildren(
      toolbar,
      h('div', { role: 'group', class: 'bar', 'aria-label': t.t('report.toolbar') },
        h('button', { type: 'button', class: 'primary', 'data-testid': 'report-print', on: { click: () => window.print() } }, t.t('report.print')),
        h('button', {
          type: 'button',
          'data-testid': 'report-export-md',
          on: {
            click: () => {
              const name = exportFileName('md', items.length, new Date()).replace(/^crisislens-/, 'crisislens-report-');
              downloadText(name, reportMarkdown(report, new Date(), labels), MIME.md);
              message.textContent = t.t('report.exported', [name]);
            },
          },
        }, t.t('report.exportMd'))),
    );
  } catch (e) {
    replaceChildren(app, h('p', { class: 'message', 'data-kind': 'error', role: 'alert' }, t.t('report.failed', [e instanceof Error ? e.message : String(e)])));
  }
}

void main();
