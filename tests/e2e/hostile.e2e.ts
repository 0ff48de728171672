/**
 * Issue 16 in a real browser: the highlight goes to the copy of the article the reader sees
 * (a <main> off-screen copy comes first), a page that swapped its story in place is told, not
 * highlighted, and a page declaring another saved article's canonical URL does not replace it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPopup, openTab, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

/** Where the page's CrisisLens highlight is: the id of its closest article/main, and its text. */
const highlightWhere = () =>
  `(() => {
    const hl = globalThis.CSS?.highlights?.get('crisislens');
    const out = [];
    if (hl) for (const r of hl) out.push({ in: r.startContainer.parentElement?.closest('article, main')?.id ?? '', text: String(r) });
    for (const m of document.querySelectorAll('mark[data-crisislens-mark]')) out.push({ in: m.closest('article, main')?.id ?? '', text: m.textContent });
    return JSON.stringify(out);
  })()`;

async function clickFirst(page: import('playwright-core').Page, list: string): Promise<string> {
  const item = page.locator(`[data-testid="${list}"] li`).first();
  await expect.poll(() => item.count(), { message: `no item in ${list}` }).toBeGreaterThan(0);
  const name = ((await item.textContent()) ?? '').trim();
  const clickable = item.locator('button, a, [role="button"]').first();
  await ((await clickable.count()) ? clickable : item).click();
  return name;
}

describe('highlight on hostile pages', () => {
  it('a <main> off-screen copy before the <article>: the highlight is drawn in the article', async () => {
    const { page: tab, tabId } = await openTab(h, h.server.url('/own/offscreen-main.html'));
    const { page, status } = await openPopup(h, tabId);
    expect(status).toBe('ready');
    await clickFirst(page, 'organisations');
    await expect.poll(async () => JSON.parse(await tab.evaluate(highlightWhere())), { timeout: 5000 }).not.toEqual([]);
    const where = JSON.parse(await tab.evaluate(highlightWhere())) as { in: string; text: string }[];
    expect(where.every((w) => w.in === 'real'), JSON.stringify(where)).toBe(true);
    await page.close();
    await tab.close();
  });

  it('a page that swapped its story in place (pushState): nothing highlighted, the popup says so', async () => {
    const { page: tab, tabId } = await openTab(h, h.server.url('/own/swap-story.html'));
    const { page, status } = await openPopup(h, tabId);
    expect(status).toBe('ready');
    await tab.evaluate(() => {
      history.pushState({}, '', '/own/cross-border-exercise');
      const next = document.getElementById('next') as HTMLTemplateElement;
      document.getElementById('story')!.replaceChildren(next.content.cloneNode(true));
    });
    await clickFirst(page, 'organisations'); // NCCN: in both stories
    const msg = page.locator('[data-testid="save-message"]');
    await expect.poll(() => msg.textContent(), { timeout: 5000 }).toMatch(/no longer shows the article/);
    expect(JSON.parse(await tab.evaluate(highlightWhere()))).toEqual([]);
    await page.close();
    await tab.close();
  });
});

describe('a page declaring the canonical URL of another saved article', () => {
  it('does not replace it: both URLs shown, and keeping both saves it separately', async () => {
    const real = await openTab(h, h.server.url('/own/canon-real.html'));
    const p1 = await openPopup(h, real.tabId);
    expect(p1.status).toBe('ready');
    await p1.page.locator('[data-testid="save"]').click();
    await expect.poll(() => p1.page.locator('[data-testid="save-message"]').textContent()).toMatch(/Saved to your library/);
    await p1.page.close();

    const forged = await openTab(h, h.server.url('/own/canon-forged.html'));
    const p2 = await openPopup(h, forged.tabId);
    expect(p2.status).toBe('ready');
    const conflict = p2.page.locator('[data-testid="save-conflict"]');
    await expect.poll(() => conflict.count(), { timeout: 5000, message: 'no conflict notice for the forged page' }).toBe(1);
    expect(await p2.page.locator('[data-testid="conflict-saved-url"]').textContent()).toContain('/own/canon-real.html');
    expect(await p2.page.locator('[data-testid="conflict-page-url"]').textContent()).toContain('/own/canon-forged.html');
    // Save is refused (nothing replaced), the notice stays.
    await p2.page.locator('[data-testid="save"]').click();
    await expect.poll(() => conflict.count()).toBe(1);
    await p2.page.locator('[data-testid="keep-both"]').click();
    await expect.poll(() => p2.page.locator('[data-testid="save-message"]').textContent()).toMatch(/separate brief/);
    expect(await conflict.count()).toBe(0);
    await p2.page.close();

    // The library holds both, the real one with its own title.
    const lib = await h.context.newPage();
    await lib.goto(h.extensionUrl('library.html'));
    const items = lib.locator('[data-testid="library-item"]');
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(2);
    const texts = (await items.allTextContents()).join(' | ');
    expect(texts).toMatch(/enters into force/);
    expect(texts).toMatch(/suspended/);
    await lib.close();
    await real.page.close();
    await forged.page.close();
  });
});
