/**
 * The popup in each interface language (the browser's language drives chrome.i18n): a screenshot
 * per language, the interface strings change with it, and axe-core finds no serious or critical
 * accessibility problem in any of them.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './server';
import { axeViolations, launch, openPopup, openTab, privacyViolations, screenshot, SCREENSHOT_DIR, writeRequestLog } from './harness';
import { HAS_SHARED } from '../helpers/shared';

const UI_LANGS = ['en', 'nl', 'fr', 'de'] as const;
let server: TestServer | null = null;
const chrome: Record<string, { htmlLang: string; save: string; labels: string }> = {};

afterAll(async () => {
  await server?.close();
  console.log(`[e2e] popup screenshots per interface language: ${SCREENSHOT_DIR}/popup-ui-{${UI_LANGS.join(',')}}.png`);
});

describe('the popup in each interface language', () => {
  for (const lang of UI_LANGS) {
    it(`${lang}: screenshot, no serious/critical axe violation, no request from the extension`, async () => {
      server ??= await startServer();
      const h = await launch({ uiLang: lang, server });
      try {
        const uiLang = await h.worker.evaluate(() => (globalThis as any).chrome.i18n.getUILanguage());
        expect(String(uiLang).toLowerCase().startsWith(lang), `Chromium runs in ${lang} (chrome.i18n.getUILanguage() = ${uiLang}); is chromium-l10n installed?`).toBe(true);
        const path = HAS_SHARED ? '/fixtures/nl-benelux-resilience.html' : '/own/article-en.html';
        const { page: tab, tabId } = await openTab(h, h.server.url(path));
        const { page, status } = await openPopup(h, tabId);
        expect(status).toBe('ready');
        await page.setViewportSize({ width: 420, height: 600 });
        await screenshot(page, `popup-ui-${lang}`);
        chrome[lang] = await page.evaluate(() => ({
          htmlLang: document.documentElement.lang,
          save: (document.querySelector('[data-testid="save"]')?.textContent ?? '').trim(),
          labels: [...document.querySelectorAll('h1, h2, h3, button, [aria-label]')]
            .filter((e) => !e.closest('[data-testid="organisations"], [data-testid="people"], [data-testid="places"], [data-testid="agreements"], [data-testid="dates"], [data-testid="links"], [data-testid="title"]'))
            .map((e) => (e.getAttribute('aria-label') ?? e.textContent ?? '').trim())
            .join(' | '),
        }));
        const v = await axeViolations(page);
        if (v.length) console.log(`[e2e] axe on popup (${lang}): ${JSON.stringify(v, null, 1)}`);
        const bad = v.filter((x) => x.impact === 'serious' || x.impact === 'critical');
        expect(bad, `axe, popup in ${lang}: ${JSON.stringify(bad, null, 1)}`).toEqual([]);
        writeRequestLog(h, `a11y-i18n ${lang}`);
        const pv = privacyViolations(h);
        expect(pv, JSON.stringify(pv, null, 1)).toEqual([]);
      } finally {
        await h.close();
      }
    });
  }

  it('dark theme (system preference): popup and library screenshots, no serious/critical axe violation', async () => {
    server ??= await startServer();
    const h = await launch({ colorScheme: 'dark', server });
    try {
      const { page: tab, tabId } = await openTab(h, h.server.url('/own/article-en.html'));
      const { page, status } = await openPopup(h, tabId);
      expect(status).toBe('ready');
      await page.setViewportSize({ width: 420, height: 600 });
      await screenshot(page, 'popup-dark');
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
      expect(dark, 'the page sees the dark preference').toBe(true);
      const bad = (await axeViolations(page)).filter((x) => x.impact === 'serious' || x.impact === 'critical');
      expect(bad, `axe, popup in dark theme: ${JSON.stringify(bad, null, 1)}`).toEqual([]);
      const lib = await h.context.newPage();
      await lib.goto(h.extensionUrl('library.html'));
      await lib.waitForLoadState('load');
      await screenshot(lib, 'library-dark');
      const badLib = (await axeViolations(lib)).filter((x) => x.impact === 'serious' || x.impact === 'critical');
      expect(badLib, `axe, library in dark theme: ${JSON.stringify(badLib, null, 1)}`).toEqual([]);
      console.log(`[e2e] dark theme: popup body background ${bg}`);
      expect(privacyViolations(h)).toEqual([]);
    } finally {
      await h.close();
    }
  });

  it('the interface text follows the language (html lang and labels differ from English)', () => {
    const missing = UI_LANGS.filter((l) => !chrome[l]);
    expect(missing, 'languages whose popup could not be inspected').toEqual([]);
    for (const lang of UI_LANGS) {
      expect(chrome[lang].htmlLang.toLowerCase().split('-')[0], `<html lang> of the popup in ${lang}`).toBe(lang);
      if (lang !== 'en') expect(chrome[lang].labels, `popup labels in ${lang} vs English`).not.toBe(chrome.en.labels);
    }
  });
});
