import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../src/cli/load-html';
import { cleanByline, extractArticle, type ExtractResult } from '../../src/extract/extract-article';
import type { Article } from '../../src/extract/article';
import { articlePage, BODIES } from './pages';

const URL = 'https://news.example.org/world/flood-emergency-lifted';

function extract(html: string, url = URL, opts: { maxChars?: number } = {}): ExtractResult {
  return extractArticle(loadHtml(html, url), { url, ...opts });
}
function article(html: string, url = URL, opts: { maxChars?: number } = {}): Article {
  const r = extract(html, url, opts);
  if (!r.ok) throw new Error(`expected an article, got: ${r.message}`);
  return r.article;
}

describe('extractArticle: text, title, links', () => {
  const html = articlePage({
    lang: 'en',
    head: '<meta property="og:site_name" content="The Daily Example">',
    extra: '<p>More at <a href="/reports/flood.pdf">the full report</a> and <a href="javascript:void(0)">share</a> or <a href="https://weather.example.net/">the weather service</a>.</p>',
  });
  const a = article(html);

  it('keeps the article paragraphs, separated by blank lines, without the page furniture', () => {
    expect(a.text.split('\n\n')).toEqual(expect.arrayContaining([...BODIES.en]));
    expect(a.text).not.toMatch(/Sport|Related|Privacy|Storm warning/);
    expect(a.text).not.toMatch(/\n{3,}/);
  });
  it('cleans the site suffix from the title', () => {
    expect(a.title).toBe('Flood emergency lifted');
    expect(a.siteName).toBe('The Daily Example');
  });
  it('lists only the article links: absolute http(s), no javascript:/mailto:, no menu links', () => {
    expect(a.links).toEqual([
      { href: 'https://news.example.org/reports/flood.pdf', text: 'the full report' },
      { href: 'https://weather.example.net/', text: 'the weather service' },
    ]);
  });
  it('returns plain, structured-clone-safe data', () => {
    expect(structuredClone(a)).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });
  it('never touches the live document unless asked to', () => {
    const doc = loadHtml(html, URL);
    const before = doc.documentElement.outerHTML;
    expect(extractArticle(doc, { url: URL }).ok).toBe(true);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('extractArticle: publication date, in order of trust', () => {
  it('nl: visible "04 jun. 2024" under the headline, not the related news dates', () => {
    const a = article(articlePage({ lang: 'nl', afterH1: '<p class="meta"><span class="date">04 jun. 2024</span></p>' }));
    expect([a.published, a.publishedSource, a.lang]).toEqual(['2024-06-04', 'visible-text', 'nl']);
  });
  it('nl: weekday form "woensdag 4 juni 2024" in a byline', () => {
    const a = article(articlePage({ lang: 'nl', afterH1: '<div class="byline">Door Jan Jansen · woensdag 4 juni 2024, 14:03</div>' }));
    expect(a.published).toBe('2024-06-04');
    expect(a.byline).toBe('Jan Jansen');
  });
  it('fr: article:published_time meta wins over the visible date; date part as written despite the offset', () => {
    const a = article(
      articlePage({
        lang: 'fr',
        head: '<meta property="article:published_time" content="2024-06-04T23:30:00-05:00">',
        afterH1: '<div class="entry-meta">Publié le 5 juin 2024</div>',
      }),
    );
    expect([a.published, a.publishedSource]).toEqual(['2024-06-04', 'meta']);
  });
  it('fr: visible "1er mars 2024" above the headline', () => {
    const a = article(articlePage({ lang: 'fr', beforeH1: '<p class="surtitre">Publié le 1er mars 2024</p>' }));
    expect([a.published, a.publishedSource]).toEqual(['2024-03-01', 'visible-text']);
  });
  it('de: <time datetime> after the headline, not an earlier one in a ticker', () => {
    const a = article(
      articlePage({
        lang: 'de',
        beforeH1: '<div class="ticker"><time datetime="2019-01-01T10:00">1. Januar 2019</time></div>',
        afterH1: '<p class="byline">Von <span class="author">Redaktion Politik</span> · <time datetime="2024-06-04T09:30:00+02:00">4. Juni 2024</time></p>',
      }),
    );
    expect([a.published, a.publishedSource]).toEqual(['2024-06-04', 'time']);
    expect(a.byline).toBe('Redaktion Politik');
  });
  it('de: visible "4. Juni 2024" with no markup', () => {
    const a = article(articlePage({ lang: 'de', afterH1: '<div class="info">Stand: 4. Juni 2024, 18:04 Uhr</div>' }));
    expect(a.published).toBe('2024-06-04');
  });
  it('en: JSON-LD datePublished (nested @graph) beats meta tags', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Example' },
        { '@type': ['NewsArticle'], headline: 'Flood emergency lifted', datePublished: '2024-06-04T08:00:00Z', inLanguage: 'en-GB' },
      ],
    };
    const a = article(
      articlePage({
        lang: 'en',
        head: `<script type="application/ld+json">${JSON.stringify(ld)}</script><meta property="article:published_time" content="2024-06-05">`,
        afterH1: '<div class="post-date">June 4, 2024</div>',
      }),
    );
    expect([a.published, a.publishedSource]).toEqual(['2024-06-04', 'json-ld']);
  });
  it('en: JSON-LD as an array, with a broken script beside it', () => {
    const a = article(
      articlePage({
        head: '<script type="application/ld+json">{ broken json </script><script type="application/ld+json">[{"@type":"Organization","name":"X"},{"@type":"Article","datePublished":"2023-10-12"}]</script>',
      }),
    );
    expect(a.published).toBe('2023-10-12');
  });
  it('en: itemprop=datePublished', () => {
    const a = article(articlePage({ afterH1: '<span itemprop="datePublished" content="2022-02-02">2 Feb</span>' }));
    expect([a.published, a.publishedSource]).toEqual(['2022-02-02', 'itemprop']);
  });
  it('en: visible "June 4, 2024"', () => {
    const a = article(articlePage({ afterH1: '<div class="post-date">Posted June 4, 2024 at 9:00</div>' }));
    expect(a.published).toBe('2024-06-04');
  });
  it('numeric visible dates: day first, month first on an en-US page', () => {
    expect(article(articlePage({ lang: 'nl', afterH1: '<p class="meta">05/06/2024 14:00</p>' })).published).toBe('2024-06-05');
    expect(article(articlePage({ htmlLang: 'en-US', afterH1: '<p class="meta">05/06/2024 2:00 PM</p>' })).published).toBe('2024-05-06');
  });
  it('a date in the URL path, when the page has none', () => {
    const a = article(articlePage({}), 'https://news.example.org/2024/06/04/flood-emergency-lifted/');
    expect([a.published, a.publishedSource]).toEqual(['2024-06-04', 'url']);
  });
  it('other meta names: parsely-pub-date, sailthru.date, DC.date', () => {
    expect(article(articlePage({ head: '<meta name="parsely-pub-date" content="2021-07-01T10:00:00Z">' })).published).toBe('2021-07-01');
    expect(article(articlePage({ head: '<meta name="sailthru.date" content="2016-12-22 10:43:37">' })).published).toBe('2016-12-22');
    expect(article(articlePage({ head: '<meta name="DC.date" content="2020-05-06">' })).published).toBe('2020-05-06');
  });
  it('null, not a guess, when there is no date and the page furniture has some', () => {
    const a = article(articlePage({}));
    expect(a.published).toBeNull();
    expect(a.publishedSource).toBeNull();
  });
});

describe('extractArticle: language, canonical URL, site name, byline', () => {
  it('lang from <html lang="nl-BE">', () => expect(article(articlePage({ lang: 'nl', htmlLang: 'nl-BE' })).lang).toBe('nl'));
  it('lang from content-language meta, og:locale, JSON-LD inLanguage; null when none', () => {
    expect(article(articlePage({ lang: 'fr', htmlLang: null, head: '<meta http-equiv="content-language" content="fr-BE">' })).lang).toBe('fr');
    expect(article(articlePage({ lang: 'de', htmlLang: null, head: '<meta property="og:locale" content="de_DE">' })).lang).toBe('de');
    expect(article(articlePage({ lang: 'nl', htmlLang: null, head: '<script type="application/ld+json">{"@type":"NewsArticle","inLanguage":"nl"}</script>' })).lang).toBe('nl');
    expect(article(articlePage({ htmlLang: null })).lang).toBeNull();
  });
  it('canonical URL: link rel=canonical made absolute, else og:url; javascript: refused', () => {
    expect(article(articlePage({ head: '<link rel="canonical" href="/world/flood">' })).canonicalUrl).toBe('https://news.example.org/world/flood');
    expect(article(articlePage({ head: '<meta property="og:url" content="https://example.org/x">' })).canonicalUrl).toBe('https://example.org/x');
    expect(article(articlePage({ head: '<link rel="canonical" href="javascript:alert(1)">' })).canonicalUrl).toBeNull();
  });
  it('site name: og:site_name, else JSON-LD publisher, else the host name', () => {
    expect(article(articlePage({ head: '<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Le Soir"}}</script>' })).siteName).toBe('Le Soir');
    expect(article(articlePage({}), 'https://www.lesoir.be/123/article').siteName).toBe('lesoir.be');
  });
  it('title: the h1 when <title> is the h1 plus decoration', () => {
    expect(article(articlePage({ title: 'Flood emergency lifted in Rotterdam - Nieuws - NOS', h1: 'Flood emergency lifted in Rotterdam' })).title).toBe('Flood emergency lifted in Rotterdam');
    expect(article(articlePage({ title: 'NOS | Flood emergency lifted in Rotterdam', h1: 'Flood emergency lifted in Rotterdam' })).title).toBe('Flood emergency lifted in Rotterdam');
  });
  it('cleanByline strips prefixes, dates and junk', () => {
    expect(cleanByline('By  Jane Doe')).toBe('Jane Doe');
    expect(cleanByline('Par Marie Dupont, le 4 juin 2024')).toBe('Marie Dupont');
    expect(cleanByline('Nathan Willis March 25, 2015')).toBe('Nathan Willis');
    expect(cleanByline('https://example.org/author/x')).toBeNull();
    expect(cleanByline('  ')).toBeNull();
  });
});

describe('extractArticle: languages we do not analyse', () => {
  it('Japanese and Arabic pages still give text and metadata', () => {
    const ja = article(
      articlePage({
        htmlLang: 'ja',
        h1: '東京で大雨、避難指示',
        paragraphs: ['気象庁によると、東京都内では昨夜から激しい雨が降り続き、複数の区で避難指示が出された。'.repeat(4), '消防によると、これまでにけが人の報告はないが、低い地域では浸水被害が確認されている。'.repeat(4), '政府は災害対策本部を設置し、自治体と連携して被害の把握を急いでいる。'.repeat(4)],
        afterH1: '<p class="date">2024年6月4日</p>',
      }),
    );
    expect([ja.lang, ja.published]).toEqual(['ja', '2024-06-04']);
    expect(ja.text).toContain('気象庁によると');
    const ar = article(
      articlePage({
        htmlLang: 'ar',
        paragraphs: ['قالت السلطات المحلية إن الأمطار الغزيرة تسببت في فيضانات في عدة أحياء من المدينة، وتم إجلاء مئات السكان إلى مراكز إيواء مؤقتة.', 'وأضافت أن فرق الإنقاذ تعمل على مدار الساعة لمساعدة المتضررين، ولم تسجل أي إصابات خطيرة حتى الآن بحسب المصادر الرسمية.', 'ومن المتوقع أن تستمر الأمطار حتى نهاية الأسبوع، وطلبت الأرصاد الجوية من المواطنين توخي الحذر وتجنب الأماكن المنخفضة.'],
      }),
    );
    expect(ar.lang).toBe('ar');
    expect(ar.text.split('\n\n').length).toBe(3);
  });
});

describe('extractArticle: hostile markup', () => {
  const hostile = articlePage({
    title: '&lt;img src=x onerror=alert(1)&gt; Flood &lt;/script&gt; | Example',
    h1: '<script>alert(1)</script>Flood emergency lifted',
    afterH1: '<div class="byline">By <a href="javascript:alert(1)">&lt;b onmouseover=alert(1)&gt;Eve&lt;/b&gt;</a></div>',
    head:
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"</scr" , "datePublished": {"$gt": 1}}</script>' +
      '<meta property="article:published_time" content="javascript:alert(1)">' +
      '<link rel="canonical" href="data:text/html,<script>alert(1)</script>">',
    extra:
      '<p>Links: <a href="  JaVaScRiPt:alert(1)">a</a> <a href="vbscript:x">b</a> <a href="data:text/html;base64,PHNjcmlwdD4=">c</a> <a href="https://ok.example.com/?q=<x>">ok</a></p>' +
      '<p onclick="alert(1)">Paragraph with an <img src=x onerror="alert(1)"> image and <iframe src="javascript:alert(1)"></iframe> frame.</p>',
  });
  it('gives text, never markup, and only http(s) links', () => {
    const a = article(hostile);
    expect(a.title).toContain('<img src=x onerror=alert(1)>'); // literal text: the UI renders it with textContent
    expect(a.links.map((l) => l.href)).toEqual(['https://ok.example.com/?q=%3Cx%3E']);
    expect(a.canonicalUrl).toBeNull();
    expect(a.published).toBeNull();
    expect(a.text).not.toContain('alert(1)</script>');
    expect(a.text).toContain('Paragraph with an image and frame.');
  });
  it('survives pathological JSON-LD (deep nesting)', () => {
    const deepJson = '['.repeat(3000) + '{"@type":"Article","datePublished":"2020-01-01"}' + ']'.repeat(3000);
    const r = extract(articlePage({ head: `<script type="application/ld+json">${deepJson}</script>` }));
    expect(r.ok).toBe(true);
  });
});

