/** Hand-written test pages (nl/fr/de/en) for the extraction tests. No ../shared needed. */

export const BODIES = {
  nl: [
    'De gemeente Rotterdam heeft dinsdagavond het noodbevel opgeheven dat na de hevige regenval in de haven was afgekondigd. Volgens de veiligheidsregio is het water in de laaggelegen wijken sneller gezakt dan verwacht.',
    'Burgemeester Aboutaleb bedankte de brandweer en de vrijwilligers van het Rode Kruis, die de hele nacht zandzakken hadden gevuld. „We hebben geluk gehad, maar dit was een waarschuwing”, zei hij op een persconferentie.',
    'Het Koninklijk Nederlands Meteorologisch Instituut (KNMI) verwacht voor het weekend opnieuw buien. De waterschappen houden de pompen op volle kracht draaien en vragen bewoners om kelders vrij te houden.',
  ],
  fr: [
    "Le Centre de crise national a relevé mardi soir la phase d'alerte déclenchée après les fortes pluies qui ont touché la province de Liège. Les pompiers ont mené plus de trois cents interventions depuis dimanche.",
    "Le gouverneur a remercié les services de secours et les bénévoles de la Croix-Rouge, qui ont distribué de l'eau potable aux habitants privés de réseau. « Nous restons vigilants », a-t-il déclaré lors d'un point presse.",
    "L'Institut royal météorologique (IRM) prévoit de nouvelles averses pour le week-end. Les communes de la vallée de la Vesdre ont ouvert des centres d'accueil pour les familles évacuées.",
  ],
  de: [
    'Der Kreis Ahrweiler hat am Dienstagabend den Katastrophenfall aufgehoben, der nach den schweren Regenfällen ausgerufen worden war. Nach Angaben der Feuerwehr ist das Wasser in den tiefer gelegenen Ortsteilen schneller zurückgegangen als erwartet.',
    'Der Landrat dankte den Einsatzkräften des Technischen Hilfswerks (THW) und den freiwilligen Helfern, die die ganze Nacht Sandsäcke gefüllt hatten. „Wir hatten Glück, aber das war eine Warnung“, sagte er auf einer Pressekonferenz.',
    'Der Deutsche Wetterdienst (DWD) erwartet für das Wochenende erneut Schauer. Die Gemeinden haben Notunterkünfte für evakuierte Familien eingerichtet und bitten die Bewohner, Keller frei zu halten.',
  ],
  en: [
    'The city council lifted the emergency order on Tuesday evening that had been declared after heavy rain flooded the harbour district. According to the regional safety authority, the water receded faster than expected.',
    'The mayor thanked the fire brigade and Red Cross volunteers who had spent the night filling sandbags. "We were lucky, but this was a warning," he told a press conference at the town hall.',
    'The national weather service expects more showers over the weekend. Water boards are keeping their pumps running at full capacity and ask residents to keep their basements clear.',
  ],
} as const;

export type Lang = keyof typeof BODIES;

export interface PageOptions {
  lang?: Lang;
  htmlLang?: string | null;
  title?: string;
  h1?: string;
  head?: string;
  /** Inserted right after the h1 (bylines, datelines). */
  afterH1?: string;
  /** Inserted before the h1 inside the article. */
  beforeH1?: string;
  /** Extra article HTML after the paragraphs. */
  extra?: string;
  paragraphs?: readonly string[];
  /** Page furniture around the article (nav, related news with their own dates, footer). */
  furniture?: boolean;
}

export function articlePage(o: PageOptions = {}): string {
  const lang = o.lang ?? 'en';
  const paras = (o.paragraphs ?? BODIES[lang]).map((p) => `<p>${p}</p>`).join('\n');
  const htmlLang = o.htmlLang === null ? '' : ` lang="${o.htmlLang ?? lang}"`;
  const furniture = o.furniture ?? true;
  return `<!DOCTYPE html>
<html${htmlLang}>
<head>
<meta charset="utf-8">
<title>${o.title ?? 'Flood emergency lifted | The Daily Example'}</title>
${o.head ?? ''}
</head>
<body>
${furniture ? '<nav class="menu"><a href="/">Home</a> <a href="/news/">News</a> <a href="/sport/">Sport</a> <a href="/about/">About</a></nav>' : ''}
<main>
<article>
${o.beforeH1 ?? ''}
<h1>${o.h1 ?? 'Flood emergency lifted'}</h1>
${o.afterH1 ?? ''}
${paras}
${o.extra ?? ''}
</article>
</main>
${furniture ? '<aside class="related"><h2>Related</h2><ul><li><a href="/news/1">Storm warning for the coast</a> <span class="date">3 March 2019</span></li><li><a href="/news/2">Dike repairs finished</a> <time datetime="2018-11-02">2 Nov 2018</time></li></ul></aside>' : ''}
${furniture ? '<footer><p>© Example Media · <a href="/privacy">Privacy</a> · <a href="mailto:desk@example.org">Contact</a></p></footer>' : ''}
</body>
</html>`;
}
