/**
 * The situation report in a real browser: the four fixture articles (nl, fr, de, en: the same
 * facts) saved from the popup, selected in the library, "Report" → report.html. The NCCN is
 * listed once with all four briefs, the Benelux Union and the Benelux police treaty once each;
 * the timeline is in date order with links to the source articles; the Markdown export downloads;
 * Print calls the browser's print; the page is text-only, its links rel="noopener noreferrer";
 * headings follow the interface language (French through the settings).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { HAS_SHARED, SHARED_SKIP_REASON } from '../helpers/shared';
import { axeViolations, ensureDir, launch, openPopup, openTab, OUT_DIR, privacyViolations, screenshot, writeRequestLog, type Harness } from './harness';

const DL_DIR = join(OUT_DIR, 'downloads');
const LANGS = ['nl', 'fr', 'de', 'en'] as const;

const dateStart = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);

describe.skipIf(!HAS_SHARED)('situation report over the four fixture briefs (../shared/fixtures)', () => {
  let h: Harness;
  let ids: string[] = [];
  let report: Page;

  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    if (!h) return;
    writeRequestLog(h, 'report.e2e');
    await h.close();
  });

  it('saves the four fixture articles from the popup', async () => {
    for (const lang of LANGS) {
      const { page: tab, tabId } = await openTab(h, h.server.url(`/fixtures/${lang}-benelux-resilience.html`));
      const { page, status } = await openPopup(h, tabId);
      expect(status, `popup for the ${lang} fixture`).toBe('ready');
      await page.locator('[data-testid="save"]').first().click();
      await page.waitForTimeout(300);
      expect(await page.locator('[data-testid="status"]').first().textContent()).not.toBe('error');
      await page.close();
      await tab.close();
    }
  });

  it('selects them in the library and opens the report', async () => {
    const lib = await h.context.newPage();
    await lib.goto(h.extensionUrl('library.html'));
    const items = lib.locator('[data-testid="library-item"]');
    await expect.poll(() => items.count(), { timeout: 10_000, message: 'the four saved briefs in the library' }).toBe(4);
    ids = (await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''))).filter(Boolean);
    for (let i = 0; i < 4; i++) await items.nth(i).locator('input[type="checkbox"]').check();
    const [page] = await Promise.all([h.context.waitForEvent('page', { timeout: 10_000 }), lib.locator('[data-testid="report-open"]').click()]);
    report = page;
    await report.waitForLoadState('load');
    expect(new URL(report.url()).pathname).toBe('/report.html');
    expect(new URLSearchParams(new URL(report.url()).search).getAll('id').sort()).toEqual([...ids].sort());
    await report.locator('[data-testid="report"]').waitFor({ timeout: 10_000 }).catch(async (e) => {
      throw new Error(`report.html did not show a report: ${(e as Error).message}; page: ${(await report.locator('body').textContent())?.slice(0, 300)}; console: ${JSON.stringify(h.consoleErrors.slice(-5))}`);
    });
    await lib.close();
  });

  it('lists the NCCN once with all four briefs, one Benelux Union, one police treaty', async () => {
    const entity = (id: string) => report.locator(`[data-testid="report-entity"][data-entity-id="${id}"]`);
    for (const id of ['cl:nccn', 'cl:benelux-union', 'cl:benelux-police-treaty']) {
      expect(await entity(id).count(), `${id} listed once`).toBe(1);
      expect(await entity(id).getAttribute('data-brief-count'), `${id}: all four briefs`).toBe('4');
      expect(await entity(id).locator('[data-testid="report-ref"]').count()).toBe(4);
    }
    expect(await report.locator('[data-testid="report-organisations"] [data-testid="report-entity"]').count()).toBeGreaterThanOrEqual(2);
    // No other entry is the NCCN, the Union or the treaty under another name.
    const names = (await report.locator('[data-testid="report-entity-name"]').allTextContents()).map((s) => s.trim().toLowerCase());
    const forms = ['nccn', 'nationaal crisiscentrum', 'centre national de crise', 'nationale krisenzentrum', 'national crisis center', 'national crisis centre',
      'benelux unie', 'union benelux', 'benelux-union', 'benelux union', 'benelux-politieverdrag', 'traité de police benelux', 'benelux-polizeivertrag', 'benelux police treaty'];
    expect(names.filter((n) => forms.includes(n)).sort()).toEqual(['benelux police treaty', 'benelux union', 'national crisis centre']);
    expect(await entity('cl:nccn').locator('[data-testid="report-entity-name"]').textContent()).toBe('National Crisis Centre');
  });

  it('has one timeline in date order, each event with its sentence and a link to its source article', async () => {
    const events = report.locator('[data-testid="timeline-event"]');
    const n = await events.count();
    expect(n).toBeGreaterThanOrEqual(8); // 1996, 2006, 2008, 2023-10 in each of the four articles
    const dates = await events.evaluateAll((els) => els.map((e) => e.getAttribute('data-date') ?? ''));
    const starts = dates.map(dateStart);
    expect([...starts].sort(), `timeline dates ${dates.join(', ')}`).toEqual(starts);
    for (const d of ['1996', '2006', '2008', '2023-10']) expect(dates.filter((x) => x === d).length, d).toBe(4);
    // Each article itself on its publication day (4 June 2024), marked as such.
    expect(dates.filter((x) => x === '2024-06-04').length).toBeGreaterThanOrEqual(4);
    expect(await report.locator('[data-testid="timeline-event"][data-date="2024-06-04"]').filter({ hasText: 'article published' }).count()).toBe(4);
    const sources = await events.evaluateAll((els) =>
      els.map((e) => {
        const a = e.querySelector('a[data-testid="timeline-source"]');
        return { href: a?.getAttribute('href') ?? '', rel: a?.getAttribute('rel') ?? '', sentence: e.querySelector('.sentence')?.textContent ?? '' };
      }),
    );
    const fixtureUrls = LANGS.map((l) => h.server.url(`/fixtures/${l}-benelux-resilience.html`));
    for (const s of sources) {
      expect(fixtureUrls, `source link ${s.href}`).toContain(s.href);
      expect(s.rel).toBe('noopener noreferrer');
      expect(s.sentence.length).toBeGreaterThan(20);
    }
    expect(new Set(sources.map((s) => s.href)).size).toBe(4);
  });

  it('is text only: every link opens safely, no inline handlers', async () => {
    const unsafe = await report.evaluate(() => ({
      handlers: [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => e.tagName + a.name)),
      links: [...document.querySelectorAll('a')].map((a) => ({ href: a.getAttribute('href') ?? '', rel: a.getAttribute('rel') ?? '' })).filter((a) => !/^https?:\/\//.test(a.href) || a.rel !== 'noopener noreferrer'),
    }));
    expect(unsafe).toEqual({ handlers: [], links: [] });
    expect(await report.locator('[data-testid="report-key"]').count()).toBe(4);
    await screenshot(report, 'report');
    const bad = (await axeViolations(report)).filter((x) => x.impact === 'serious' || x.impact === 'critical');
    expect(bad, JSON.stringify(bad, null, 1)).toEqual([]);
  });

  it('prints (window.print) with the toolbar hidden on paper', async () => {
    await report.evaluate(() => {
      (window as any).__printed = 0;
      window.print = () => { (window as any).__printed++; };
    });
    await report.locator('[data-testid="report-print"]').click();
    expect(await report.evaluate(() => (window as any).__printed)).toBe(1);
    await report.emulateMedia({ media: 'print' });
    expect(await report.locator('[data-testid="report-print"]').isVisible()).toBe(false);
    expect(await report.locator('[data-testid="report"]').isVisible()).toBe(true);
    await report.emulateMedia({ media: 'screen' });
  });

  it('exports the report as Markdown', async () => {
    const [dl] = await Promise.all([report.waitForEvent('download', { timeout: 10_000 }), report.locator('[data-testid="report-export-md"]').click()]);
    expect(dl.suggestedFilename()).toMatch(/^crisislens-report-\d{4}-\d{2}-\d{2}-4-briefs\.md$/);
    const file = join(ensureDir(DL_DIR), 'report.md');
    await dl.saveAs(file);
    const md = readFileSync(file, 'utf8');
    expect(md.split('\n')[0]).toMatch(/^# Situation report: 4 articles \(\d{4}-\d{2}-\d{2}\)$/);
    for (const head of ['## Articles', '## Organisations', '## Agreements', '## Timeline', '## Key sentences per article']) expect(md).toContain(`\n${head}\n`);
    expect(md.match(/^- \*\*National Crisis Centre\*\* \(NCCN\).* in 4 articles: \[1\] \[2\] \[3\] \[4\]$/gm)).toHaveLength(1);
    expect(md.match(/^- \*\*Benelux Union\*\*.* in 4 articles/gm)).toHaveLength(1);
    expect(md.match(/^- \*\*Benelux Police Treaty\*\* — 2023-10.* in 4 articles/gm)).toHaveLength(1);
    const timeline = md.slice(md.indexOf('## Timeline'), md.indexOf('## Key sentences'));
    const dates = [...timeline.matchAll(/^- \*\*([\d-]+)\*\*/gm)].map((m) => m[1]);
    expect(dates.length).toBeGreaterThanOrEqual(8);
    expect([...dates.map(dateStart)].sort()).toEqual(dates.map(dateStart));
    expect(timeline).toContain(`(<${h.server.url('/fixtures/en-benelux-resilience.html')}>)`);
    await report.close();
  });

  it('the entity index has one Benelux Union; its page lists the briefs of all four languages', async () => {
    const lib = await h.context.newPage();
    await lib.goto(h.extensionUrl('library.html'));
    await lib.locator('[data-testid="tab-entities"]').click();
    await lib.locator('[data-testid="entity-search"]').fill('Union Benelux');
    const entries = lib.locator('[data-kind="organisation"] [data-testid="entity-entry"]');
    await expect.poll(async () => (await entries.allTextContents()).filter((x) => /^Benelux Union\b/.test(x.trim())).length, { message: 'one Benelux Union entry' }).toBe(1);
    const union = entries.filter({ hasText: /^Benelux Union/ }).first();
    expect(await union.textContent()).toMatch(/4 briefs/);
    await union.locator('button').click();
    const items = lib.locator('[data-testid="library-item"]');
    await expect.poll(() => items.count(), { message: 'briefs mentioning the Benelux Union' }).toBe(4);
    const langs = await items.allTextContents();
    for (const l of ['Dutch', 'French', 'German', 'English']) expect(langs.some((x) => x.includes(l)), l).toBe(true);
    expect(await lib.locator('[data-testid="filter-entity-forms"]').textContent()).toMatch(/Union Benelux.*Benelux-Union|Benelux-Union.*Union Benelux/);
    await lib.close();
  });

  it('reports over the filtered list with nothing selected: tag "flood", saved this week; the URL carries the query, not ids', async () => {
    const lib = await h.context.newPage();
    await lib.goto(h.extensionUrl('library.html'));
    const items = lib.locator('[data-testid="library-item"]');
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(4);
    // Tag two of the four briefs "flood" from their detail view.
    const tagged: string[] = [];
    for (const i of [0, 2]) {
      const item = items.nth(i);
      tagged.push((await item.getAttribute('data-id')) ?? '');
      await item.locator('[data-testid="library-open"]').click();
      await lib.locator('[data-testid="tags"]').fill('flood');
      await lib.locator('[data-testid="save-note"]').click();
      await expect.poll(async () => (await lib.locator('[data-testid="note-message"]').textContent())?.trim().length ?? 0).toBeGreaterThan(0);
      await lib.locator('[data-testid="back"]').click();
      await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(4);
    }
    await lib.locator('[data-testid="filter-tag"]').selectOption('flood');
    await lib.locator('[data-testid="filter-recent"]').selectOption('saved:7');
    await expect.poll(() => items.count(), { message: 'tag flood, saved this week' }).toBe(2);
    // Published this week: the fixtures are older, so none (the window is applied, not ignored).
    await lib.locator('[data-testid="filter-recent"]').selectOption('published:7');
    await expect.poll(() => items.count(), { message: 'tag flood, published this week' }).toBe(0);
    await lib.locator('[data-testid="filter-recent"]').selectOption('saved:7');
    await expect.poll(() => items.count()).toBe(2);
    expect(await lib.locator('[data-testid="library-item"] input[type="checkbox"]:checked').count()).toBe(0);
    const [page] = await Promise.all([h.context.waitForEvent('page', { timeout: 10_000 }), lib.locator('[data-testid="report-open"]').click()]);
    await page.waitForLoadState('load');
    const params = new URLSearchParams(new URL(page.url()).search);
    expect(params.getAll('id')).toEqual([]);
    expect(Object.fromEntries(params)).toEqual({ src: 'query', tag: 'flood', recent: 'saved:7' });
    await page.locator('[data-testid="report"]').waitFor({ timeout: 10_000 });
    expect(await page.locator('[data-testid="report-key"]').count()).toBe(2);
    const reported = await page.locator('[data-testid="report-key"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-brief-id') ?? ''));
    expect(reported.sort()).toEqual([...tagged].sort());
    await page.close();
    await lib.close();
  });

  it('takes a large selection from a one-shot storage hand-off, once', async () => {
    const token = 'e2eTokenAAAAAAAAAAAAAAAA';
    const lib = await h.context.newPage();
    await lib.goto(h.extensionUrl('library.html'));
    // What the library writes for a selection above the URL limit (src/report/handoff-store.ts).
    const where = await lib.evaluate(async ({ token, ids }) => {
      const session = (globalThis as any).chrome?.storage?.session;
      if (!session) return 'none';
      await session.set({ [`report-handoff:${token}`]: { token, ids, at: Date.now() } });
      return 'session';
    }, { token, ids });
    expect(where).toBe('session');
    const page = await h.context.newPage();
    await page.goto(h.extensionUrl(`report.html?src=handoff&token=${token}`));
    await page.locator('[data-testid="report"]').waitFor({ timeout: 10_000 });
    expect(await page.locator('[data-testid="report-key"]').count()).toBe(4);
    expect(await lib.evaluate(async (token) => Object.keys(await (globalThis as any).chrome.storage.session.get(null)).filter((k) => k.includes(token)), token)).toEqual([]);
    await page.reload();
    await page.locator('[data-testid="report-empty"]').waitFor({ timeout: 10_000 });
    expect(await page.locator('[data-testid="report-empty"]').textContent()).toMatch(/handed over once/);
    await page.close();
    await lib.close();
  });

  it('follows the interface language: French headings on the page and in the Markdown', async () => {
    const lib = await h.context.newPage();
    await lib.goto(h.extensionUrl('library.html'));
    await lib.locator('[data-testid="tab-settings"]').click();
    await lib.locator('[data-testid="settings-language"]').selectOption('fr');
    await lib.waitForTimeout(300);
    await lib.close();
    const page = await h.context.newPage();
    await page.goto(h.extensionUrl(`report.html?${ids.map((id) => `id=${encodeURIComponent(id)}`).join('&')}`));
    await page.locator('[data-testid="report"]').waitFor({ timeout: 10_000 });
    expect(await page.locator('[data-testid="report-title"]').textContent()).toMatch(/^Rapport de situation : 4 articles/);
    expect(await page.locator('#rep-timeline').textContent()).toBe('Chronologie');
    expect(await page.locator('[data-entity-id="cl:benelux-police-treaty"] [data-testid="report-entity-name"]').textContent()).toBe('Traité de police Benelux');
    const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), page.locator('[data-testid="report-export-md"]').click()]);
    const file = join(ensureDir(DL_DIR), 'report-fr.md');
    await dl.saveAs(file);
    const md = readFileSync(file, 'utf8');
    expect(md.split('\n')[0]).toMatch(/^# Rapport de situation : 4 articles/);
    expect(md).toContain('\n## Chronologie\n');
    await page.close();
  });

  it('made no network request', () => {
    const v = privacyViolations(h);
    expect(v, JSON.stringify(v, null, 1)).toEqual([]);
  });
});

describe.skipIf(HAS_SHARED)('situation report (skipped)', () => {
  it.skip(SHARED_SKIP_REASON, () => undefined);
});