describe('extractArticle: not an article', () => {
  const homePage = `<!DOCTYPE html><html lang="en"><head><title>Example News - Home</title></head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a></nav><main>
    ${Array.from({ length: 30 }, (_, i) => `<div class="teaser"><h2><a href="/story/${i}">Headline number ${i} about something that happened today in the region</a></h2><p><a href="/story/${i}">Read more about story ${i}</a></p></div>`).join('\n')}
    </main><footer>© Example</footer></body></html>`;
  const searchPage = `<!DOCTYPE html><html lang="en"><head><title>Search results for "flood"</title></head><body><form><input name="q" value="flood"><button>Search</button></form><ol>
    ${Array.from({ length: 20 }, (_, i) => `<li><a href="/r/${i}">Flood result ${i}: regional authorities and water boards report on the situation</a> <cite>example.org/r/${i}</cite></li>`).join('\n')}
    </ol></body></html>`;
  const loginWall = `<!DOCTYPE html><html lang="en"><head><title>Sign in</title></head><body><main><h1>Sign in to continue reading</h1>
    <form><label>Email <input type="email"></label><label>Password <input type="password"></label><button>Sign in</button></form>
    <p>Subscribers get unlimited access.</p></main></body></html>`;
  const gallery = `<!DOCTYPE html><html lang="en"><head><title>Photos: the flood</title></head><body><main><h1>Photos: the flood</h1>
    ${Array.from({ length: 24 }, (_, i) => `<figure><img src="/p/${i}.jpg" alt=""><figcaption>Photo ${i}</figcaption></figure>`).join('')}</main></body></html>`;

  const blurb = BODIES.nl[0];
  const newsFront = `<!DOCTYPE html><html lang="nl"><head><title>Nieuws – Het Voorbeeld</title><meta property="og:type" content="website"></head><body>
    <header><nav><a href="/">Home</a> <a href="/binnenland">Binnenland</a> <a href="/buitenland">Buitenland</a></nav></header><main>
    ${Array.from({ length: 12 }, (_, i) => `<article class="teaser"><h2><a href="/artikel/${i}">Kabinet en provincies bereiken akkoord over noodopvang, deel ${i}</a></h2><time datetime="2024-06-0${(i % 9) + 1}">${(i % 9) + 1} juni 2024</time><p>${blurb}</p></article>`).join('\n')}
    </main><footer>© Het Voorbeeld</footer></body></html>`;
  const resultsPage = `<!DOCTYPE html><html lang="fr"><head><title>Recherche : inondations</title></head><body><form><input name="q" value="inondations"></form><main><h1>Résultats de recherche</h1><ol class="results">
    ${Array.from({ length: 10 }, (_, i) => `<li><h3><a href="/article/${i}">Inondations en Wallonie : le point sur la situation, épisode ${i}</a></h3><p>${BODIES.fr[i % 3]}</p><cite>exemple.be/article/${i}</cite></li>`).join('\n')}
    </ol></main></body></html>`;

  it.each([
    ['a news front page (teasers with blurbs and dates)', newsFront, /list of articles/],
    ['search results with snippets', resultsPage, /list of articles/],
    ['a home page of teasers', homePage, /list of articles/],
    ['search results', searchPage, /list of articles/],
    ['a login wall', loginWall, /sign in/i],
    ['an empty body', '<!DOCTYPE html><html><head><title>x</title></head><body></body></html>', /no readable text|too little/],
    ['a frames-only page', '<!DOCTYPE html><html><head><title>f</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>', /frames/],
    ['an iframe wrapper', '<!DOCTYPE html><html><head><title>f</title></head><body><iframe src="https://player.example.com/x"></iframe></body></html>', /frames/],
    ['a gallery', gallery, /gallery|too little/],
    ['one sentence', '<html><body><p>Just one short sentence here.</p></body></html>', /too little/],
    ['an empty string', '', /no readable text|too little|no body|frames/],
  ])('%s → no-article with a clear message', (_name, html, message) => {
    const r = extract(html);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe('no-article');
      expect(r.message).toMatch(message);
    }
  });

  it('an article ending with a list of related links is still an article, with or without metadata', () => {
    const related = `<h3>Lees ook</h3><ul>${Array.from({ length: 8 }, (_, i) => `<li><a href="/artikel/${i}">Eerder: waterschappen waarschuwen voor hoog water in de rivieren, deel ${i}</a></li>`).join('')}</ul>`;
    for (const head of ['', '<meta property="og:type" content="article">']) {
      const a = article(articlePage({ lang: 'nl', head, extra: related, furniture: false }));
      expect(a.text).toContain(BODIES.nl[2]);
      expect(a.links.length).toBe(8);
    }
  });

  it('a short real news item still passes', () => {
    const a = article(articlePage({ paragraphs: [BODIES.nl[0], BODIES.nl[1]] }));
    expect(a.text.length).toBeGreaterThan(300);
  });

  it('never throws on broken input', () => {
    for (const html of ['<html', '<<<>>>', '<p>' + '<b>'.repeat(2000), '\u0000\uffff<div>\ud800</div>', '<svg><foreignObject><p>x</p></foreignObject></svg>']) {
      expect(() => extract(html)).not.toThrow();
    }
  });
});

