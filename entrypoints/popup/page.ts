/** The popup's side of the protocol (src/messaging/protocol.ts): inject page scripts into the tab. */
import { browser } from 'wxt/browser';
import {
  EXTRACT_SCRIPT,
  HIGHLIGHT_SCRIPT,
  isExtractResponse,
  type ExtractRequest,
  type ExtractResponse,
  type HighlightRequest,
  type HighlightResponse,
} from '../../src/messaging/protocol';

type Injection = Parameters<typeof browser.scripting.executeScript>[0];
/** The script paths exist only once the extraction entrypoints are built; typed loosely on purpose. */
const fileInjection = (tabId: number, file: string, frameId = 0) =>
  ({ target: frameId ? { tabId, frameIds: [frameId] } : { tabId }, files: [file] }) as unknown as Injection;

async function setGlobal(tabId: number, name: string, value: unknown, frameId = 0): Promise<void> {
  await browser.scripting.executeScript({
    target: frameId ? { tabId, frameIds: [frameId] } : { tabId },
    func: (key: string, json: string) => {
      (globalThis as Record<string, unknown>)[key] = JSON.parse(json);
    },
    args: [name, JSON.stringify(value)],
  });
}

/** Runs extract.js in the tab (in one frame of it when `frameId` is given: a selection made inside a frame, from the context menu). */
export async function extractFromTab(tabId: number, request: ExtractRequest, frameId = 0): Promise<ExtractResponse> {
  // 'article' is the script's default: skip the extra round trip to the tab for it.
  if (request.mode !== 'article') await setGlobal(tabId, '__crisislensExtract', request, frameId);
  const [first] = await browser.scripting.executeScript(fileInjection(tabId, EXTRACT_SCRIPT, frameId));
  const result: unknown = first?.result;
  if (!isExtractResponse(result)) throw new Error('The page returned no result.');
  return result;
}

export async function highlightInTab(tabId: number, request: HighlightRequest): Promise<HighlightResponse> {
  await setGlobal(tabId, '__crisislensHighlight', request);
  const [first] = await browser.scripting.executeScript(fileInjection(tabId, HIGHLIGHT_SCRIPT));
  const result = first?.result as { ok?: unknown; reason?: unknown } | undefined;
  if (!result || result.ok !== true) return { ok: false, ...(result?.reason === 'page-changed' ? { reason: 'page-changed' as const } : {}) };
  return { ok: true };
}

/**
 * The page's declared language (<html lang>, else Content-Language), read by a one-line injection
 * that the tab answers before it runs the extraction script: the popup uses it to build that
 * language's NLP data while the page is being read. '' when the page declares none.
 */
export async function pageLanguage(tabId: number): Promise<string> {
  const [first] = await browser.scripting.executeScript({
    target: { tabId },
    func: () =>
      document.documentElement?.getAttribute('lang') ||
      document.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ||
      '',
  });
  return typeof first?.result === 'string' ? first.result.slice(0, 35) : '';
}
