/**
 * The library in a real browser: save from the popup, list, search, export CSV / JSON /
 * Markdown (downloads read back), import the JSON into a fresh profile and compare; hostile
 * strings stay text; axe-core finds no serious or critical problem.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { BriefSchema } from '../../src/brief/schema';
import { CSV_COLUMNS } from '../../src/export';
import { HAS_SHARED } from '../helpers/shared';
import {
  axeViolations, ensureDir, launch, openPopup, openTab, OUT_DIR, privacyViolations, screenshot, writeRequestLog, type Harness,
} from './harness';

const OWN_TITLE = 'Port of Rotterdam and Antwerp rehearse a joint response to a chemical spill';
const NL_TITLE = 'Workshop over veerkracht onder het Belgisch voorzitterschap van de Benelux';
const DL_DIR = join(OUT_DIR, 'downloads');

let h: Harness;
let fresh: Harness | null = null;
const files: Record<string, string> = {};

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  for (const x of [h, fresh]) {
    if (!x) continue;
    writeRequestLog(x, 'library.e2e');
    await x.close();
  }
});

async function saveFromPopup(path: string): Promise<string> {
  const { page: tab, tabId } = await openTab(h, h.server.url(path));
  const { page, status } = await openPopup(h, tabId);
  expect(status, `popup for ${path}`).toBe('ready');
  const title = ((await page.locator('[data-testid="title"]').first().textContent()) ?? '').trim();
  const save = page.locator('[data-testid="save"]').first();
  await expect.poll(() => save.count(), { message: 'no [data-testid=save] in the popup' }).toBeGreaterThan(0);
  await save.click();
  // Give the write a moment and make sure it does not end in an error state.
  await page.waitForTimeout(300);
  expect(await page.locator('[data-testid="status"]').first().textContent()).not.toBe('error');
  await page.close();
  await tab.close();
  return title;
}

async function openLibrary(x: Harness): Promise<Page> {
  const page = await x.context.newPage();
  await page.goto(x.extensionUrl('library.html'));
  await page.waitForLoadState('load');
  return page;
}

const items = (page: Page) => page.locator('[data-testid="library-item"]');

async function download(page: Page, testid: string, name: string): Promise<string> {
  const button = page.locator(`[data-testid="${testid}"]`).first();
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), button.click()]);
  const file = join(ensureDir(DL_DIR), name);
  await dl.saveAs(file);
  return file;
}

/** The briefs in an export file (the envelope {briefs:[{brief}]}, an array, or bare briefs). */
function briefsIn(json: unknown): unknown[] {
  const out: unknown[] = [];
  const walk = (x: unknown) => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      if (typeof o.title === 'string' && 'schemaVersion' in o && 'text' in o) out.push(o);
      else Object.values(o).forEach(walk);
    }
  };
  walk(json);
  return out;
}

