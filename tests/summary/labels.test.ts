import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../src/cli/load-html';
import { extractArticle } from '../../src/extract/extract-article';
import { analyse } from '../../src/brief/analyse';
import { markLabels } from '../../src/summary/summarise';
import type { Candidate } from '../../src/summary/candidates';

const URL = 'https://news.example.org/2024/06/05/flood.html';

// A flood report whose photo caption and sub-heading say the story's words (river, dike, evacuation,
// Limburg) as much as its sentences do: on word content alone they are key-sentence material.
const PAGE = `<!DOCTYPE html><html lang="en"><head><title>Dike breach floods villages in Limburg</title></head><body><article>
<h1>Dike breach floods villages in Limburg</h1>
<figure><img src="dike.jpg" alt=""><figcaption>Firefighters reinforce the breached dike on the Meuse near Roermond as the river keeps rising in Limburg.</figcaption></figure>
<p>A dike on the Meuse gave way near Roermond on Tuesday night, flooding three villages in Limburg and forcing the evacuation of about 2,000 residents.</p>
<p>The provincial crisis team said the river was still rising on Wednesday morning and that the breached dike could not be repaired before the weekend.</p>
<h2>Evacuation of Limburg villages along the Meuse continues as the river keeps rising</h2>
<p>Buses took residents of the flooded villages to a sports hall in Roermond, where the Red Cross set up beds and a field kitchen for the evacuees.</p>
<p>Water boards along the Meuse closed locks and opened emergency overflow areas to lower the river downstream of the breach in Limburg.</p>
<p>The national weather service expects more rain over the Ardennes on Thursday, which would raise the Meuse again by the end of the week.</p>
<p>Residents may not return to the flooded villages until engineers have inspected every house, the mayor of Roermond said.</p>
</article></body></html>`;

const CAPTION = 'Firefighters reinforce the breached dike on the Meuse near Roermond as the river keeps rising in Limburg.';
const SUBHEAD = 'Evacuation of Limburg villages along the Meuse continues as the river keeps rising';

describe('summary: headings and captions are not key sentences', () => {
  it('marks a candidate inside a label span as junk, and only that one', () => {
    const cands: Candidate[] = [
      { start: 0, end: 10, index: 0, junk: false },
      { start: 12, end: 30, index: 1, junk: false },
      { start: 32, end: 50, index: 2, junk: false },
      { start: 52, end: 60, index: 3, junk: false },
    ];
    markLabels(cands, [{ start: 12, end: 30 }, { start: 45, end: 60 }]);
    expect(cands.map((c) => c.junk)).toEqual([false, true, false, true]);
  });

  it('leaves a page caption and sub-heading out of the summary, though the text keeps them', async () => {
    const r = extractArticle(loadHtml(PAGE, URL), { url: URL });
    if (!r.ok) throw new Error(r.message);
    expect(r.article.text).toContain(CAPTION);
    expect(r.article.text).toContain(SUBHEAD);
    expect(r.article.labels?.map((l) => r.article.text.slice(l.start, l.end))).toEqual([CAPTION, SUBHEAD]);

    const brief = await analyse(r.article);
    const picked = brief.summary.map((s) => s.text);
    expect(picked.length).toBeGreaterThan(0);
    expect(picked).not.toContain(CAPTION);
    expect(picked).not.toContain(SUBHEAD);

    // Without the labels (plain text: the CLI's --text mode), the same page would give the caption a place.
    const plain = await analyse({ ...r.article, labels: undefined });
    expect(plain.summary.map((s) => s.text)).toContain(CAPTION);
  });
});
