/**
 * Extraction on ../shared: the four fixture pages (title, lang, published, links from
 * fixtures/expected) and a sweep over Readability's 124 test pages (data/pages). Skipped,
 * with a clear message, when ../shared is absent (a user's clone).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../src/cli/load-html';
import { extractArticle } from '../../src/extract/extract-article';
import { normFixture } from '../helpers/fixture-match';
import { HAS_SHARED, SHARED_SKIP_REASON, sharedPath } from '../helpers/shared';

const norm = normFixture;

describe.skipIf(!HAS_SHARED)('shared fixtures: title, lang, published, links', () => {
  if (!HAS_SHARED) it.skip(SHARED_SKIP_REASON, () => {});
  for (const lang of ['nl', 'fr', 'de', 'en']) {
    it(`${lang}-benelux-resilience`, () => {
      const exp = JSON.parse(readFileSync(sharedPath('fixtures', 'expected', `${lang}-benelux-resilience.json`), 'utf8'));
      const html = readFileSync(sharedPath('fixtures', 'pages', `${lang}-benelux-resilience.html`), 'utf8');
      const r = extractArticle(loadHtml(html, exp.url), { url: exp.url });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(norm(r.article.title)).toBe(norm(exp.title));
      expect(r.article.lang).toBe(exp.lang);
      expect(r.article.published).toBe(exp.published);
      const hrefs = r.article.links.map((l) => l.href);
      for (const u of exp.links ?? []) expect(hrefs).toContain(u);
    });
  }
});

describe.skipIf(!HAS_SHARED)('shared data/pages sweep (Readability test pages)', () => {
  it('never throws; never rejects a page Readability calls readerable; reports metadata agreement', () => {
    const dir = sharedPath('data', 'pages');
    const names = readdirSync(dir).filter((n) => existsSync(join(dir, n, 'source.html'))).sort();
    expect(names.length).toBeGreaterThan(100);
    const stats = { pages: 0, rejected: 0, title: [0, 0], byline: [0, 0], published: [0, 0], publishedExtra: 0 };
    const wrongRejects: string[] = [];
    for (const n of names) {
      const html = readFileSync(join(dir, n, 'source.html'), 'utf8');
      const expPath = join(dir, n, 'expected-metadata.json');
      const exp = existsSync(expPath) ? JSON.parse(readFileSync(expPath, 'utf8')) : {};
      const url = `http://fakehost/test/${n}/`;
      stats.pages++;
      const r = extractArticle(loadHtml(html, url), { url }); // must not throw
      if (!r.ok) {
        stats.rejected++;
        expect(r.message.length).toBeGreaterThan(10);
        if (exp.readerable) wrongRejects.push(n);
        continue;
      }
      const a = r.article;
      expect(typeof a.text).toBe('string');
      for (const l of a.links) expect(l.href).toMatch(/^https?:\/\//);
      if (exp.title) (stats.title[1]++, norm(a.title) === norm(exp.title) && stats.title[0]++);
      if (exp.byline) (stats.byline[1]++, norm(a.byline) === norm(exp.byline).replace(/^by /, '') && stats.byline[0]++);
      if (exp.publishedTime) (stats.published[1]++, a.published === String(exp.publishedTime).slice(0, 10) && stats.published[0]++);
      else if (a.published) stats.publishedExtra++;
    }
    console.log(
      `[extract sweep] pages ${stats.pages}, no-article ${stats.rejected}; agree with Readability's expected metadata: ` +
        `title ${stats.title[0]}/${stats.title[1]}, byline ${stats.byline[0]}/${stats.byline[1]}, published ${stats.published[0]}/${stats.published[1]}; ` +
        `published found where Readability has none: ${stats.publishedExtra}`,
    );
    expect(wrongRejects).toEqual([]);
    // Readability's own publishedTime is right wherever it has one: we must agree on (nearly) all.
    expect(stats.published[0]).toBeGreaterThanOrEqual(stats.published[1] - 1);
  }, 120_000);
});
