/**
 * Real-browser harness: Debian's Chromium (headless), the built extension loaded unpacked,
 * a fresh profile per launch, every request recorded for the privacy check.
 *
 * Environment:
 * - CRISISLENS_EXT_DIR  the built Chrome extension (default .output/chrome-mv3; `wxt build` makes it)
 * - CHROMIUM_PATH       the browser (default /usr/bin/chromium; never downloaded)
 * - E2E_OUT_DIR         screenshots, downloads, request log (default test-results/)
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer, type TestServer } from './server';
import { normFixture } from '../helpers/fixture-match';

export const ROOT = resolve(__dirname, '..', '..');
export const EXT_DIR = resolve(process.env.CRISISLENS_EXT_DIR ?? join(ROOT, '.output', 'chrome-mv3'));
/** What the tests load: the snapshot taken by global-setup.ts when there is one, else the build itself. */
const extUnderTest = () => process.env.CRISISLENS_EXT_SNAPSHOT ?? EXT_DIR;
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const OUT_DIR = resolve(process.env.E2E_OUT_DIR ?? join(ROOT, 'test-results'));
export const SCREENSHOT_DIR = join(OUT_DIR, 'screenshots');
export const OWN_PAGES = join(__dirname, 'pages');
export const FINAL_STATES = ['ready', 'no-article', 'error'] as const;
export type FinalState = (typeof FINAL_STATES)[number];

/**
 * Hosts Chromium itself contacts in the background (account check, component/extension
 * update check) even with --disable-background-networking. They reach the proxy (and are
 * refused), are never attributed to an extension context by the browser, and are listed in
 * the request log. A request to any of them FROM the extension is still a violation (rule a).
 */
export const BROWSER_BACKGROUND_HOSTS = [
  // Seen in every launch of Debian's Chromium 156 here: account check, component updater, autofill.
  'accounts.google.com:443',
  'update.googleapis.com',
  'update.googleapis.com:443',
  'content-autofill.googleapis.com:443',
];

