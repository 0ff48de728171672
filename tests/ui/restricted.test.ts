import { describe, expect, it } from 'vitest';
import { restrictedFromError, restrictedReason } from '../../src/ui/restricted';

describe('restrictedReason (checked before injecting)', () => {
  it.each([
    ['chrome://extensions/', 'browser'],
    ['chrome://newtab/', 'browser'],
    ['edge://settings', 'browser'],
    ['about:blank', 'browser'],
    ['about:addons', 'browser'],
    ['view-source:https://example.com/', 'browser'],
    ['devtools://devtools/bundled/inspector.html', 'browser'],
    ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html', 'browser'],
    ['moz-extension://1234/popup.html', 'browser'],
    ['data:text/html,<p>x</p>', 'browser'],
    ['https://chromewebstore.google.com/detail/x/abc', 'store'],
    ['https://chrome.google.com/webstore/detail/abc', 'store'],
    ['https://microsoftedge.microsoft.com/addons/detail/abc', 'store'],
    ['https://addons.mozilla.org/en-US/firefox/addon/x/', 'store'],
    ['https://example.org/report.pdf', 'pdf'],
    ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', 'pdf'],
    ['not a url', 'other'],
  ])('%s → %s', (url, reason) => {
    expect(restrictedReason(url)).toBe(reason);
  });

  it('lets ordinary pages through, including chrome.google.com outside the store', () => {
    for (const url of [
      'https://www.vrt.be/vrtnws/nl/2024/06/04/crisis/',
      'http://lesoir.be/article',
      'https://chrome.google.com/intl/en/chrome/',
      'https://example.org/pdf-guide.html',
      undefined,
      null,
      '',
    ]) {
      expect(restrictedReason(url as string)).toBeNull();
    }
  });

  it('file:// depends on the user allowing file access', () => {
    expect(restrictedReason('file:///home/me/article.html', { fileAccess: false })).toBe('file');
    expect(restrictedReason('file:///home/me/article.html', { fileAccess: true })).toBeNull();
    expect(restrictedReason('file:///home/me/article.html')).toBeNull();
  });
});

describe('restrictedFromError (injection failed anyway)', () => {
  it('classifies the browsers’ messages', () => {
    expect(restrictedFromError('Cannot access a chrome:// URL', 'chrome://settings')).toBe('browser');
    expect(restrictedFromError('The extensions gallery cannot be scripted.', 'https://chromewebstore.google.com/')).toBe('store');
    expect(restrictedFromError('Cannot access contents of url "file:///x.html". Extension manifest must request permission to access this host.', 'file:///x.html')).toBe('file');
    expect(restrictedFromError('Cannot access contents of the page. Extension manifest must request permission to access the respective host.', 'https://news.example/')).toBe('other');
    expect(restrictedFromError('Missing host permission for the tab', undefined)).toBe('other');
    expect(restrictedFromError('Frame with ID 0 is showing error page', 'https://down.example/')).toBe('other');
  });
  it('uses the URL named in the error when the tab URL is not visible', () => {
    expect(restrictedFromError('Cannot access a chrome:// URL', undefined)).toBe('browser');
    expect(restrictedFromError('Cannot access contents of url "about:blank". Extension manifest must request permission to access this host.', undefined)).toBe('browser');
    expect(restrictedFromError('Cannot access contents of url "file:///tmp/a.html". Extension manifest must request permission to access this host.', undefined)).toBe('file');
  });
  it('leaves other errors alone', () => {
    expect(restrictedFromError('No tab with id: 42.', undefined)).toBeNull();
    expect(restrictedFromError('Unexpected token', 'https://x.example/')).toBeNull();
    // A broken build (missing injected script) is an error of ours, not a file:// restriction.
    expect(restrictedFromError("Could not load file: '/extract.js'.", 'https://news.example/')).toBeNull();
  });
});
