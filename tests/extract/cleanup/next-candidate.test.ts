import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../../src/cli/load-html';
import { extractArticle } from '../../../src/extract/extract-article';
import { analyse } from '../../../src/brief/analyse';

const URL = 'https://news.example.org/2026/03/dike';

// A consent wall without any class or role that names it: only its words give it away.
const wall = `<div><div>
  <p>We value your privacy. We and our partners store and access information on your device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device, for personalised ads and content, ad and content measurement, audience insights and product development.</p>
  <p>With your consent, we and our partners may use precise geolocation data and identification through device scanning. You may click to consent to our and our partners' processing as described above. Alternatively you may click to refuse to consent or access more detailed information and change your preferences before consenting.</p>
  <p>Some partners do not ask for your consent to process your data and rely on their legitimate interest instead. You can object to this by clicking Manage preferences. Your choices apply to this website only; you can change them at any time in our privacy policy, including withdrawing your consent.</p>
  <p>Accept all · Reject all · Manage preferences · Strictly necessary cookies only</p>
</div></div>`;
const story = `<div><h1>Dike near Arcen holds</h1>
  <p>The water board of Limburg said on Tuesday that the dike near Arcen held through the night, after soldiers and volunteers laid sandbags along two kilometres of the Meuse.</p>
  <p>Mayor Anna Verbeek thanked the volunteers and said residents could return to their homes on Wednesday morning.</p>
</div>`;

describe("Readability's next candidate after a consent wall", () => {
  it('when Readability takes the consent wall alone, the next candidate is the article (also when it may consume the document)', () => {
    // The wall is the biggest block of prose on the page and sits apart from the story.
    const doc = loadHtml(`<!DOCTYPE html><html lang="en"><head><title>Dike near Arcen holds</title></head><body><div class="x"><div>${wall}${wall}${wall}</div></div><div class="y"><div><div><div>${story}</div></div></div></div></body></html>`, URL);
    const html = doc.documentElement.outerHTML;
    for (const mutate of [false, true]) {
      const r = extractArticle(loadHtml(html, URL), { url: URL, mutate, fresh: () => loadHtml(html, URL) });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.article.text).toContain('The water board of Limburg said on Tuesday');
      expect(r.article.text).not.toMatch(/legitimate interest|Strictly necessary/);
    }
  });
  it('when Readability takes wall and story together, the wall is cut out', () => {
    const doc = loadHtml(`<!DOCTYPE html><html lang="en"><head><title>Dike near Arcen holds</title></head><body>${wall}${story}</body></html>`, URL);
    const r = extractArticle(doc, { url: URL });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.text).toContain('The water board of Limburg said on Tuesday');
    expect(r.article.text).not.toMatch(/legitimate interest|Strictly necessary/);
  });
});

describe('list pages are said to be lists of articles', () => {
  it('a section front: no-article, listPage, "list of articles" in the message', () => {
    const items = Array.from({ length: 20 }, (_, i) => `<li><a href="/storm/${i}">Storm update ${i}: roads closed near the coast, ferries suspended</a></li>`).join('');
    const doc = loadHtml(`<!DOCTYPE html><html lang="en"><head><title>Storm – News</title></head><body><main><h1>Storm</h1><ul>${items}</ul></main></body></html>`, URL);
    const r = extractArticle(doc, { url: URL });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.listPage).toBe(true);
    expect(r.message).toMatch(/list of articles/);
  });
});

describe('soft hyphens reach the NLP as whole words', () => {
  it('"Vladi&shy;mir Putin" is the person "Vladimir Putin", and every mention is text.slice(start, end)', async () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>Kremlin talks</title><meta property="og:type" content="article"></head><body><article><h1>Kremlin talks</h1>
      <p>Russian President Vladi&shy;mir Putin met the Turkish foreign minister in Moscow on Tuesday to discuss the grain corridor across the Black Sea.</p>
      <p>Putin said the talks had been useful and that Russia was ready to resume exports from the port of Odesa under United Nations supervision.</p>
      <p>The Turkish minister said Ankara would host the next round of talks in Istanbul before the end of the month, with delegations from both countries.</p></article></body></html>`;
    const r = extractArticle(loadHtml(html, URL), { url: URL });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const brief = await analyse(r.article);
    const people = brief.people.map((e) => e.name);
    expect(people).toContain('Vladimir Putin');
    expect(people).not.toContain('Vladi');
    for (const e of [...brief.people, ...brief.organisations, ...brief.places]) {
      for (const m of e.mentions) expect(r.article.text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});
