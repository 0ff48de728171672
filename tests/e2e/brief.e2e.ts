/**
 * The brief in a real browser: fixture pages (../shared), our own article, some real pages;
 * content against the expectations, entity → highlight in the page, latency, screenshots.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { HAS_SHARED, SHARED_SKIP_REASON, sharedPath } from '../helpers/shared';
import { briefMisses, type Expected } from './expect-brief';
import {
  launch, median, norm, openPopup, openTab, privacyViolations, screenshot, SCREENSHOT_DIR, writeRequestLog,
  type Harness,
} from './harness';

const FIXTURES = ['nl', 'fr', 'de', 'en'].map((l) => `${l}-benelux-resilience`);
// wikipedia-2 (1 MB of HTML, 118k characters of article) is the slowest page of `npm run bench` in Node: its latency here is
// the in-browser figure for the issue-6 budget.
const REAL_PAGES = ['bbc-1', 'guardian-1', 'folha', 'nytimes-2', 'rtl-1', 'wikipedia-2'];
const LATENCY_RUNS = Number(process.env.E2E_LATENCY_RUNS ?? 5);
/** Issue 5: popup opened → brief shown, Dutch fixture, median. */
const NL_LATENCY_BUDGET_MS = Number(process.env.E2E_LATENCY_BUDGET_MS ?? 300);

let h: Harness;
const latency: Record<string, number[]> = {};
const firstStatus: Record<string, number[]> = {};
const phaseLog: string[] = [];

beforeAll(async () => {
  h = await launch();
  console.log(`[e2e] extension ${h.extensionId}; test server ${h.server.origin}; screenshots in ${SCREENSHOT_DIR}`);
});

afterAll(async () => {
  if (Object.keys(latency).length) {
    const rows = Object.entries(latency).map(
      ([k, v]) =>
        `  ${k.padEnd(28)} median ${median(v).toFixed(0).padStart(5)} ms  (runs: ${v.map((x) => x.toFixed(0)).join(', ')})` +
        (firstStatus[k] ? `; popup DOMContentLoaded at ${median(firstStatus[k]).toFixed(0)} ms` : ''),
    );
    console.log(`[e2e] popup opened → status final (ms, measured in the popup):\n${rows.join('\n')}`);
    if (phaseLog.length) console.log(`[e2e] popup phases of the last run (ms since the popup's navigation start):\n${phaseLog.join('\n')}`);
  }
  if (h) {
    writeRequestLog(h, 'brief.e2e');
    await h.close();
  }
});