describe('extractArticle: huge and deep pages', () => {
  it('a 5,000-level nested DOM finishes, without throwing, with the text', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>Deep page</title></head><body>${'<div>'.repeat(5000)}${BODIES.en.map((p) => `<p>${p}</p>`).join('')}${'</div>'.repeat(5000)}</body></html>`;
    const t0 = performance.now();
    const a = article(html);
    expect(performance.now() - t0).toBeLessThan(5000); // generous: a hang guard, not a benchmark
    expect(a.text.split('\n\n')).toEqual([...BODIES.en]);
  });

  it('a deep page whose paragraphs the parser put beside an empty <article> (Chromium caps depth at 512) keeps its text', () => {
    // What Chromium's parser builds from <div>×5000<article><p>…: the article at depth ~512, its children beside it.
    const html = `<!DOCTYPE html><html lang="en"><head><title>Deep page</title></head><body>${'<div>'.repeat(600)}<article></article>${BODIES.en.map((p) => `<p>${p}</p>`).join('')}${'</div>'.repeat(600)}</body></html>`;
    const a = article(html);
    expect(a.text.split('\n\n')).toEqual([...BODIES.en]);
  });

  it('a 10 MB page finishes, with the text capped at a paragraph boundary and flagged', () => {
    const para = BODIES.en.map((p) => `<p>${p}</p>`).join('');
    const html = `<!DOCTYPE html><html lang="en"><head><title>Huge page</title></head><body><article><h1>Huge page</h1>${para.repeat(Math.ceil(10_000_000 / para.length))}</article></body></html>`;
    expect(html.length).toBeGreaterThan(10_000_000);
    const doc = loadHtml(html, URL);
    const t0 = performance.now();
    const r = extractArticle(doc, { url: URL });
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.article.truncated).toBe(true);
      expect(r.article.text.length).toBeLessThanOrEqual(300_000);
      expect(BODIES.en as readonly string[]).toContain(r.article.text.split('\n\n').at(-1));
    }
  }, 60_000);

  it('a 10 MB single text node is capped too', () => {
    const html = `<html lang="en"><body><article><h1>One giant paragraph</h1><p>${'All work and no play. '.repeat(460_000)}</p></article></body></html>`;
    const r = extract(html);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.article.truncated).toBe(true);
      expect(r.article.text.length).toBeLessThanOrEqual(300_000);
    }
  }, 60_000);

  it('maxChars caps a normal page', () => {
    const a = article(articlePage({}), URL, { maxChars: 1000 });
    expect(a.truncated).toBeUndefined(); // shorter than the cap
    const long = articlePage({ paragraphs: Array.from({ length: 50 }, () => BODIES.en[0]) });
    const b = article(long, URL, { maxChars: 2000 });
    expect(b.truncated).toBe(true);
    expect(b.text.length).toBeLessThanOrEqual(2000);
    expect(b.text.endsWith(BODIES.en[0])).toBe(true);
  });
});
