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