describe('our own article (no ../shared needed)', () => {
  it('shows a brief with title, date, organisations, people, places and links', async () => {
    const { page: tab, tabId } = await openTab(h, h.server.url('/own/article-en.html'));
    const { page, status, latencyMs } = await openPopup(h, tabId);
    (latency['own/article-en'] ??= []).push(latencyMs);
    await screenshot(page, 'popup-own-article-en');
    expect(status, 'status of popup for our English article').toBe('ready');
    const misses = await briefMisses(page, {
      page: 'article-en.html',
      url: '',
      lang: 'en',
      title: 'Port of Rotterdam and Antwerp rehearse a joint response to a chemical spill',
      published: '2025-03-12',
      organisations: [
        { any: ['National Coordinator for Security and Counterterrorism'], acronym: 'NCTV' },
        { any: ['National Crisis Centre'], acronym: 'NCCN' },
        { any: ['European Maritime Safety Agency'], acronym: 'EMSA' },
      ],
      people: [{ any: ['Pieter Claes'] }, { any: ['Marieke Janssen'], role_any: ['deputy director'] }],
      places: [{ any: ['Rotterdam'] }, { any: ['Antwerp'] }, { any: ['Terneuzen'] }],
      agreements: [{ any: ['Scheldt Treaty'], date: '2005' }, { any: ['Bonn Agreement'], date: '1983' }],
      dates: ['2005', '1983', '2024-10'],
      links: ['https://www.nctv.nl/onderwerpen/crisisbeheersing', 'https://crisiscentrum.be/en'],
      not_entities: ['Tuesday', 'Home', 'Related', 'Privacy'],
    });
    expect(misses, `popup for /own/article-en.html`).toEqual([]);
    await page.close();
    await tab.close();
  });

  it('a Spanish article gets a brief: Spanish entities, roles and dates (examples/es-dana-valencia.html)', async () => {
    const { page: tab, tabId } = await openTab(h, h.server.url('/own/article-es.html'));
    const { page, status } = await openPopup(h, tabId);
    await screenshot(page, 'popup-own-article-es');
    expect(status, 'status of popup for our Spanish article').toBe('ready');
    const misses = await briefMisses(page, {
      page: 'article-es.html',
      url: '',
      lang: 'es',
      title: "La UME y la Guardia Civil mantienen el despliegue en l'Horta Sud una semana después de la DANA",
      published: '2024-11-04',
      organisations: [
        { any: ['Unidad Militar de Emergencias'], acronym: 'UME' },
        { any: ['Agencia Estatal de Meteorología'], acronym: 'AEMET' },
        { any: ['Guardia Civil'] },
      ],
      people: [{ any: ['Andrés Olmedo Ruiz'], role_any: ['ministro del Interior'] }, { any: ['María José Llorens'], role_any: ['portavoz de Protección Civil'] }],
      places: [{ any: ['Paiporta'] }, { any: ['Comunidad Valenciana'] }],
      agreements: [],
      dates: ['2024-10-29', '2023-10', '2019-03'],
      links: ['https://www.aemet.es/'],
      not_entities: ['Interior', 'Portada', 'DANA'],
    });
    expect(misses, `popup for /own/article-es.html`).toEqual([]);
    await page.close();
    await tab.close();
  });

  it('clicking an entity highlights it in the page', async () => {
    const { page: tab, tabId } = await openTab(h, h.server.url('/own/article-en.html'));
    const { page, status } = await openPopup(h, tabId);
    expect(status).toBe('ready');
    const item = page.locator('[data-testid="organisations"] li').first();
    await expect.poll(() => item.count(), { message: 'no organisation to click' }).toBeGreaterThan(0);
    const name = ((await item.textContent()) ?? '').trim();
    const clickable = item.locator('button, a, [role="button"]').first();
    await ((await clickable.count()) ? clickable : item).click();
    const probe = () =>
      tab.evaluate(() => {
        const hl = (globalThis as any).CSS?.highlights;
        let highlighted = '';
        if (hl && hl.size) {
          for (const [, h] of hl) for (const r of h) highlighted += String(r) + ' ';
        }
        const marks = [...document.querySelectorAll('mark, [data-crisislens-highlight]')].map((m) => m.textContent).join(' ');
        const sel = String(getSelection() ?? '');
        return `${highlighted} ${marks} ${sel}`.trim();
      });
    await expect
      .poll(probe, { timeout: 5_000, message: `after clicking "${name}" in the popup, nothing is highlighted in the page (CSS highlight registry, <mark>, or selection)` })
      .not.toBe('');
    const shown = await probe();
    // The highlighted text is (a form of) the clicked entity.
    const words = norm(shown).split(' ');
    expect(words.some((w) => w.length > 2 && norm(name).includes(w)), `highlighted "${shown.slice(0, 80)}" vs clicked "${name}"`).toBe(true);
    await tab.bringToFront();
    await screenshot(tab, 'page-highlight-own-article-en');
    await page.close();
    await tab.close();
  });
});

