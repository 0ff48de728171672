/**
 * The privacy detector proves itself: copies of the built extension with one planted network
 * call each (never shipped; added to a temporary copy only) must be caught. The real build's
 * traffic is judged at the end of every other e2e file ("privacy" tests) with the same rules.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from './server';
import { launch, openTab, privacyViolations, writeRequestLog, type Harness, type LaunchOptions } from './harness';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

async function runWith(opts: LaunchOptions, label: string) {
  h = await launch(opts);
  const { tabId } = await openTab(h, h.server.url('/own/article-en.html'));
  const popup = await h.context.newPage();
  await popup.goto(h.extensionUrl(`popup.html?tabId=${tabId}`));
  await popup.waitForTimeout(1_500);
  writeRequestLog(h, `privacy canary: ${label}`);
  return privacyViolations(h);
}

describe('the privacy check catches an extension that phones home', () => {
  it('fetch() from the popup', async () => {
    const v = await runWith({ popupCanary: "fetch('https://example.com/collect?x=1').catch(() => {});" }, 'popup fetch');
    expect(v.some((x) => x.rule.startsWith('a') && x.detail.includes('https://example.com/collect')), JSON.stringify(v)).toBe(true);
    expect(v.some((x) => x.rule.startsWith('d') && x.detail.includes('example.com')), 'the proxy saw it too').toBe(true);
  });

  it('fetch() from the service worker', async () => {
    const v = await runWith({ workerCanary: "fetch('https://example.org/beacon').catch(() => {});" }, 'worker fetch');
    // Attributed to the worker by the browser (rule a) when Playwright is attached in time; a fetch
    // at the very start of the worker can precede that, and then the proxy layer (rule d) catches it.
    expect(v.some((x) => x.detail.includes('example.org')), JSON.stringify(v)).toBe(true);
  });

  it('fetch() from the script injected into the page (content-script world)', async () => {
    const v = await runWith({ injectedCanary: "fetch('https://example.net/from-content-script').catch(() => {});" }, 'injected script fetch');
    expect(v.some((x) => x.detail.includes('https://example.net/from-content-script') || x.detail.includes('example.net')), JSON.stringify(v)).toBe(true);
  });

  it('a remote image in the popup', async () => {
    const v = await runWith({ popupCanary: "new Image().src = 'http://tracker.example.net/pixel.gif';" }, 'popup remote image');
    expect(v.some((x) => x.detail.includes('tracker.example.net')), JSON.stringify(v)).toBe(true);
  });

  it('a fetch of the analysed page itself from the extension (to the test server)', async () => {
    const server = await startServer();
    try {
      const v = await runWith({ server, popupCanary: `fetch('${server.origin}/own/article-en.html').catch(() => {});` }, 'popup fetch to the test server');
      expect(v.some((x) => x.rule.startsWith('a') && x.detail.includes(`${server.origin}/own/article-en.html`)), JSON.stringify(v)).toBe(true);
    } finally {
      await h?.close();
      h = null;
      await server.close();
    }
  });
});
