import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../src/cli/load-html';
import { extractArticle } from '../../src/extract/extract-article';
import { analyse } from '../../src/brief/analyse';
import { standfirstOf, type Scored } from '../../src/summary/summarise';

const plainWords = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

const URL = 'https://nieuws.example.nl/2024/02/08/storm.html';

// A storm report whose standfirst (also the page's og:description) is short and general, and whose later
// sentences repeat the story's words (wind, coast, gusts) more: on word content alone the model passes
// the standfirst over.
const STANDFIRST = 'In de loop van de middag trekt de wind aan en langs de westkust is er kans op storm.';
const page = (description: string) => `<!DOCTYPE html><html lang="nl"><head><title>Kans op storm langs de kust</title>
<meta property="og:description" content="${description}"></head><body><article>
<h1>Kans op storm langs de kust</h1>
<p>${STANDFIRST}</p>
<p>Het hele land krijgt met regen en zware windstoten te maken, van 75 kilometer per uur in het oosten tot 100 kilometer per uur langs de westkust.</p>
<p>Vooral langs de Zeeuwse en Hollandse kust zijn maandagmiddag windstoten tussen 80 en 100 kilometer per uur mogelijk, meldt het weerinstituut.</p>
<p>Voor de kustprovincies geldt code geel vanwege de zware windstoten, en de veerdiensten naar de Waddeneilanden varen volgens een aangepaste dienstregeling.</p>
<p>In de nacht naar dinsdag nemen de windstoten af, en dinsdag schijnt langs de kust eerst even de zon voordat er opnieuw regen valt.</p>
</article></body></html>`;

/** The candidates of `text`, one per sentence given (in order). */
const scored = (text: string, sentences: string[]): Scored[] =>
  sentences.map((t, index) => {
    const start = text.indexOf(t);
    return { start, end: start + t.length, index, junk: false, score: 0, words: [], wordCount: t.split(/\s+/).length, features: [] };
  });

describe('summary: the page\'s standfirst opens the summary (rule "standfirst")', () => {
  it('finds the sentence the description gives: whole, cut short, or not at all', () => {
    const text = 'Storm Ciarán reached the coast of Brittany on Thursday night with gusts of 180 km/h. Ports were closed. Trains stopped.';
    const s = scored(text, ['Storm Ciarán reached the coast of Brittany on Thursday night with gusts of 180 km/h.', 'Ports were closed.', 'Trains stopped.']);
    // A description of whole sentences, with other punctuation and case.
    expect(standfirstOf(text, s, 'STORM CIARÁN reached the coast of Brittany on Thursday night, with gusts of 180 km/h! Ports were closed.')?.index).toBe(0);
    // A description cut short ("…") after its first 8 words or more.
    expect(standfirstOf(text, s, 'Storm Ciarán reached the coast of Brittany on Thursday night with gu…')?.index).toBe(0);
    // A question in the description is its teaser: the next sentence it gives is the standfirst.
    const q = 'Will the dikes on the Meuse hold until the weekend? Engineers inspected every dike between Roermond and Venlo on Monday.';
    const qs = scored(q, ['Will the dikes on the Meuse hold until the weekend?', 'Engineers inspected every dike between Roermond and Venlo on Monday.']);
    expect(standfirstOf(q, qs, q)?.index).toBe(1);
    // A description in other words: the sentence holding most of its content words (at least 60 %).
    const nl = 'Het Nationaal Crisiscentrum heeft samen met het Secretariaat-Generaal van de Benelux Unie een workshop over nationale veerkracht georganiseerd. De Benelux Unie is een platform voor overleg tussen de buurlanden.';
    const ns = scored(nl, [nl.slice(0, nl.indexOf('georganiseerd.') + 14), 'De Benelux Unie is een platform voor overleg tussen de buurlanden.']);
    for (const c of ns) c.words = plainWords(nl.slice(c.start, c.end)).filter((w) => !['het', 'de', 'van', 'een', 'over', 'met', 'is', 'voor', 'tussen', 'heeft', 'samen'].includes(w));
    for (const c of ns) c.wordCount = nl.slice(c.start, c.end).split(/\s+/).length;
    expect(standfirstOf(nl, ns, 'Het Nationaal Crisiscentrum en het Secretariaat-Generaal van de Benelux Unie organiseerden een workshop over nationale veerkracht.', 'nl')?.index).toBe(0);
    // Compounds count by their parts: "Benelux-Generalsekretariat" is Benelux and Generalsekretariat.
    const de = 'Im Rahmen des Benelux-Vorsitzes haben das Nationale Krisenzentrum und das Generalsekretariat der Benelux-Union einen Workshop zur nationalen Resilienz veranstaltet. Die Benelux-Union ist ein Forum für Sicherheit.';
    const ds = scored(de, [de.slice(0, de.indexOf('veranstaltet.') + 13), 'Die Benelux-Union ist ein Forum für Sicherheit.']);
    expect(standfirstOf(de, ds, 'Nationales Krisenzentrum und Benelux-Generalsekretariat beraten über nationale Resilienz.', 'de')?.index).toBe(0);
    // Words spread thin over the text (under 60 % in any one sentence): no standfirst.
    expect(standfirstOf(nl, ns, 'Buurlanden, crisiscentra en ministeries werkten in 2024 aan nieuwe afspraken over crisisbeheer en overleg.', 'nl')).toBeNull();
    // A generic site description, a too-short one, none.
    expect(standfirstOf(text, s, 'The latest news, weather and sport from around the world.')).toBeNull();
    expect(standfirstOf(text, s, 'Ports were closed.')).toBeNull();
    expect(standfirstOf(text, s, null)).toBeNull();
  });

  it('picks the standfirst first on a page whose description gives it, though the model alone passes it over', async () => {
    const r = extractArticle(loadHtml(page(STANDFIRST), URL), { url: URL });
    if (!r.ok) throw new Error(r.message);
    expect(r.article.description).toBe(STANDFIRST);
    const brief = await analyse(r.article);
    expect(brief.summary[0].text).toBe(STANDFIRST);

    // Without a description (plain text, or a page without one) the model's choice stands.
    const plain = await analyse({ ...r.article, description: undefined });
    expect(plain.summary.map((s) => s.text)).not.toContain(STANDFIRST);
    // A description the text does not hold changes nothing.
    const other = extractArticle(loadHtml(page('Het laatste nieuws over het weer in Nederland en de rest van de wereld.'), URL), { url: URL });
    if (!other.ok) throw new Error(other.message);
    expect((await analyse(other.article)).summary).toEqual(plain.summary);
  });

  it('reads the description from og:description, else the description meta, else twitter:description', () => {
    const head = (metas: string) =>
      extractArticle(loadHtml(page('x').replace(/<meta property="og:description"[^>]*>/, metas), URL), { url: URL });
    const d = (metas: string) => {
      const r = head(metas);
      return r.ok ? r.article.description : 'no article';
    };
    expect(d('<meta name="description" content="The site\'s own summary.">')).toBe("The site's own summary.");
    expect(d('<meta name="twitter:description" content="Shared summary."><meta name="description" content="Meta summary.">')).toBe('Meta summary.');
    expect(d('<meta name="description" content="Meta summary."><meta property="og:description" content="Open Graph summary.">')).toBe('Open Graph summary.');
    expect(d('')).toBeUndefined();
  });
});
