import { describe, expect, it } from 'vitest';
import { chromeKindOf, pruneChromeBlocks } from '../../../src/extract/prune-chrome-blocks';
import { page, textOf } from './helpers';

const STORY = '<p>The regional crisis centre ordered the evacuation of three villages along the river on Sunday evening, after the dike near the old mill began to leak.</p>'.repeat(4);

describe('chromeKindOf: the block names itself', () => {
  it('reads class, id, data-type and aria-label words, camelCase and hyphenated too', () => {
    const doc = page(`
      <div id="a" class="block article related"></div><div id="b" class="cookieBanner"></div>
      <section id="c" aria-label="Newsletter Anmeldung"></section><div id="d" data-type="articlelist"></div>
      <div id="e" class="user-comments"></div><div id="f" role="dialog"></div><div id="g" class="article-body"></div>
      <div id="h" class="commentary-column"></div>`);
    const k = (id: string) => chromeKindOf(doc.getElementById(id)!);
    expect([k('a'), k('b'), k('c'), k('d'), k('e'), k('f')]).toEqual(['related', 'consent', 'newsletter', 'related', 'comments', 'dialog']);
    expect(k('g')).toBeNull();
    expect(k('h')).toBeNull(); // "commentary" is not "comments"
  });
  it('reads several naming attributes in their order: the first strong kind wins over related/tags', () => {
    const doc = page(`<div id="a" class="newsletter" data-type="cookie-box"></div><div id="b" data-type="cookie-box" class="newsletter"></div>
      <div id="c" class="related" aria-label="Comments"></div><div id="d" aria-label="Tags" class="teaser"></div><div id="e" class="x" role="alertdialog"></div>`);
    const k = (id: string) => chromeKindOf(doc.getElementById(id)!);
    expect([k('a'), k('b'), k('c'), k('d'), k('e')]).toEqual(['newsletter', 'consent', 'comments', 'tags', 'dialog']);
  });
});

