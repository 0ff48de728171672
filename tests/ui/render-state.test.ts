import { describe, expect, it } from 'vitest';
import { highlightContext, isExtractResponse } from '../../src/messaging/protocol';

describe('page protocol', () => {
  it('accepts only well-formed extraction results from the page', () => {
    expect(isExtractResponse({ ok: true, article: { text: 'x' } })).toBe(true);
    expect(isExtractResponse({ ok: false, reason: 'no-article', message: 'm' })).toBe(true);
    for (const bad of [null, undefined, 'ok', 42, {}, { ok: true }, { ok: true, article: { text: 7 } }, { ok: 'yes' }]) {
      expect(isExtractResponse(bad), JSON.stringify(bad)).toBe(false);
    }
  });
  it('carries ~40 characters of context around a mention', () => {
    const text = 'a'.repeat(50) + 'NCCN' + 'b'.repeat(50);
    expect(highlightContext(text, 50, 54)).toEqual({ before: 'a'.repeat(40), after: 'b'.repeat(40) });
    expect(highlightContext('NCCN', 0, 4)).toEqual({ before: '', after: '' });
  });
});