describe('save → library → search → export → import', () => {
  const titles: string[] = [];

  it('saves briefs from the popup', async () => {
    titles.push(await saveFromPopup('/own/article-en.html'));
    titles.push(await saveFromPopup('/own/hostile.html'));
    if (HAS_SHARED) titles.push(await saveFromPopup('/fixtures/nl-benelux-resilience.html'));
    expect(titles[0]).toBe(OWN_TITLE);
  });

  it('the popup copies its brief as Markdown (the one renderer)', async () => {
    const { page: tab, tabId } = await openTab(h, h.server.url('/own/article-en.html'));
    const { page, status } = await openPopup(h, tabId);
    expect(status).toBe('ready');
    await page.evaluate(() => {
      const real = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = (text: string) => { (window as any).__copied = text; return real(text); };
    });
    await page.locator('[data-testid="copy-md"]').first().click();
    await expect.poll(() => page.locator('[data-testid="save-message"]').first().textContent()).toBe('Copied the brief to the clipboard as Markdown.');
    const clip = await page.evaluate(() => (window as any).__copied as string);
    expect(clip.split('\n')[0]).toBe(`# ${OWN_TITLE}`);
    expect(clip).toMatch(/^## Organisations$/m);
    await page.close();
    await tab.close();
  });

  it('lists them in the library, hostile strings as text', async () => {
    const page = await openLibrary(h);
    await expect.poll(() => items(page).count(), { timeout: 10_000, message: 'library items after saving' }).toBe(titles.length);
    const texts = await items(page).allTextContents();
    expect(texts.some((t) => t.includes(OWN_TITLE))).toBe(true);
    if (HAS_SHARED) expect(texts.some((t) => t.includes(NL_TITLE))).toBe(true);
    expect(texts.some((t) => t.includes('<img src=x onerror=')), 'the hostile title, literally').toBe(true);
    const unsafe = await page.evaluate(() => ({
      pwned: (window as any).__crisislensPwned ?? null,
      handlers: [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => e.tagName + a.name)),
      badHrefs: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '').filter((u) => /^\s*(javascript|data|vbscript):/i.test(u)),
    }));
    expect(unsafe).toEqual({ pwned: null, handlers: [], badHrefs: [] });
    await screenshot(page, 'library');
    await page.close();
  });

  it('searches', async () => {
    const page = await openLibrary(h);
    await expect.poll(() => items(page).count()).toBe(titles.length);
    const search = page.locator('[data-testid="search"]').first();
    await search.fill('Antwerp');
    await expect.poll(async () => (await items(page).allTextContents()).join('\n'), { message: 'search "Antwerp"' }).toContain(OWN_TITLE);
    await expect.poll(() => items(page).count(), { message: 'search "Antwerp" keeps only the port article' }).toBe(1);
    await search.fill('zzqxjv');
    await expect.poll(() => items(page).count(), { message: 'search for a word in no brief' }).toBe(0);
    await search.fill('');
    await expect.poll(() => items(page).count()).toBe(titles.length);
    await page.close();
  });

  it('exports CSV, JSON and Markdown', async () => {
    const page = await openLibrary(h);
    await expect.poll(() => items(page).count()).toBe(titles.length);
    files.csv = await download(page, 'export-csv', 'library.csv');
    files.json = await download(page, 'export-json', 'library.json');
    files.md = await download(page, 'export-md', 'library.md');
    await page.close();

    const csv = Papa.parse<string[]>(readFileSync(files.csv, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    expect(csv.errors, 'CSV parses').toEqual([]);
    const cells = csv.data.flat();
    expect(csv.data.length, 'header + one row per brief at least').toBeGreaterThanOrEqual(titles.length + 1);
    expect(cells.some((c) => c.includes(OWN_TITLE)), 'CSV has the port article').toBe(true);
    expect(cells.some((c) => c.includes('<img src=x onerror=')), 'CSV keeps the hostile title as text').toBe(true);
    for (const c of cells) expect(c, 'no CSV cell may start like a formula').not.toMatch(/^[=+\-@\t\r]/);

    const json = JSON.parse(readFileSync(files.json, 'utf8'));
    const briefs = briefsIn(json);
    expect(briefs.length).toBe(titles.length);
    for (const b of briefs) {
      const r = BriefSchema.safeParse(b);
      expect(r.success, `exported brief matches the Brief schema: ${r.success ? '' : r.error.message.slice(0, 300)}`).toBe(true);
    }
    expect(briefs.map((b: any) => b.title).sort()).toEqual([...titles].sort());

    const md = readFileSync(files.md, 'utf8');
    expect(md).toContain(OWN_TITLE);
    // Markup from the page must be escaped (\\<img, &lt;img, or in code spans), never raw.
    expect(md, 'Markdown export carries no raw HTML from the page').not.toMatch(/(^|[^\\`])<(img|script)\b/im);
  });

  it('exports one row per article, headers and separator following the interface language', async () => {
    const page = await openLibrary(h);
    await expect.poll(() => items(page).count()).toBe(titles.length);
    files.articles = await download(page, 'export-csv-articles', 'library-articles.csv');
    let rows = Papa.parse<string[]>(readFileSync(files.articles, 'utf8').replace(/^\uFEFF/, ''), { delimiter: ',', skipEmptyLines: true });
    expect(rows.errors, 'article CSV parses').toEqual([]);
    expect(rows.data[0]).toEqual(['Title', 'Site', 'URL', 'Published', 'Language', 'Summary', 'Note', 'Tags', 'Organisations', 'People', 'Places', 'Agreements', 'Dates']);
    expect(rows.data.slice(1).map((r) => r[0]).sort(), 'one row per brief').toEqual([...titles].sort());

    // Switch the interface to Dutch: headers in Dutch, semicolon-separated, Markdown headings in Dutch.
    await page.locator('[data-testid="tab-settings"]').click();
    await page.locator('[data-testid="settings-language"]').selectOption('nl');
    await expect.poll(() => page.locator('[data-testid="tab-briefs"]').textContent()).toBe('Samenvattingen');
    await page.locator('[data-testid="tab-briefs"]').click();
    await expect.poll(() => items(page).count()).toBe(titles.length);
    expect(await page.locator('[data-testid="csv-delimiter"]').inputValue(), 'Dutch default separator').toBe(';');
    const nlArticles = await download(page, 'export-csv-articles', 'library-articles-nl.csv');
    const nlEntities = await download(page, 'export-csv', 'library-entities-nl.csv');
    const nlMd = await download(page, 'export-md', 'library-nl.md');
    rows = Papa.parse<string[]>(readFileSync(nlArticles, 'utf8').replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true });
    expect(rows.errors).toEqual([]);
    expect(rows.data[0]).toEqual(['Titel', 'Site', 'URL', 'Gepubliceerd', 'Taal', 'Samenvatting', 'Notitie', 'Labels', 'Organisaties', 'Personen', 'Plaatsen', 'Akkoorden', 'Datums']);
    expect(rows.data.length).toBe(titles.length + 1);
    const ent = Papa.parse<string[]>(readFileSync(nlEntities, 'utf8').replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true });
    expect(ent.errors).toEqual([]);
    expect(ent.data[0].slice(0, 6)).toEqual(['Titel van de samenvatting', 'URL', 'Gepubliceerd', 'Taal', 'Soort', 'Naam']);
    expect(ent.data[0][CSV_COLUMNS.length - 1], 'the entity id column, in Dutch').toBe('Entiteits-ID');
    for (const r of ent.data) expect(r).toHaveLength(CSV_COLUMNS.length);
    const md = readFileSync(nlMd, 'utf8');
    expect(md).toMatch(/^# CrisisLens-samenvattingen \(\d+\)/);
    expect(md).toContain('### Kernzinnen');
    // Markdown sections in publication order.
    const published = [...md.matchAll(/\*\*Gepubliceerd:\*\* (\S+)/g)].map((m) => m[1]).filter((d) => /^\d{4}/.test(d));
    expect(published).toEqual([...published].sort());

    // The chosen separator is used (tab), and the sort menu is not cut off in Dutch or French.
    await page.locator('[data-testid="csv-delimiter"]').selectOption('\t');
    const tabbed = await download(page, 'export-csv-articles', 'library-articles-tab.csv');
    expect(readFileSync(tabbed, 'utf8').split('\r\n')[0].split('\t')).toHaveLength(13);
    const clipped = async () =>
      page.evaluate(() => {
        const sel = document.querySelector<HTMLSelectElement>('[data-testid="sort"]')!;
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = getComputedStyle(sel).font;
        const room = sel.clientWidth - 40; // padding and the arrow
        return [...sel.options].map((o) => o.text).filter((text) => ctx.measureText(text).width > room);
      });
    expect(await clipped(), 'nl sort options fit').toEqual([]);
    await page.locator('[data-testid="tab-settings"]').click();
    await page.locator('[data-testid="settings-language"]').selectOption('fr');
    await expect.poll(() => page.locator('[data-testid="tab-briefs"]').textContent()).not.toBe('Samenvattingen');
    await page.locator('[data-testid="tab-briefs"]').click();
    await expect.poll(() => items(page).count()).toBe(titles.length);
    expect(await clipped(), 'fr sort options fit').toEqual([]);
    // Back to the browser's language for the other tests.
    await page.locator('[data-testid="tab-settings"]').click();
    await page.locator('[data-testid="settings-language"]').selectOption('auto');
    await page.waitForTimeout(300);
    await page.close();
  });

  it('keyboard: skip link to the list, Escape and Back return to the brief, Undo keeps the focus on it', async () => {
    const page = await openLibrary(h);
    await expect.poll(() => items(page).count()).toBe(titles.length);
    const active = () =>
      page.evaluate(() => {
        const a = document.activeElement as HTMLElement | null;
        return { testid: a?.getAttribute('data-testid') ?? a?.tagName ?? '', id: a?.closest('[data-testid="library-item"]')?.getAttribute('data-id') ?? null };
      });
    // The first Tab lands on the skip link; Enter puts the keyboard on the first brief.
    await page.keyboard.press('Tab');
    expect((await active()).testid).toBe('skip-to-list');
    await page.keyboard.press('Enter');
    const first = await active();
    expect(first.testid).toBe('library-open');
    const firstId = await items(page).first().getAttribute('data-id');
    expect(first.id).toBe(firstId);

    // Open the second brief with the keyboard; Escape closes it and the focus is back on its row.
    const second = items(page).nth(1);
    const secondId = await second.getAttribute('data-id');
    await second.locator('[data-testid="library-open"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid="back"]').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => items(page).count()).toBe(titles.length);
    await expect.poll(active).toEqual({ testid: 'library-open', id: secondId });

    // "Back to the list" does the same.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid="back"]').count()).toBe(1);
    await page.locator('[data-testid="back"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(active).toEqual({ testid: 'library-open', id: secondId });

    // Copy as Markdown from the detail view: the one renderer's output on the clipboard.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid="copy-md"]').count()).toBe(1);
    // Headless Chromium denies clipboard reads to the test: record what the page hands to the real writeText.
    await page.evaluate(() => {
      const real = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = (text: string) => { (window as any).__copied = text; return real(text); };
    });
    await page.locator('[data-testid="copy-md"]').click();
    await expect.poll(() => page.locator('[data-testid="library-message"]').first().textContent(), { message: 'copy succeeded' })
      .toBe('Copied the brief to the clipboard as Markdown.');
    const clip = await page.evaluate(() => (window as any).__copied as string);
    expect(clip).toMatch(/^# .+\n\n- \*\*Source:\*\* /);
    expect(clip, "headings in the interface language (en: section.summary)").toMatch(/^## Key sentences$/m);
    await page.keyboard.press('Escape');
    await expect.poll(() => items(page).count()).toBe(titles.length);

    // Delete with the keyboard: focus on Undo; Undo: focus on the restored brief, not the body.
    await second.locator('[data-testid="library-delete"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => items(page).count()).toBe(titles.length - 1);
    await expect.poll(async () => (await active()).testid).toBe('undo');
    await page.keyboard.press('Enter');
    await expect.poll(() => items(page).count()).toBe(titles.length);
    await expect.poll(active).toEqual({ testid: 'library-open', id: secondId });
    await page.close();
  });

  it('imports the JSON into a fresh profile: the same briefs', async () => {
    fresh = await launch({ server: h.server });
    const page = await openLibrary(fresh);
    expect(await items(page).count(), 'a fresh profile starts empty').toBe(0);
    await page.locator('[data-testid="import"]').first().setInputFiles(files.json);
    await expect.poll(() => items(page).count(), { timeout: 10_000, message: 'items after import' }).toBe(titles.length);
    const again = await download(page, 'export-json', 'library-reimported.json');
    await page.close();
    const byTitle = (f: string) =>
      Object.fromEntries(briefsIn(JSON.parse(readFileSync(f, 'utf8'))).map((b: any) => [b.title, BriefSchema.parse(b)]));
    expect(byTitle(again)).toEqual(byTitle(files.json));
  });

  it('the library page has no serious or critical accessibility problem (axe-core)', async () => {
    const page = await openLibrary(h);
    await expect.poll(() => items(page).count()).toBe(titles.length);
    const v = await axeViolations(page);
    const bad = v.filter((x) => x.impact === 'serious' || x.impact === 'critical');
    if (v.length) console.log(`[e2e] axe on library.html: ${JSON.stringify(v, null, 1)}`);
    expect(bad, JSON.stringify(bad, null, 1)).toEqual([]);
    await page.close();
  });
});

describe('privacy', () => {
  it('no request came from the extension during this file (both profiles)', () => {
    for (const x of [h, fresh]) {
      if (!x) continue;
      const v = privacyViolations(x);
      expect(v, JSON.stringify(v, null, 1)).toEqual([]);
    }
  });
});