describe('pruneChromeBlocks', () => {
  it('removes a consent dialog, a newsletter box, reader comments and a related list of links', () => {
    const doc = page(`<div class="cmp-wrapper"><p>We and our partners use cookies.</p><button>Accept all</button></div>
      <article><h1>Dike leaks</h1>${STORY}
      <aside class="newsletter-signup"><p>Get the morning briefing by Jan Pieters in your inbox.</p></aside>
      <div class="related-stories"><a href="/1">Mayor Els Claes opens new bridge</a> <a href="/2">Fire in Gent harbour</a></div></article>
      <section id="comments"><p>Karel: this is the fault of the water board!</p></section>`);
    const r = pruneChromeBlocks(doc);
    const t = textOf(doc.body);
    expect(t).toContain('evacuation of three villages');
    expect(t).not.toMatch(/cookies|morning briefing|Els Claes|Karel/);
    expect(r.removed.map((x) => x.kind).sort()).toEqual(['comments', 'consent', 'newsletter', 'related']);
  });
  it('keeps a "teaser" block that is plain text: the standfirst', () => {
    const doc = page(`<article><h1>Dike leaks</h1><p class="article-teaser">Three villages evacuated near the old mill.</p>${STORY}</article>`);
    pruneChromeBlocks(doc);
    expect(textOf(doc.body)).toContain('Three villages evacuated near the old mill.');
  });
  it('never removes the block that holds the article, whatever its class says', () => {
    const doc = page(`<div class="content related-wrapper"><h1>Dike leaks</h1>${STORY}</div>`);
    pruneChromeBlocks(doc);
    expect(textOf(doc.body)).toContain('evacuation of three villages');
    const doc2 = page(`<div class="comments-enabled" itemprop="articleBody">${STORY}</div>`);
    pruneChromeBlocks(doc2);
    expect(textOf(doc2.body)).toContain('evacuation of three villages');
  });
  it('leaves the teasers of a page that is nothing but teasers (a home page: the article check must see it)', () => {
    const teasers = Array.from({ length: 12 }, (_, i) => `<div class="teaser"><h2><a href="/s/${i}">Headline ${i} about the storm</a></h2></div>`).join('');
    const doc = page(`<main>${teasers}</main>`);
    pruneChromeBlocks(doc);
    expect(doc.querySelectorAll('.teaser').length).toBe(12);
  });
  it('with markCredits, marks in the same walk the credit elements left after the removals (as markCreditElements does)', () => {
    const html = `<article><h1>Dike leaks</h1>${STORY}<figure><img src="a.jpg"><figcaption>Sandbags in Venlo. <span class="photo-credit">ANP</span></figcaption></figure>
      <div class="related-stories"><figure><figcaption><span class="credit">Reuters</span></figcaption></figure><a href="/1">Mayor Els Claes opens new bridge</a> <a href="/2">Fire in Gent harbour</a></div></article>`;
    const doc = page(html);
    const r = pruneChromeBlocks(doc, { markCredits: true });
    expect(r.removed.map((x) => x.kind)).toEqual(['related']);
    expect(r.credits).toBe(1);
    expect([...doc.querySelectorAll('[data-crisislens-credit]')].map((e) => e.textContent)).toEqual(['ANP']);
    expect(pruneChromeBlocks(page(html)).credits).toBe(0);
  });
  it('removes an inline sign-up box named "signup" (camelCase too), with its title and blurb', () => {
    const doc = page(`<article><h1>Missile strike</h1>${STORY}
      <div class="c-inlineSignup"><h2 class="c-inlineSignup__title">Get daily National news</h2>
      <div class="c-inlineSignup__blurb">Get daily Canada news delivered to your inbox.</div></div>${STORY}</article>`);
    const r = pruneChromeBlocks(doc);
    expect(textOf(doc.body)).not.toMatch(/Canada|daily National/);
    expect(r.removed.map((x) => x.kind)).toEqual(['newsletter']);
  });
  it('removes a lone teaser card set in the body: a short <article> whose heading links to another story', () => {
    const doc = page(`<main><h1>Iran sanctions</h1>${STORY}
      <div class="c1"><article class="x9"><h3><span>Escalation in the Middle East</span>: <a href="/news/liveblog-100.html">Latest news on Israel</a></h3>
      <div>Since the Hamas attack of 7 October the situation has escalated. Latest in the live blog.</div></article></div>${STORY}</main>`);
    const r = pruneChromeBlocks(doc);
    const t = textOf(doc.body);
    expect(t).not.toMatch(/Hamas|live blog/);
    expect(t).toContain('evacuation of three villages');
    expect(r.removed.map((x) => x.kind)).toEqual(['card']);
  });
  it('keeps cards side by side (a grid of teasers) and an article whose heading links to itself by fragment', () => {
    const grid = Array.from({ length: 4 }, (_, i) => `<li><article><h2><a href="/s/${i}">Storm story ${i}</a></h2><p>Blurb ${i}.</p></article></li>`).join('');
    const doc = page(`<main><h1>Dike leaks</h1>${STORY}<ul class="x">${grid}</ul>
      <article><h2><a href="#top">Back to the top of the page</a></h2><p>Short box.</p></article></main>`);
    const r = pruneChromeBlocks(doc);
    expect(doc.querySelectorAll('li article').length).toBe(4);
    expect(textOf(doc.body)).toContain('Short box.');
    expect(r.removed).toEqual([]);
  });
  it('keeps the story itself when it is a short <article> with an h1, and a long <article> whose heading is a link', () => {
    const doc = page(`<article><h1><a href="/story/1">Dike leaks</a></h1><p>Three villages evacuated near the old mill.</p></article>`);
    pruneChromeBlocks(doc);
    expect(textOf(doc.body)).toContain('Three villages evacuated');
    const doc2 = page(`<div><article><h2><a href="/story/1">Dike leaks</a></h2>${STORY}</article></div>`);
    pruneChromeBlocks(doc2);
    expect(textOf(doc2.body)).toContain('evacuation of three villages');
  });
  it('removes a widget: a short block with a heading and a button (a podcast promo between paragraphs, a share box)', () => {
    const doc = page(`<article><h1>Power cut in Berlin</h1>${STORY}
      <div class="player-gradient"><div class="meta"><h3>#1 Robert Habeck über Krieg, Frieden und Waffen</h3>
      <p><a href="https://podcast.example/">Meine schwerste Entscheidung</a></p></div>
      <div><div data-feed="x"><button aria-label="Podcast abspielen">▶</button></div></div></div>
      ${STORY}<section><h2>Share this story</h2><button>Facebook</button><button>X</button></section></article>`);
    const r = pruneChromeBlocks(doc);
    const t = textOf(doc.body);
    expect(t).not.toMatch(/Habeck|schwerste|Share this story/);
    expect(t).toContain('evacuation of three villages');
    expect(r.removed.map((x) => x.kind)).toEqual(['widget', 'widget']);
  });
  it('keeps a button in the article itself: no heading, or a block holding more than a widget\'s text', () => {
    const doc = page(`<article><h1>Dike leaks</h1><div><h2>What we know</h2>${STORY}<button>Show more</button></div>
      <p>Residents were told to stay indoors. <button>Copy</button></p></article>`);
    const r = pruneChromeBlocks(doc);
    expect(textOf(doc.body)).toContain('What we know');
    expect(textOf(doc.body)).toContain('stay indoors');
    expect(r.removed).toEqual([]);
  });
});