export function assertPrerequisites(extDir: string = extUnderTest()): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install Debian's: apt-get update && apt-get install -y chromium ` +
        `(or set CHROMIUM_PATH). The e2e tests never download a browser.`,
    );
  }
  if (!existsSync(join(extDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extDir}: run \`npx wxt build\` first (npm run test:e2e does).`);
  }
  // Chromium refuses to load an extension whose manifest names a missing file, silently in headless mode.
  const manifest = JSON.parse(readFileSync(join(extDir, 'manifest.json'), 'utf8'));
  const named: string[] = [
    ...Object.values((manifest.icons ?? {}) as Record<string, string>),
    ...Object.values((manifest.action?.default_icon ?? {}) as Record<string, string>),
    manifest.background?.service_worker,
    manifest.action?.default_popup,
  ].filter((x): x is string => typeof x === 'string');
  const missing = named.filter((f) => !existsSync(join(extDir, f.replace(/^\//, ''))));
  if (missing.length) throw new Error(`The built extension's manifest (${extDir}) names files that are not in the build: ${missing.join(', ')}`);
  if (manifest.default_locale && !existsSync(join(extDir, '_locales', manifest.default_locale, 'messages.json')))
    throw new Error(`The manifest's default_locale ${manifest.default_locale} has no _locales/${manifest.default_locale}/messages.json in ${extDir}`);
}

export interface ExtensionCopyOptions {
  /** Extra script appended to the popup page (used only by the privacy detector's self-test). */
  popupCanary?: string;
  /** Extra code appended to the service worker (privacy detector self-test). */
  workerCanary?: string;
  /** Extra code appended to the script injected into the page (extract.js; privacy detector self-test). */
  injectedCanary?: string;
}

/**
 * A private copy of the built extension for one launch. The only change: host permission for
 * the test server (http://127.0.0.1/*). In real use `activeTab` is granted by the user's click on
 * the toolbar icon, which a headless browser cannot perform; the host permission stands in for
 * that grant so that `popup.html?tabId=N` can read tab N (and `tabs.query` shows its URL).
 * Pages on other origins (chrome://, the web store) stay as restricted as for a user.
 */
export function prepareExtension(opts: ExtensionCopyOptions = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'crisislens-ext-'));
  cpSync(extUnderTest(), dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = [...(manifest.host_permissions ?? []), 'http://127.0.0.1/*'];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  if (opts.popupCanary) {
    writeFileSync(join(dir, 'e2e-canary.js'), opts.popupCanary);
    const popupPath = join(dir, 'popup.html');
    const html = readFileSync(popupPath, 'utf8');
    writeFileSync(popupPath, html.replace('</head>', '<script src="/e2e-canary.js"></script></head>'));
  }
  if (opts.injectedCanary) {
    const injected = join(dir, 'extract.js');
    if (!existsSync(injected)) throw new Error('the build has no extract.js to add the canary to');
    writeFileSync(injected, readFileSync(injected, 'utf8') + '\n;' + opts.injectedCanary + '\n');
  }
  if (opts.workerCanary) {
    const bg = manifest.background?.service_worker;
    if (!bg) throw new Error('manifest has no background.service_worker to add the canary to');
    const bgPath = join(dir, bg);
    writeFileSync(bgPath, readFileSync(bgPath, 'utf8') + '\n;' + opts.workerCanary + '\n');
  }
  return dir;
}

/** One request seen by the browser's own instrumentation (pages, frames, service workers). */
export interface ObservedRequest {
  at: number;
  url: string;
  /** URL of the document or worker that sent it. */
  from: string;
  fromWorker: boolean;
  resourceType: string;
  isNavigation: boolean;
  /** Why it failed, when it did ('csp' = blocked by the page's CSP before reaching the network). */
  failure: () => string | null;
}

export interface LaunchOptions extends ExtensionCopyOptions {
  /** Browser UI language (drives chrome.i18n), e.g. 'fr'. */
  uiLang?: string;
  /** Share a server between launches (else one is started and stopped with the browser). */
  server?: TestServer;
  /** The system colour scheme the pages see (prefers-color-scheme). */
  colorScheme?: 'light' | 'dark';
}

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  server: TestServer;
  observed: ObservedRequest[];
  consoleErrors: { url: string; text: string }[];
  profileDir: string;
  downloadsDir: string;
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

export async function launch(opts: LaunchOptions = {}): Promise<Harness> {
  assertPrerequisites();
  const ownServer = !opts.server;
  const server = opts.server ?? (await startServer());
  const ext = prepareExtension(opts);
  const profileDir = mkdtempSync(join(tmpdir(), 'crisislens-profile-'));
  const downloadsDir = mkdtempSync(join(tmpdir(), 'crisislens-dl-'));
  const env: Record<string, string> = { ...(process.env as Record<string, string>) };
  if (opts.uiLang) {
    env.LANGUAGE = opts.uiLang;
    env.LANG = `${opts.uiLang}_${opts.uiLang === 'en' ? 'US' : opts.uiLang.toUpperCase()}.UTF-8`;
    delete env.LC_ALL;
  }
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        `--disable-extensions-except=${ext}`,
        `--load-extension=${ext}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-domain-reliability',
        '--no-pings',
        // Everything not for 127.0.0.1 goes to our recording proxy, which refuses it.
        `--proxy-server=http://127.0.0.1:${server.port}`,
        ...(opts.uiLang ? [`--lang=${opts.uiLang}`] : []),
      ],
      env,
      locale: opts.uiLang,
      colorScheme: opts.colorScheme ?? 'light',
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
      downloadsPath: downloadsDir,
      timeout: 60_000,
    });
  } catch (e) {
    if (ownServer) await server.close();
    throw new Error(`Could not start Chromium (${CHROMIUM}) with the extension from ${extUnderTest()}: ${(e as Error).message}`);
  }

  const observed: ObservedRequest[] = [];
  const consoleErrors: { url: string; text: string }[] = [];
  context.on('request', (r) => {
    let from = '';
    let fromWorker = false;
    const sw = r.serviceWorker();
    if (sw) {
      from = sw.url();
      fromWorker = true;
    } else {
      try {
        from = r.frame().url();
      } catch {
        from = '?';
      }
    }
    observed.push({
      at: Date.now(), url: r.url(), from, fromWorker, resourceType: r.resourceType(), isNavigation: r.isNavigationRequest(),
      failure: () => r.failure()?.errorText ?? null,
    });
  });
  const watchPage = (p: Page) => {
    p.on('console', (m) => {
      if (m.type() === 'error') {
        const where = m.location()?.url;
        consoleErrors.push({ url: p.url(), text: m.text() + (where && where !== p.url() ? ` (${where})` : '') });
      }
    });
    p.on('pageerror', (err) => consoleErrors.push({ url: p.url(), text: `uncaught: ${err.message}` }));
    p.on('websocket', (ws) => observed.push({ at: Date.now(), url: ws.url(), from: p.url(), fromWorker: false, resourceType: 'websocket', isNavigation: false, failure: () => null }));
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);

  let worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (!worker) {
    try {
      worker = await context.waitForEvent('serviceworker', { timeout: 20_000, predicate: (w) => w.url().startsWith('chrome-extension://') });
    } catch {
      await context.close();
      if (ownServer) await server.close();
      throw new Error(`The extension's service worker did not start within 20 s: is ${extUnderTest()} a valid MV3 build?`);
    }
  }
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    worker,
    extensionId,
    server,
    observed,
    consoleErrors,
    profileDir,
    downloadsDir,
    extensionUrl: (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async close() {
      await context.close().catch(() => undefined);
      if (ownServer) await server.close();
      for (const d of [ext, profileDir, downloadsDir]) rmSync(d, { recursive: true, force: true });
    },
  };
}

