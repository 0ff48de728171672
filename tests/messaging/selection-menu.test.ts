import { describe, expect, it } from 'vitest';
import {
  HANDOFF_MAX_AGE_MS, HANDOFF_MAX_CHARS, MENU_ACTION, MENU_SELECTION, handoffArticle, handoffFor, handoffKey, menuDefinitions, parsePopupParams, popupPathFor, readHandoff,
} from '../../src/messaging/selection-menu';

describe('the "Analyse selection" menu', () => {
  it('an entry on selected text and one on the toolbar icon, named per manifest version', () => {
    expect(menuDefinitions('Analyse selection with CrisisLens', 3)).toEqual([
      { id: MENU_SELECTION, title: 'Analyse selection with CrisisLens', contexts: ['selection'] },
      { id: MENU_ACTION, title: 'Analyse selection with CrisisLens', contexts: ['action'] },
    ]);
    expect(menuDefinitions('x', 2)[1].contexts).toEqual(['browser_action']);
    // No link entry: that would mean fetching a page (network).
    expect(menuDefinitions('x', 3).flatMap((d) => d.contexts)).not.toContain('link');
  });

  it('a click on our entry → a hand-off for that tab and frame; other menus and tab-less clicks → null', () => {
    const h = handoffFor({ menuItemId: MENU_SELECTION, selectionText: 'De Maas treedt buiten haar oevers.', pageUrl: 'https://nos.nl/a', frameId: 3 }, { id: 7, title: 'Hoogwater' }, 1000);
    expect(h).toEqual({ tabId: 7, frameId: 3, pageUrl: 'https://nos.nl/a', title: 'Hoogwater', text: 'De Maas treedt buiten haar oevers.', at: 1000 });
    expect(popupPathFor(h!)).toBe('/popup.html?tabId=7&mode=selection&frameId=3');
    expect(popupPathFor({ ...h!, frameId: 0 })).toBe('/popup.html?tabId=7&mode=selection');
    expect(handoffFor({ menuItemId: MENU_ACTION }, { id: 2, url: 'https://x.be/' }, 5)).toEqual({ tabId: 2, frameId: 0, pageUrl: 'https://x.be/', title: '', text: '', at: 5 });
    expect(handoffFor({ menuItemId: 'other' }, { id: 2 }, 5)).toBeNull();
    expect(handoffFor({ menuItemId: MENU_SELECTION }, undefined, 5)).toBeNull();
    expect(handoffFor({ menuItemId: MENU_SELECTION }, { id: -1 }, 5)).toBeNull();
    expect(handoffFor({ menuItemId: MENU_SELECTION, selectionText: 'a'.repeat(HANDOFF_MAX_CHARS + 10) }, { id: 1 }, 5)!.text).toHaveLength(HANDOFF_MAX_CHARS);
  });

  it('the popup reads its query: tabId, mode, frameId; garbage falls back', () => {
    expect(parsePopupParams('?tabId=7&mode=selection&frameId=3')).toEqual({ tabId: 7, mode: 'selection', frameId: 3 });
    expect(parsePopupParams('?tabId=12')).toEqual({ tabId: 12, mode: 'article', frameId: 0 });
    expect(parsePopupParams('?tabId=x&mode=evil&frameId=-1')).toEqual({ tabId: null, mode: 'article', frameId: 0 });
    expect(parsePopupParams('')).toEqual({ tabId: null, mode: 'article', frameId: 0 });
  });

  it('a stored hand-off is used only for its tab and while recent; its shape is checked', () => {
    const h = { tabId: 7, frameId: 0, pageUrl: 'https://nos.nl/a', title: 'T', text: 'tekst', at: 1_000_000 };
    expect(handoffKey(7)).toBe('crisislens.selection.7');
    expect(readHandoff(h, 7, 1_000_500)).toEqual(h);
    expect(readHandoff(h, 8, 1_000_500)).toBeNull();
    expect(readHandoff(h, 7, 1_000_000 + HANDOFF_MAX_AGE_MS + 1)).toBeNull();
    expect(readHandoff({ ...h, text: 5 }, 7, 1_000_500)).toBeNull();
    expect(readHandoff('nope', 7, 1)).toBeNull();
    expect(readHandoff({ ...h, pageUrl: { evil: 1 }, frameId: 'x' }, 7, 1_000_500)).toEqual({ ...h, pageUrl: '' });
    expect(readHandoff({ ...h, title: undefined }, 7, 1_000_500)!.title).toBe('');
  });

  it('the passed text as an article: paragraphs from its lines, invisible characters dropped, flagged as a selection', () => {
    const base = { tabId: 1, frameId: 0, pageUrl: 'https://nos.nl/a.pdf', title: '', at: 0 };
    const a = handoffArticle({ ...base, text: '  Hoogwater in Limburg\r\n\r\nDe Maas\u200b treedt   buiten haar oevers bij Eijsden.\n' })!;
    expect(a.text).toBe('Hoogwater in Limburg\n\nDe Maas treedt buiten haar oevers bij Eijsden.');
    expect(a.title).toBe('Hoogwater in Limburg');
    expect(a).toMatchObject({ url: 'https://nos.nl/a.pdf', fromSelection: true, links: [], lang: null, published: null });
    expect(handoffArticle({ ...base, title: '  Rapport  NCCN ', text: 'x'.repeat(30) })!.title).toBe('Rapport NCCN');
    expect(handoffArticle({ ...base, text: 'te kort' })).toBeNull();
  });
});