describe.skipIf(!HAS_SHARED)('fixture pages (../shared/fixtures)', () => {
  if (!HAS_SHARED) it.skip(SHARED_SKIP_REASON, () => undefined);
  for (const name of FIXTURES) {
    it(`${name}: the popup shows what expected/${name}.json asks for`, async () => {
      const exp = JSON.parse(readFileSync(sharedPath('fixtures', 'expected', `${name}.json`), 'utf8')) as Expected;
      const { page: tab, tabId } = await openTab(h, h.server.url(`/fixtures/${name}.html`));
      // Latency: several cold popup opens on the same tab.
      let last: Awaited<ReturnType<typeof openPopup>> | null = null;
      for (let i = 0; i < LATENCY_RUNS; i++) {
        if (last) await last.page.close();
        last = await openPopup(h, tabId);
        expect(last.status, `status of popup for ${name} (run ${i + 1})`).toBe('ready');
        (latency[name] ??= []).push(last.latencyMs);
        if (Number.isFinite(last.phases.domContentLoaded)) (firstStatus[name] ??= []).push(last.phases.domContentLoaded);
        if (i === LATENCY_RUNS - 1)
          phaseLog.push(`  ${name}: ${Object.entries(last.phases).sort((a, b) => a[1] - b[1]).map(([k, v]) => `${k} @${v.toFixed(0)}`).join(', ')}`);
      }
      await screenshot(last!.page, `popup-${name}`);
      expect(await briefMisses(last!.page, exp), `popup for fixtures/pages/${name}.html vs expected/${name}.json`).toEqual([]);
      await last!.page.close();
      await tab.close();
    });
  }

  it(`Dutch fixture: median popup latency ≤ ${NL_LATENCY_BUDGET_MS} ms`, () => {
    const runs = latency['nl-benelux-resilience'];
    expect(runs?.length, 'the nl fixture test must run first').toBeGreaterThan(0);
    expect(median(runs), `runs: ${runs.join(', ')} ms`).toBeLessThanOrEqual(NL_LATENCY_BUDGET_MS);
  });
});

describe.skipIf(!HAS_SHARED)('real pages (../shared/data/pages)', () => {
  for (const name of REAL_PAGES) {
    it(`${name}: a brief with Readability's title, http(s) links only`, async () => {
      const metaFile = sharedPath('data', 'pages', name, 'expected-metadata.json');
      const meta = existsSync(metaFile) ? JSON.parse(readFileSync(metaFile, 'utf8')) : {};
      const { page: tab, tabId } = await openTab(h, h.server.url(`/real/${name}/`));
      const { page, status, latencyMs, phases } = await openPopup(h, tabId, 30_000);
      (latency[`real/${name}`] ??= []).push(latencyMs);
      phaseLog.push(`  real/${name}: ${Object.entries(phases).sort((a, b) => a[1] - b[1]).map(([k, v]) => `${k} @${v.toFixed(0)}`).join(', ')}`);
      await screenshot(page, `popup-real-${name}`);
      expect(status, `status for real page ${name}`).toBe('ready');
      const title = ((await page.locator('[data-testid="title"]').first().textContent()) ?? '').trim();
      if (meta.title) {
        const [a, b] = [norm(title), norm(meta.title)];
        expect(a.includes(b) || b.includes(a), `title "${title}" vs Readability's "${meta.title}"`).toBe(true);
        expect(a.length).toBeGreaterThan(0);
      }
      const hrefs = await page.$$eval('[data-testid="links"] a[href]', (as) => as.map((a) => a.getAttribute('href') ?? ''));
      for (const href of hrefs) expect(href, `link in the popup for ${name}`).toMatch(/^https?:\/\//);
      await page.close();
      await tab.close();
    });
  }
});

describe('privacy', () => {
  it('no request came from the extension during this file (pages loaded only from the test server)', () => {
    const v = privacyViolations(h);
    expect(v, JSON.stringify(v, null, 1)).toEqual([]);
    // Sanity: the instrumentation did see the page loads.
    expect(h.server.served.length).toBeGreaterThan(0);
    expect(h.observed.some((r) => r.url.startsWith(h.server.origin))).toBe(true);
  });
});

