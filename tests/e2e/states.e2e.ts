/**
 * The popup's other states in a real browser: no article, restricted pages (chrome://, file://
 * without permission, the PDF viewer, about:blank), and a hostile page (markup and script in the
 * title, byline, entity names and links): rendered as text, nothing runs, links http(s) only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { launch, openPopup, openTab, OWN_PAGES, privacyViolations, screenshot, writeRequestLog, type Harness } from './harness';
import type { Page } from 'playwright-core';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  if (h) {
    writeRequestLog(h, 'states.e2e');
    await h.close();
  }
});

/** The words on screen apart from the status hook: the message the user reads. */
async function message(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('[data-testid="status"]').forEach((e) => e.remove());
    return (clone.innerText ?? clone.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

function popupConsoleErrors(url: string) {
  return h.consoleErrors.filter((e) => e.url.startsWith(url.split('?')[0]) || e.url === url);
}

async function expectState(url: string, want: readonly string[], shot: string) {
  const { page: tab, tabId } = await openTab(h, url);
  const before = h.consoleErrors.length;
  const { page, status } = await openPopup(h, tabId);
  await screenshot(page, shot);
  expect(want, `status of the popup for ${url} ("${await message(page)}")`).toContain(status);
  const msg = await message(page);
  expect(msg.length, `a clear message for ${url} (got "${msg}")`).toBeGreaterThan(10);
  const errs = h.consoleErrors.slice(before).filter((e) => e.url.startsWith('chrome-extension://'));
  expect(errs, `no error in the extension's console for ${url}: ${JSON.stringify(errs)}`).toEqual([]);
  await page.close();
  await tab.close();
}

describe('pages without an article', () => {
  it('a home page of links and tiles: no-article, with a message', () => expectState(h.server.url('/own/no-article.html'), ['no-article'], 'popup-no-article'));
  it('an empty page: no-article', () => expectState(h.server.url('/own/empty.html'), ['no-article'], 'popup-empty-page'));
});

describe('no article, but selected text', () => {
  it('select a paragraph, open the popup: the brief covers the selection', async () => {
    const { page: tab, tabId } = await openTab(h, h.server.url('/own/no-article.html'));
    await tab.evaluate(() => {
      const p = document.getElementById('tip')!;
      const r = document.createRange();
      r.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
    });
    const { page, status } = await openPopup(h, tabId);
    if (status === 'no-article') {
      const button = page.locator('[data-testid="analyse-selection"]');
      expect(await button.count(), 'no-article state offers to analyse the selection').toBeGreaterThan(0);
      await button.first().click();
      await page.waitForFunction(() => document.querySelector('[data-testid="status"]')?.textContent?.trim() === 'ready', null, { timeout: 10_000 });
    } else {
      expect(status).toBe('ready');
    }
    await screenshot(page, 'popup-selection');
    const orgs = await page.locator('[data-testid="organisations"] li').allTextContents();
    expect(orgs.join(' | '), 'the brief of the selected sentence').toMatch(/NCCN|National Crisis Centre/);
    await page.close();
    await tab.close();
  });
});

describe('restricted pages: a clear message, nothing in the console', () => {
  it('chrome://version', () => expectState('chrome://version', ['error', 'no-article'], 'popup-restricted-chrome'));
  it('about:blank', () => expectState('about:blank', ['error', 'no-article'], 'popup-restricted-about-blank'));
  it('a file:// page (no file access granted)', () =>
    expectState(pathToFileURL(join(OWN_PAGES, 'article-en.html')).href, ['error', 'no-article'], 'popup-restricted-file'));
  it('the PDF viewer', () => expectState(h.server.url('/own/document.pdf'), ['error', 'no-article'], 'popup-restricted-pdf'));
});

describe('huge and deep pages: a bounded time, the tab stays responsive', () => {
  const BOUND_MS = Number(process.env.E2E_HUGE_PAGE_BOUND_MS ?? 20_000);
  for (const [name, path] of [['a 10 MB article', '/gen/huge.html'], ['a 5,000-level nested DOM', '/gen/deep.html']] as const) {
    it(`${name}: a final state within ${BOUND_MS / 1000} s`, async () => {
      const { page: tab, tabId } = await openTab(h, h.server.url(path));
      const popupDone = openPopup(h, tabId, BOUND_MS);
      // While the popup works, the page must keep answering (the extraction must not freeze it for long).
      const t0 = Date.now();
      await new Promise((r) => setTimeout(r, 150));
      await tab.evaluate(() => 1);
      const pageAnswer = Date.now() - t0 - 150;
      const { page, status, latencyMs } = await popupDone;
      console.log(`[e2e] ${name}: status ${status} after ${latencyMs.toFixed(0)} ms; the page answered a script call in ${pageAnswer} ms during the analysis`);
      await screenshot(page, `popup-${path.replace(/\W+/g, '-').replace(/^-|-$/g, '')}`);
      expect(['ready', 'no-article', 'error']).toContain(status);
      if (status === 'ready') expect(((await page.locator('[data-testid="title"]').first().textContent()) ?? '').length).toBeGreaterThan(0);
      expect(status, 'a huge page is still an article').toBe('ready');
      await page.close();
      await tab.close();
    });
  }
});

describe('a hostile page', () => {
  it('markup in title, byline, names and links is shown as text; nothing runs; links are http(s) only', async () => {
    const { page: tab, tabId } = await openTab(h, h.server.url('/own/hostile.html'));
    const { page, status } = await openPopup(h, tabId);
    await screenshot(page, 'popup-hostile');
    expect(status).toBe('ready');
    const title = (await page.locator('[data-testid="title"]').first().textContent()) ?? '';
    expect(title, 'the title is shown literally, as text').toContain('<img src=x onerror=');
    const report = await page.evaluate(() => {
      const all = [...document.querySelectorAll('*')];
      return {
        pwned: (window as any).__crisislensPwned ?? null,
        handlers: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName}[${a.name}]`)),
        inlineScripts: document.querySelectorAll('script:not([src])').length,
        foreignScripts: [...document.querySelectorAll('script[src]')].map((s) => (s as HTMLScriptElement).src).filter((u) => !u.startsWith(location.origin)),
        images: [...document.querySelectorAll('img, iframe, object, embed')].map((e) => e.outerHTML.slice(0, 80)),
        hrefs: [...document.querySelectorAll('a[href], area[href]')].map((a) => a.getAttribute('href') ?? ''),
      };
    });
    expect(report.pwned, 'a flag set by page markup ran in the popup').toBeNull();
    expect(report.handlers, 'event-handler attributes in the popup').toEqual([]);
    expect(report.inlineScripts).toBe(0);
    expect(report.foreignScripts).toEqual([]);
    expect(report.images.filter((x) => /onerror|src="?x/i.test(x)), 'elements made from page markup').toEqual([]);
    for (const href of report.hrefs) expect(href, 'every link in the popup').toMatch(/^(https?:\/\/|#|chrome-extension:\/\/|\/|[a-z-]+\.html)/i);
    const linkHrefs = await page.$$eval('[data-testid="links"] a[href]', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(linkHrefs, 'the safe link is listed').toContain('https://www.rodekruis.nl/');
    for (const href of linkHrefs) expect(href).toMatch(/^https?:\/\//);
    const linkTexts = (await page.locator('[data-testid="links"]').textContent()) ?? '';
    expect(linkTexts).not.toMatch(/javascript:|vbscript:|data:text/i);
    // The page itself did not run anything because of the extension either.
    expect(await tab.evaluate(() => (window as any).__crisislensPwned ?? null)).toBeNull();
    await page.close();
    await tab.close();
  });
});

describe('privacy', () => {
  it('no request came from the extension during this file', () => {
    const v = privacyViolations(h);
    expect(v, JSON.stringify(v, null, 1)).toEqual([]);
  });
});
