/**
 * The e2e test server, on 127.0.0.1 (random port). Two jobs:
 *
 * 1. Serve the test pages: `/own/NAME` (tests/e2e/pages/), `/fixtures/NAME` (../shared fixtures),
 *    `/real/NAME/` (../shared/data/pages/NAME/source.html). Every page is served with a CSP that
 *    forbids the page itself from loading anything that is not on this server, so a request to
 *    any other host during the run can only come from the browser or the extension.
 * 2. Act as the browser's HTTP(S) proxy (`--proxy-server`): every request the browser makes to
 *    any host other than this server reaches us as an absolute-URI request, a CONNECT or an
 *    upgrade. Those are recorded and refused (nothing leaves the machine).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo, Socket } from 'node:net';
import { HAS_SHARED, sharedPath } from '../helpers/shared';

export const OWN_PAGES_DIR = resolve(__dirname, 'pages');

export interface ServedRequest {
  at: number;
  method: string;
  url: string;
  origin?: string;
  referer?: string;
  secFetchSite?: string;
  secFetchDest?: string;
  userAgent?: string;
}

export interface ExternalRequest {
  at: number;
  kind: 'http' | 'connect' | 'upgrade';
  method: string;
  target: string;
  host: string;
}

export interface TestServer {
  origin: string;
  port: number;
  /** Requests served to pages (URLs on this server). */
  served: ServedRequest[];
  /** Requests the browser tried to send elsewhere (through the proxy): all refused. */
  external: ExternalRequest[];
  /** Hosts named in the HTML of the pages served (a page's own preconnect hints reach the proxy as CONNECTs). */
  pageHosts: Set<string>;
  url(path: string): string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

/** The page may load only from this server; scripts of the page itself are allowed (hostile page test). */
const PAGE_CSP = "default-src 'self' 'unsafe-inline' data: blob:; connect-src 'self'";

function resolveUnder(root: string, rel: string): string | null {
  const full = normalize(join(root, decodeURIComponent(rel)));
  if (!full.startsWith(root)) return null;
  return full;
}

/** Generated stress pages (issue 7): a ~10 MB article and a 5,000-level nested DOM. */
function generated(pathname: string): string | null {
  const para = (i: number) =>
    `<p>Paragraph ${i}: the National Crisis Centre (NCCN) and the Benelux General Secretariat met in Brussels on ${1 + (i % 28)} June 2024 ` +
    `to discuss the Benelux police treaty of October 2023 with Leen Depuyt, acting director of the NCCN, and experts from Rotterdam and Antwerp. ` +
    `They agreed to review the results of exercise number ${i} before the end of the year.</p>`;
  if (pathname === '/gen/huge.html') {
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 10 * 1024 * 1024; i++) {
      const p = para(i);
      parts.push(p);
      size += p.length;
    }
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A very long report on crisis cooperation</title></head><body><article><h1>A very long report on crisis cooperation</h1>${parts.join('\n')}</article></body></html>`;
  }
  if (pathname === '/gen/deep.html') {
    const depth = 5000;
    const paras = Array.from({ length: 12 }, (_, i) => para(i)).join('');
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A deeply nested page</title></head><body>${'<div>'.repeat(depth)}<article><h1>A deeply nested page</h1>${paras}</article>${'</div>'.repeat(depth)}</body></html>`;
  }
  return null;
}

function fileFor(pathname: string): string | null {
  let m: RegExpMatchArray | null;
  if ((m = pathname.match(/^\/own\/(.+)$/))) return resolveUnder(OWN_PAGES_DIR, m[1]);
  if (!HAS_SHARED) return null;
  if ((m = pathname.match(/^\/fixtures\/(.+)$/))) return resolveUnder(sharedPath('fixtures', 'pages'), m[1]);
  if ((m = pathname.match(/^\/real\/([^/]+)\/?$/))) return resolveUnder(sharedPath('data', 'pages'), join(m[1], 'source.html'));
  return null;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v.join(', ') : v;
}

export async function startServer(): Promise<TestServer> {
  const served: ServedRequest[] = [];
  const external: ExternalRequest[] = [];
  const pageHosts = new Set<string>();
  let port = 0;

  const server: Server = createServer((req, res) => {
    const rawUrl = req.url ?? '/';
    // Absolute URI = a proxied request for some other host.
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(rawUrl)) {
      let host = '';
      try {
        host = new URL(rawUrl).host;
      } catch {
        host = '?';
      }
      if (host !== `127.0.0.1:${port}`) {
        external.push({ at: Date.now(), kind: 'http', method: req.method ?? '?', target: rawUrl, host });
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end('blocked by the CrisisLens e2e privacy proxy');
        return;
      }
    }
    const url = new URL(rawUrl, `http://127.0.0.1:${port}`);
    served.push({
      at: Date.now(),
      method: req.method ?? '?',
      url: url.href,
      origin: header(req, 'origin'),
      referer: header(req, 'referer'),
      secFetchSite: header(req, 'sec-fetch-site'),
      secFetchDest: header(req, 'sec-fetch-dest'),
      userAgent: header(req, 'user-agent'),
    });
    const gen = generated(url.pathname);
    if (gen !== null) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': PAGE_CSP, 'cache-control': 'no-store' });
      res.end(gen);
      return;
    }
    const file = fileFor(url.pathname);
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': PAGE_CSP });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': PAGE_CSP,
      'cache-control': 'no-store',
    });
    const body = readFileSync(file);
    if (file.endsWith('.html')) {
      for (const m of body.toString('utf8').matchAll(/(?:https?:)?\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi)) {
        pageHosts.add(m[1].toLowerCase());
        pageHosts.add(`${m[1].toLowerCase()}:443`);
      }
    }
    res.end(body);
  });

  const refuse = (kind: ExternalRequest['kind']) => (req: IncomingMessage, socket: Socket) => {
    const target = req.url ?? '?';
    let host = target;
    try {
      host = kind === 'connect' ? target : new URL(target, 'http://x').host;
    } catch {
      /* keep raw */
    }
    external.push({ at: Date.now(), kind, method: req.method ?? '?', target, host });
    socket.destroy();
  };
  server.on('connect', refuse('connect'));
  server.on('upgrade', refuse('upgrade'));

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    served,
    external,
    pageHosts,
    url: (path: string) => origin + (path.startsWith('/') ? path : `/${path}`),
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}