interface TabInfo {
  id?: number;
  url?: string;
  pendingUrl?: string;
}

async function listTabs(h: Harness): Promise<TabInfo[]> {
  return h.worker.evaluate(() => (globalThis as any).chrome.tabs.query({}));
}

/** Opens `url` in a new tab and returns the page with its Chrome tab id. */
export async function openTab(h: Harness, url: string): Promise<{ page: Page; tabId: number }> {
  const before = new Set((await listTabs(h)).map((t) => t.id));
  const page = await h.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  } catch (e) {
    // chrome:// pages and the like may not report "load" the usual way; the tab is there anyway.
    if (!/^chrome|^about/.test(url)) throw new Error(`Could not load ${url}: ${(e as Error).message}`);
  }
  const tabs = await listTabs(h);
  const fresh = tabs.filter((t) => !before.has(t.id));
  const byUrl = tabs.filter((t) => t.url === page.url());
  const hit = fresh.length === 1 ? fresh[0] : byUrl.length === 1 ? byUrl[0] : fresh.find((t) => t.url === page.url());
  if (hit?.id === undefined) throw new Error(`Could not find the tab id of ${url} (tabs: ${JSON.stringify(tabs)})`);
  return { page, tabId: hit.id };
}

export interface PopupResult {
  page: Page;
  status: FinalState;
  /** ms from the popup's navigation start to the final status (measured in the page). */
  latencyMs: number;
  /** ms from navigation start at which each status value first appeared (e.g. loading, ready). */
  phases: Record<string, number>;
}

/** Records, inside the popup, when [data-testid=status] takes each value (performance.now()). */
const STATUS_PROBE = () => {
  const w = window as any;
  w.__e2eStatusAt = {};
  const check = () => {
    const el = document.querySelector('[data-testid="status"]');
    const s = el?.textContent?.trim();
    if (s && w.__e2eStatusAt[s] === undefined) w.__e2eStatusAt[s] = performance.now();
    // The loading phases' messages ("reading the page", "analysing"), when the UI shows them.
    const m = document.querySelector('[data-testid="state-message"]')?.textContent?.trim();
    if (m && w.__e2eStatusAt[`message: ${m}`] === undefined) w.__e2eStatusAt[`message: ${m}`] = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
};

export async function statusOf(page: Page): Promise<string> {
  return ((await page.locator('[data-testid="status"]').first().textContent({ timeout: 2_000 }).catch(() => null)) ?? '<no status element>').trim();
}

/** Opens popup.html?tabId=N as a tab and waits for a final status. */
export async function openPopup(h: Harness, tabId: number | null, timeoutMs = 20_000): Promise<PopupResult> {
  const page = await h.context.newPage();
  await page.addInitScript(STATUS_PROBE);
  const t0 = Date.now();
  await page.goto(h.extensionUrl(tabId === null ? 'popup.html' : `popup.html?tabId=${tabId}`));
  try {
    await page.waitForFunction(
      (finals) => finals.includes(document.querySelector('[data-testid="status"]')?.textContent?.trim() ?? ''),
      [...FINAL_STATES] as string[],
      { timeout: timeoutMs, polling: 10 },
    );
  } catch {
    const errs = h.consoleErrors.filter((e) => e.url.startsWith('chrome-extension://')).map((e) => e.text);
    throw new Error(
      `popup.html?tabId=${tabId} did not reach ${FINAL_STATES.join('/')} within ${timeoutMs} ms; ` +
        `[data-testid=status] is "${await statusOf(page)}". Extension console errors: ${JSON.stringify(errs.slice(-5))}`,
    );
  }
  const wall = Date.now() - t0;
  const status = (await statusOf(page)) as FinalState;
  const phases = (await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return { ...((window as any).__e2eStatusAt ?? {}), domContentLoaded: nav?.domContentLoadedEventEnd ?? NaN };
  })) as Record<string, number>;
  const measured = phases[status];
  return { page, status, latencyMs: typeof measured === 'number' ? measured : wall, phases };
}

/** Texts of the `li` items of a contract list ([data-testid=NAME] li). */
export async function listItems(page: Page, testid: string): Promise<string[]> {
  return page.locator(`[data-testid="${testid}"] li`).allTextContents();
}

