/**
 * Issue 16, the popup's extraction watchdog: a page that does not answer within a few seconds
 * gets "this page is too heavy to read" instead of an endless "Reading the article…" (before:
 * 69 s on a 250 KB page with a long meta author, page unresponsive). The page-side extraction
 * has the same budget and stops at its next phase past it, whether or not the popup is open.
 */
import { describe, expect, it, vi } from 'vitest';
import { loadHtml } from '../../src/cli/load-html';
import { extractArticle } from '../../src/extract/extract-article';
import { EXTRACT_BUDGET_MS, EXTRACT_WATCHDOG_MS } from '../../src/messaging/protocol';
import { renderTooHeavy } from '../../src/ui/render-state';
import { withWatchdog } from '../../src/ui/watchdog';
import { translator, useDom } from '../ui/helpers';

describe('withWatchdog', () => {
  it('stops waiting after the time and ignores a late result', async () => {
    vi.useFakeTimers();
    try {
      let finish: (v: string) => void = () => undefined;
      const work = new Promise<string>((r) => (finish = r));
      const watched = withWatchdog(work, EXTRACT_WATCHDOG_MS);
      vi.advanceTimersByTime(EXTRACT_WATCHDOG_MS + 1);
      await expect(watched).resolves.toEqual({ done: false });
      finish('late');
    } finally {
      vi.useRealTimers();
    }
  });
  it('passes a prompt result (and a failure) through', async () => {
    await expect(withWatchdog(Promise.resolve(42), 1000)).resolves.toEqual({ done: true, value: 42 });
    await expect(withWatchdog(Promise.reject(new Error('boom')), 1000)).rejects.toThrow('boom');
  });
  it('a few seconds, and the page gives up before the popup does', () => {
    expect(EXTRACT_WATCHDOG_MS).toBeGreaterThan(EXTRACT_BUDGET_MS);
    expect(EXTRACT_WATCHDOG_MS).toBeLessThanOrEqual(10_000);
  });
});

describe('the page side stops past its deadline', () => {
  it("extractArticle answers 'too-heavy' between phases once the deadline has passed", () => {
    const url = 'https://x.example/a';
    const doc = loadHtml(`<html><body><article>${'<p>The river rose overnight and the fire brigade evacuated the camp site near Namur.</p>'.repeat(8)}</article></body></html>`, url);
    const r = extractArticle(doc, { url, deadline: Date.now() - 1 });
    expect(r).toMatchObject({ ok: false, reason: 'too-heavy' });
    expect(extractArticle(loadHtml(doc.documentElement.outerHTML, url), { url, deadline: Date.now() + 60_000 }).ok).toBe(true);
  });
});

describe('the popup says so', () => {
  it('renderTooHeavy', async () => {
    useDom();
    const el = renderTooHeavy(await translator('en'), 7);
    expect(el.textContent).toMatch(/too heavy to read.*7 seconds/);
  });
});
