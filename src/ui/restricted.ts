/**
 * Which pages the browser will not let an extension read, decided from the URL before
 * injecting (so the user gets a clear message and the console stays clean), and from the
 * error message when injection fails anyway.
 */
export type RestrictedReason = 'browser' | 'store' | 'pdf' | 'file' | 'other';

const BROWSER_SCHEMES = new Set([
  'chrome:', 'chrome-extension:', 'chrome-search:', 'chrome-untrusted:', 'devtools:', 'edge:', 'extension:',
  'brave:', 'opera:', 'vivaldi:', 'about:', 'moz-extension:', 'resource:', 'view-source:', 'data:', 'blob:',
  'javascript:', 'filesystem:', 'wss:', 'ws:', 'ftp:',
]);

/** Hosts whose pages no extension may script (Chrome/Edge/Firefox add-on stores). */
const STORE_PAGES: { host: string; path?: RegExp }[] = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: /^\/webstore/ },
  { host: 'microsoftedge.microsoft.com', path: /^\/addons/ },
  { host: 'addons.mozilla.org' },
  { host: 'addons.opera.com' },
];

export interface RestrictedOptions {
  /** Whether the user allowed file:// access (chrome: extension.isAllowedFileSchemeAccess()). Unknown = try. */
  fileAccess?: boolean;
}

/** Why this URL cannot be read, or null when injection may be tried. `undefined` URL (not visible to us) → null. */
export function restrictedReason(url: string | undefined | null, opts: RestrictedOptions = {}): RestrictedReason | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'other';
  }
  const scheme = parsed.protocol.toLowerCase();
  if (scheme === 'file:') {
    if (opts.fileAccess === false) return 'file';
    return /\.pdf$/i.test(parsed.pathname) ? 'pdf' : null;
  }
  if (BROWSER_SCHEMES.has(scheme)) {
    // The PDF viewer runs as an extension page in Chromium and as pdf.js (resource:) in Firefox.
    if (scheme === 'chrome-extension:' && parsed.hostname === 'mhjfbmdgcfjbbpaeojofohoefgiehjai') return 'pdf';
    return 'browser';
  }
  if (scheme !== 'http:' && scheme !== 'https:') return 'other';
  const host = parsed.hostname.toLowerCase();
  for (const store of STORE_PAGES) {
    if (host === store.host && (!store.path || store.path.test(parsed.pathname))) return 'store';
  }
  if (/\.pdf$/i.test(parsed.pathname)) return 'pdf';
  return null;
}

/** Classifies an injection error (executeScript rejected) into a restricted reason, or null for other errors. */
export function restrictedFromError(message: string, url?: string | null): RestrictedReason | null {
  const m = message.toLowerCase();
  // Without the "tabs" permission the popup may not see the tab's URL; the error often names it.
  // ("Could not load file: '/extract.js'" names no URL: file needs its "//".)
  const named = /\b((?:(?:chrome|edge|about|view-source|devtools|chrome-extension|moz-extension|data):|file:\/\/)[^\s"'<>]*)/i.exec(message)?.[1];
  const namedScheme = named ? named.slice(0, named.indexOf(':') + 1).toLowerCase() : '';
  // By scheme: browsers differ on whether a bare "chrome://" even parses as a URL.
  const fromNamed: RestrictedReason | null = !named
    ? null
    : namedScheme === 'file:'
      ? 'file'
      : named.toLowerCase().includes('mhjfbmdgcfjbbpaeojofohoefgiehjai')
        ? 'pdf'
        : BROWSER_SCHEMES.has(namedScheme)
          ? 'browser'
          : null;
  const fromUrl = restrictedReason(url) ?? fromNamed;
  if (/file:\/\/|file url|file scheme|allow access to file/.test(m)) return 'file';
  if (/gallery|web ?store|extensions gallery/.test(m)) return 'store';
  if (/pdf/.test(m)) return 'pdf';
  if (
    /cannot access|cannot be scripted|missing host permission|cannot script|permission|not allowed|restricted|chrome:\/\/|about:|extensions::|frame with id|error page|showing error page/.test(
      m,
    )
  ) {
    if (url && url.startsWith('file:')) return 'file';
    return fromUrl ?? 'other';
  }
  return null;
}