export function ensureDir(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const file = join(ensureDir(SCREENSHOT_DIR), `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

// ---------------------------------------------------------------------------------------------
// Privacy
// ---------------------------------------------------------------------------------------------

const LOCAL_SCHEMES = ['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'devtools:'];

export interface PrivacyViolation {
  rule: string;
  detail: string;
}

/**
 * Every request during a launch, judged:
 * (a) a request from an extension context (its pages, service worker) to anything but its own
 *     packaged files: violation;
 * (b) a request from a web page to another host than the test server that the page's CSP did
 *     not block (pages are served with a CSP allowing only the test server; content scripts of an
 *     extension are not bound by it): violation;
 * (c) a request reaching the test server whose Origin/Referer is an extension: violation;
 * (d) a request the proxy saw for another host: violation, except Chromium's own background
 *     hosts and CONNECTs (preconnect hints, no request sent) to hosts named in a served page.
 */
export function privacyViolations(h: Harness): PrivacyViolation[] {
  const out: PrivacyViolation[] = [];
  const isExt = (u: string) => u.startsWith('chrome-extension://');
  for (const r of h.observed) {
    const scheme = r.url.slice(0, r.url.indexOf(':') + 1);
    if (isExt(r.from) && !LOCAL_SCHEMES.includes(scheme)) {
      out.push({ rule: 'a: request from the extension', detail: `${r.url} (from ${r.from}${r.fromWorker ? ', service worker' : ''}, ${r.resourceType})` });
    } else if (!isExt(r.from) && /^(https?|wss?|ftp):/.test(scheme) && !r.url.startsWith(h.server.origin + '/') && r.failure() !== 'csp') {
      out.push({ rule: 'b: page request to another host', detail: `${r.url} (from ${r.from}, ${r.resourceType})` });
    }
  }
  for (const s of h.server.served) {
    if ((s.origin && isExt(s.origin)) || (s.referer && isExt(s.referer))) {
      out.push({ rule: 'c: extension request to the test server', detail: `${s.method} ${s.url} (origin ${s.origin}, referer ${s.referer})` });
    }
  }
  for (const x of h.server.external) {
    const preconnect = x.kind === 'connect' && h.server.pageHosts.has(x.host.toLowerCase());
    if (!BROWSER_BACKGROUND_HOSTS.includes(x.host) && !preconnect) {
      out.push({ rule: 'd: network request to another host', detail: `${x.kind} ${x.method} ${x.target}` });
    }
  }
  return out;
}

/** Appends this launch's requests to test-results/e2e-requests.jsonl (for the report). */
export function writeRequestLog(h: Harness, label: string): string {
  const file = join(ensureDir(OUT_DIR), 'e2e-requests.jsonl');
  const line = JSON.stringify({
    label,
    observed: h.observed.filter((r) => !r.url.startsWith('chrome-extension://')).map((r) => ({ url: r.url, from: r.from, type: r.resourceType })),
    external: h.server.external.map((x) => `${x.kind} ${x.target}`),
    violations: privacyViolations(h),
  });
  writeFileSync(file, line + '\n', { flag: 'a' });
  const fromExt = h.observed.filter((r) => r.from.startsWith('chrome-extension://') && !LOCAL_SCHEMES.includes(r.url.slice(0, r.url.indexOf(':') + 1))).length;
  const hosts = [...new Set(h.server.external.map((x) => x.host))];
  console.log(
    `[e2e] privacy (${label}): ${h.observed.length} requests seen by the browser, ${fromExt} from the extension to the network; ` +
      `${h.server.served.length} served by the test server; the proxy refused ${h.server.external.length} for other hosts (${hosts.join(', ') || 'none'}); ` +
      `violations: ${privacyViolations(h).length}`,
  );
  return file;
}

// ---------------------------------------------------------------------------------------------
// Matching (rules of ../shared/fixtures/README.md)
// ---------------------------------------------------------------------------------------------

export const norm = (s: string): string => normFixture(s);

/** True when one of the item texts contains one of the names (normalised). */
export function someItemContains(items: string[], names: string[]): boolean {
  const ns = names.map(norm).filter(Boolean);
  return items.some((it) => {
    const t = norm(it);
    return ns.some((n) => t.includes(n));
  });
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

// ---------------------------------------------------------------------------------------------
// Accessibility (axe-core, injected through the DevTools protocol: the extension CSP forbids
// inline scripts, and this way nothing is added to the extension)
// ---------------------------------------------------------------------------------------------

const AXE_SOURCE = () => readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core (WCAG 2.x A/AA rules + best practices) on the page; returns every violation. */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  await page.evaluate(AXE_SOURCE());
  return page.evaluate(async () => {
    const axe = (window as any).axe;
    const res = await axe.run(document, { resultTypes: ['violations'] });
    return res.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n: any) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1, 2).join(' ')}`),
    }));
  });
}
