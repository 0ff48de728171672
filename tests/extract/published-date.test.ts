/**
 * The publication-date finder, one signal at a time, on HTML written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../src/cli/load-html';
import { extractArticle, pageMeta } from '../../src/extract/extract-article';
import { bestPageDate } from '../../src/extract/published-date';
import { pageDates } from '../../src/extract/page-dates';
import { toLocalDay, zoneOffset } from '../../src/extract/date-zone';
import { parseStamp } from '../../src/extract/date-text';

const URL_ = 'https://news.example.org/story';
const page = (head: string, body: string, url = URL_) => loadHtml(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`, url);
const pub = (head: string, body: string, url = URL_) => {
  const m = pageMeta(page(head, body, url), url);
  return m.published;
};
const para = '<p>' + 'Running text of the article, long enough to be a paragraph of prose. '.repeat(6) + '</p>';

describe('metadata', () => {
  it('reads JSON-LD datePublished, and JSON-LD too broken to parse', () => {
    expect(pub('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-03-04T10:00:00+01:00"}</script>', para)).toBe('2021-03-04');
    // trailing comma and a raw line break: JSON.parse refuses it, the date is still there
    const broken = '<script type="application/ld+json">{"@type":"NewsArticle",\n"headline":"A\nB","datePublished":"2021-03-05T10:00:00+01:00",}</script>';
    expect(pub(broken, para)).toBe('2021-03-05');
  });

  it('ranks the published date over the modified one', () => {
    const head = '<meta property="article:modified_time" content="2022-02-09T10:00:00+01:00"><meta property="article:published_time" content="2022-02-01T10:00:00+01:00">';
    expect(pub(head, para)).toBe('2022-02-01');
  });

  it('reads itemprop=datePublished anywhere in the page, not inside a <template>', () => {
    const body = `<template><span itemprop="datePublished">2019-01-01</span></template><div><div><p>Intro</p><span itemprop="author name">Jane</span> <span itemprop="datePublished dateCreated" content="2021-06-07">7 June</span></div></div>${para}`;
    expect(pub('', body)).toBe('2021-06-07');
  });

  it('falls back to a modification date when the page has no other', () => {
    expect(pub('<meta property="article:modified_time" content="2022-02-09T10:00:00+01:00">', para)).toBe('2022-02-09');
  });
});

describe('UTC timestamps in the publisher\'s local day', () => {
  const utc = '<meta property="article:published_time" content="2023-11-09T03:28:35Z">';
  it('keeps the UTC day when the page says nothing', () => {
    expect(pub(utc, `<h1>Headline of the story</h1>${para}`, 'https://example.com/story')).toBe('2023-11-09');
  });
  it('uses the offset of another timestamp of the page', () => {
    expect(pub(utc + '<meta property="article:modified_time" content="2023-11-08T23:55:00-05:00">', para, 'https://example.com/story')).toBe('2023-11-08');
  });
  it('uses a time-zone name or a WordPress tz setting in the page\'s scripts', () => {
    expect(pub(utc + '<script>var cfg = {"timezone":{"short":"ET","long":"America/New_York"}};</script>', para, 'https://example.com/x')).toBe('2023-11-08');
    expect(pub(utc + "<script>_stq.push(['view', {blog:'1',tz:'-7',post:'5'}]);</script>", para, 'https://example.com/x')).toBe('2023-11-08');
  });
  it('uses a country domain with one time zone', () => {
    const h = '<meta property="article:published_time" content="2021-11-04T23:00Z">';
    expect(pub(h, para, 'https://www.example.de/bericht')).toBe('2021-11-05');
    expect(pub(h, para, 'https://www.example.com/report')).toBe('2021-11-04');
  });
  it('takes a URL date one plausible day off, not an implausible one', () => {
    expect(pub(utc, para, 'https://example.com/2023/11/08/story/')).toBe('2023-11-08');
    // 10:04 UTC cannot be the previous day anywhere people publish news
    const late = '<meta property="article:published_time" content="2020-07-09T10:04:04Z">';
    expect(pub(late, para, 'https://example.com/2020/07/08/story/')).toBe('2020-07-09');
  });
  it('zoneOffset and toLocalDay', () => {
    expect(zoneOffset('Europe/Brussels', Date.UTC(2024, 0, 15))).toBe(60);
    expect(zoneOffset('Europe/Brussels', Date.UTC(2024, 6, 15))).toBe(120);
    expect(zoneOffset('Not/AZone', 0)).toBeNull();
    const s = parseStamp('2020-12-05T23:15:0Z')!;
    expect(s).toEqual({ date: '2020-12-05', time: 23 * 60 + 15, offset: 0 });
    expect(toLocalDay(s, { offset: () => 60, urlDate: () => null, near: () => null })).toBe('2020-12-06');
    expect(toLocalDay(s, { offset: () => null, urlDate: () => null, near: () => '2020-12-06' })).toBe('2020-12-06');
    expect(toLocalDay(s, { offset: () => null, urlDate: () => '2020-12-04', near: () => null })).toBe('2020-12-05');
  });
});

describe('the date shown to readers', () => {
  it('reads a <time> after the headline, not the times of related items', () => {
    const body = `<aside class="related"><time datetime="2020-01-01">1 Jan</time></aside><article><h1>Headline here</h1><time datetime="2020-05-06T08:00:00+02:00">6 May 2020</time>${para}</article>`;
    expect(pub('', body)).toBe('2020-05-06');
  });

  it('reads a <time> whose attribute React wrote as dateTime (the CLI\'s DOM keeps its case)', () => {
    expect(pub('', `<article><h1>Headline here</h1><div class="byline"><time dateTime="2024-03-05T10:00:00+01:00">2 hours ago</time></div>${para}</article>`)).toBe('2024-03-05');
  });

  it('skips an update <time> when there is a plain one', () => {
    const body = `<article><h1>Headline here</h1><p>Updated <time class="updated" datetime="2020-05-09">9 May</time></p><p><time datetime="2020-05-06">6 May</time></p>${para}</article>`;
    expect(pub('', body)).toBe('2020-05-06');
  });

  it.each([
    ['nl', 'Gepubliceerd op woensdag 4 juni 2024', '2024-06-04'],
    ['fr', 'Publié le 1er mars 2024 à 8h00', '2024-03-01'],
    ['de', 'Veröffentlicht am 4. Juni 2024, 18:04 Uhr', '2024-06-04'],
    ['en', 'Posted June 4, 2024 at 6:02pm', '2024-06-04'],
  ])('reads the dateline under the headline (%s)', (_l, line, iso) => {
    expect(pub('', `<h1>Headline of the story</h1><div class="byline">${line}</div>${para}`)).toBe(iso);
  });

  it('reads a date-classed line above the headline (Blogger date-header)', () => {
    const body = `<div class="blog"><h2 class="date-header"><span>Samstag, 9. September 2017</span></h2><div class="post"><h3 class="post-title">Rezension</h3><p>Erscheinungsdatum: 14.08.2017</p>${para}</div></div>`;
    expect(pub('', body)).toBe('2017-09-09');
  });

  it('skips a headline hidden for screen readers', () => {
    const body = `<h1 class="aural">Site navigation</h1><p>Menu 01.01.2019</p><div><h1>The real headline</h1><p class="date">12.07.2017</p>${para}</div>`;
    expect(pub('', body)).toBe('2017-07-12');
  });

  it('a lone metadata date loses to the date shown; corroborated metadata wins', () => {
    const body = `<h1>Headline of the story</h1><p class="meta"><time datetime="2022-01-25">25.01.2022</time></p>${para}`;
    expect(pub('<meta property="og:article:published_time" content="2022-01-15">', body)).toBe('2022-01-25');
    const two = '<meta property="article:published_time" content="2017-04-12T18:33:59+02:00"><meta name="dc.date.created" content="2017-04-12">';
    expect(pub(two, body)).toBe('2017-04-12');
  });

  describe('a page shown as its later version (live ticker, explainer updated in place)', () => {
    const head = (published: string) =>
      `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"${published}","dateModified":"2026-04-24T11:16:53Z"}</script><meta name="date" content="${published}">`;
    const body = (text: string) =>
      `<main><h1>What is the alliance and who is in it?</h1><div class="byline"><time datetime="2026-04-24T11:16:53Z">1 day ago</time></div><p>${text}</p>${para}</main>`;
    it('takes the date shown (the modification date) when the text tells of years after the first publication', () => {
      const text = 'In 2025 the members agreed to raise their spending, and in late February the alliance met again.';
      expect(pub(head('2012-05-10T14:29:05+01:00'), body(text))).toBe('2026-04-24');
      // a ticker opened last October, its entries of this week
      const ticker = 'Seit Mai 2026 hat die Armee ihre Angriffe im Süden verstärkt, meldet die Regierung am Donnerstag.';
      expect(pub(head('2025-10-07T09:53:36+02:00'), body(ticker))).toBe('2026-04-24');
    });
    it('keeps the first publication when the text names no later year, or only a future target', () => {
      expect(pub(head('2012-05-10T14:29:05+01:00'), body('The alliance was founded in 1949 and grew after 1991, to 28 members by 2009.'))).toBe('2012-05-10');
      expect(pub(head('2012-05-10T14:29:05+01:00'), body('The members promised to spend two per cent of their output on defence by 2035 at the latest.'))).toBe('2012-05-10');
    });
    it('does not count years in related-article teasers', () => {
      const teaser = '<div class="related-stories"><p>Archive: what the alliance decided at its summit in 2024, and why it matters</p></div>';
      expect(pub(head('2012-05-10T14:29:05+01:00'), body('The alliance was founded in 1949 by twelve countries.') + teaser)).toBe('2012-05-10');
    });
  });

  it('tells the page\'s numeric order from its own other dates', () => {
    const body = (d: string) => `<h1>Headline of the story</h1><p class="date">${d}</p>${para}<ul><li>Archive 12/25/2022</li></ul>`;
    expect(pub('', body('11/01/2023'))).toBe('2023-11-01');
    const dmy = `<h1>Headline of the story</h1><p class="date">11/01/2023</p>${para}<ul><li>Archive 25/12/2022</li></ul>`;
    expect(pub('', dmy)).toBe('2023-01-11');
  });
});

describe('the page scan (last resort)', () => {
  it('prefers a labelled date, and not one in a teaser link or the footer', () => {
    const body = `<div><a href="/a">Other story 14/06/2019</a></div><div><p>Das Fest findet am 14. Dezember 2015 statt.</p>${para}</div><div class="x">Veröffentlicht am 03.05.2013</div><footer>© 01.01.2020</footer>`;
    const doc = page('', body);
    const d = bestPageDate(pageDates(doc.body!, null, false));
    expect(d?.value).toBe('2013-05-03');
  });

  it('reads short datelines with a two-digit year', () => {
    expect(pub('', `<div><span>LVMH mit Wachstum</span> <span>28.01.22 / 0 Kommentare</span></div>${para}`)).toBe('2022-01-28');
  });

  it('reads dates split over elements', () => {
    expect(pub('', `<ul><li><p class="title">Mise en ligne</p><p class="content">23 mai 2019</p></li></ul>${para}`)).toBe('2019-05-23');
  });
});

describe('pages declined as "no article" still report their metadata', () => {
  it('a frame page keeps its title, site, language and date', () => {
    const doc = loadHtml(
      '<html lang="en"><head><title>Loft – BizWest</title><meta property="og:site_name" content="BizWest"><meta property="article:published_time" content="2020-03-11T09:00:00-06:00"></head><body><iframe src="/x"></iframe></body></html>',
      URL_,
    );
    const r = extractArticle(doc, { url: URL_ });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.page).toMatchObject({ siteName: 'BizWest', lang: 'en', published: '2020-03-11', publishedSource: 'meta' });
    expect(r.page?.title).toContain('Loft');
  });
});
