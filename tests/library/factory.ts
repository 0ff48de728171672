/**
 * Realistic test briefs, written here (no ../shared): four hand-written articles (nl, fr, de, en)
 * and a seeded generator for volume (bench:library). Mentions are found in the text, so every
 * mention's `text` equals `text.slice(start, end)`, as the real pipeline guarantees.
 */
import { BRIEF_SCHEMA_VERSION, type Brief } from '../../src/brief/schema';

export interface EntitySpec {
  kind: 'organisation' | 'person' | 'place' | 'agreement';
  name: string;
  acronym?: string;
  role?: string;
  date?: string;
  aliases?: string[];
}
export interface DateSpec {
  value: string;
  relative?: boolean;
  forms: string[];
}
export interface BriefSpec {
  url: string;
  canonicalUrl?: string | null;
  title: string;
  byline?: string | null;
  siteName?: string | null;
  lang: string;
  published: string | null;
  text: string;
  entities?: EntitySpec[];
  dates?: DateSpec[];
  links?: { href: string; text: string }[];
  headline?: string;
}

function mentionsOf(text: string, forms: string[]) {
  const out: { start: number; end: number; text: string }[] = [];
  const seen = new Set<number>();
  for (const f of forms) {
    if (!f) continue;
    let i = text.indexOf(f);
    while (i !== -1) {
      if (!seen.has(i)) {
        seen.add(i);
        out.push({ start: i, end: i + f.length, text: f });
      }
      i = text.indexOf(f, i + f.length);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function sentencesOf(text: string, max = 3) {
  const out: { text: string; start: number; end: number }[] = [];
  const re = /[^.!?\n]+[.!?]?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && out.length < max) {
    const lead = m[0].length - m[0].trimStart().length;
    const t = m[0].trim();
    if (t.length > 20) out.push({ text: t, start: m.index + lead, end: m.index + lead + t.length });
  }
  return out;
}

export function makeBrief(spec: BriefSpec): Brief {
  const ents = spec.entities ?? [];
  const build = (kind: EntitySpec['kind']) =>
    ents
      .filter((e) => e.kind === kind)
      .map((e) => {
        const forms = [e.name, ...(e.acronym ? [e.acronym] : []), ...(e.aliases ?? [])];
        let mentions = mentionsOf(spec.text, forms);
        if (!mentions.length) mentions = [{ start: 0, end: 0, text: '' }];
        const base = { name: e.name, aliases: [...(e.acronym ? [e.acronym] : []), ...(e.aliases ?? [])], mentions };
        if (kind === 'organisation' && e.acronym) return { ...base, acronym: e.acronym };
        if (kind === 'person' && e.role) return { ...base, role: e.role };
        if (kind === 'agreement' && e.date) return { ...base, date: e.date };
        return base;
      });
  return {
    schemaVersion: BRIEF_SCHEMA_VERSION,
    url: spec.url,
    canonicalUrl: spec.canonicalUrl ?? null,
    title: spec.title,
    byline: spec.byline ?? null,
    siteName: spec.siteName ?? null,
    lang: spec.lang,
    published: spec.published,
    publishedSource: spec.published ? 'meta' : null,
    text: spec.text,
    summary: sentencesOf(spec.text),
    ...(spec.headline ? { headline: spec.headline } : {}),
    organisations: build('organisation'),
    people: build('person'),
    places: build('place'),
    agreements: build('agreement'),
    dates: (spec.dates ?? []).map((d) => {
      const mentions = mentionsOf(spec.text, d.forms);
      return { value: d.value, relative: d.relative ?? false, mentions: mentions.length ? mentions : [{ start: 0, end: 0, text: '' }] };
    }),
    links: spec.links ?? [],
    entitiesSupported: true,
  };
}

export const NL_TEXT =
  'Het Nationaal Crisiscentrum (NCCN) heeft vrijdag een nieuw samenwerkingsakkoord gesloten met de Vlaamse Milieumaatschappij. ' +
  'Volgens waarnemend directeur Koen Schoeters van het NCCN moet het akkoord de waarschuwing bij overstromingen in Luik en Gent versnellen. ' +
  'Het Protocol inzake Overstromingsrisico van vorig jaar oktober wordt daarmee uitgebreid.\n' +
  'Minister van Binnenlandse Zaken Annelies Verlinden noemde het akkoord "een belangrijke stap". Het crisiscentrum zal de Europese Unie op de hoogte houden.';

export const FR_TEXT =
  'Le Centre de crise national (NCCN) a signé vendredi un nouvel accord de coopération avec la Société wallonne des eaux. ' +
  'Selon Koen Schoeters, directeur ad interim du NCCN, le dispositif doit accélérer l\'alerte en cas d\'inondations à Liège. ' +
  'Le Protocole sur le risque d\'inondation conclu en octobre dernier est ainsi élargi. La ministre de l\'Intérieur Annelies Verlinden salue une étape importante.';

export const DE_TEXT =
  'Das Nationale Krisenzentrum (NCCN) hat am Freitag ein neues Kooperationsabkommen mit dem Deutschen Wetterdienst (DWD) geschlossen. ' +
  'Laut dem kommissarischen Direktor Koen Schoeters soll die Warnung bei Hochwasser in Lüttich und Köln schneller werden. ' +
  'Das im Oktober vergangenen Jahres unterzeichnete Hochwasserprotokoll wird damit erweitert. Innenministerin Annelies Verlinden sprach von einem wichtigen Schritt.';

export const EN_TEXT =
  'The National Crisis Centre (NCCN) signed a new cooperation agreement with the Royal Meteorological Institute (RMI) on Friday. ' +
  'According to acting director Koen Schoeters of the NCCN, the agreement should speed up flood warnings in Liège and Ghent. ' +
  'The Flood Risk Protocol agreed last October is extended. Interior minister Annelies Verlinden called it an important step. The European Union was informed.';

export function nlBrief(over: Partial<BriefSpec> = {}): Brief {
  return makeBrief({
    url: 'https://www.vrt.be/vrtnws/nl/2024/06/07/crisiscentrum-akkoord/?utm_source=twitter#top',
    canonicalUrl: 'https://www.vrt.be/vrtnws/nl/2024/06/07/crisiscentrum-akkoord/',
    title: 'Crisiscentrum sluit akkoord over snellere waarschuwing bij overstromingen',
    byline: 'Sarah Peeters',
    siteName: 'VRT NWS',
    lang: 'nl',
    published: '2024-06-07',
    text: NL_TEXT,
    entities: [
      { kind: 'organisation', name: 'Nationaal Crisiscentrum', acronym: 'NCCN', aliases: ['crisiscentrum'] },
      { kind: 'organisation', name: 'Vlaamse Milieumaatschappij' },
      { kind: 'organisation', name: 'Europese Unie' },
      { kind: 'person', name: 'Koen Schoeters', role: 'waarnemend directeur van het NCCN' },
      { kind: 'person', name: 'Annelies Verlinden', role: 'Minister van Binnenlandse Zaken' },
      { kind: 'place', name: 'Luik' },
      { kind: 'place', name: 'Gent' },
      { kind: 'agreement', name: 'Protocol inzake Overstromingsrisico', date: '2023-10' },
    ],
    dates: [
      { value: '2024-06-07', relative: true, forms: ['vrijdag'] },
      { value: '2023-10', relative: true, forms: ['vorig jaar oktober'] },
    ],
    links: [
      { href: 'https://www.nccn.be/nl', text: 'Nationaal Crisiscentrum' },
      { href: 'https://www.vmm.be/', text: 'VMM' },
    ],
    ...over,
  });
}

export function frBrief(over: Partial<BriefSpec> = {}): Brief {
  return makeBrief({
    url: 'https://www.lesoir.be/2024/06/07/centre-de-crise-accord',
    title: 'Le Centre de crise signe un accord pour une alerte plus rapide en cas d\'inondations',
    byline: 'Élodie Lamy',
    siteName: 'Le Soir',
    lang: 'fr',
    published: '2024-06-07',
    text: FR_TEXT,
    entities: [
      { kind: 'organisation', name: 'Centre de crise national', acronym: 'NCCN' },
      { kind: 'organisation', name: 'Société wallonne des eaux' },
      { kind: 'person', name: 'Koen Schoeters', role: 'directeur ad interim du NCCN' },
      { kind: 'person', name: 'Annelies Verlinden', role: 'ministre de l\'Intérieur' },
      { kind: 'place', name: 'Liège' },
      { kind: 'agreement', name: 'Protocole sur le risque d\'inondation', date: '2023-10' },
    ],
    dates: [{ value: '2023-10', relative: true, forms: ['octobre dernier'] }],
    links: [{ href: 'https://centredecrise.be/fr', text: 'Centre de crise' }],
    ...over,
  });
}

export function deBrief(over: Partial<BriefSpec> = {}): Brief {
  return makeBrief({
    url: 'https://www.brf.be/national/2024/06/08/krisenzentrum/',
    title: 'Krisenzentrum schließt Abkommen über schnellere Hochwasserwarnung',
    byline: null,
    siteName: 'BRF Nachrichten',
    lang: 'de',
    published: '2024-06-08',
    text: DE_TEXT,
    entities: [
      { kind: 'organisation', name: 'Nationale Krisenzentrum', acronym: 'NCCN' },
      { kind: 'organisation', name: 'Deutschen Wetterdienst', acronym: 'DWD' },
      { kind: 'person', name: 'Koen Schoeters', role: 'kommissarischer Direktor' },
      { kind: 'person', name: 'Annelies Verlinden', role: 'Innenministerin' },
      { kind: 'place', name: 'Lüttich' },
      { kind: 'place', name: 'Köln' },
      { kind: 'agreement', name: 'Hochwasserprotokoll', date: '2023-10' },
    ],
    dates: [{ value: '2023-10', relative: true, forms: ['im Oktober vergangenen Jahres'] }],
    ...over,
  });
}

export function enBrief(over: Partial<BriefSpec> = {}): Brief {
  return makeBrief({
    url: 'https://www.brusselstimes.com/1073452/crisis-centre-signs-flood-deal',
    title: 'Crisis Centre signs deal for faster flood warnings',
    byline: 'The Brussels Times',
    siteName: 'The Brussels Times',
    lang: 'en',
    published: '2024-06-07',
    text: EN_TEXT,
    entities: [
      { kind: 'organisation', name: 'National Crisis Centre', acronym: 'NCCN' },
      { kind: 'organisation', name: 'Royal Meteorological Institute', acronym: 'RMI' },
      { kind: 'organisation', name: 'European Union' },
      { kind: 'person', name: 'Koen Schoeters', role: 'acting director of the NCCN' },
      { kind: 'person', name: 'Annelies Verlinden', role: 'Interior minister' },
      { kind: 'place', name: 'Liège' },
      { kind: 'place', name: 'Ghent' },
      { kind: 'agreement', name: 'Flood Risk Protocol', date: '2023-10' },
    ],
    dates: [
      { value: '2024-06-07', relative: true, forms: ['Friday'] },
      { value: '2023-10', relative: true, forms: ['last October'] },
    ],
    links: [{ href: 'https://www.brusselstimes.com/belgium', text: 'Belgium' }],
    ...over,
  });
}

export const fourBriefs = (): Brief[] => [nlBrief(), frBrief(), deBrief(), enBrief()];

// ---- volume generator (seeded) ---------------------------------------------------------------

/** mulberry32: small, fast, seeded. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface LangData {
  sites: readonly (readonly [string, string])[];
  words: readonly string[];
  orgs: readonly (readonly [string, string])[];
  places: readonly string[];
}
const LANGS: Record<'nl' | 'fr' | 'de' | 'en', LangData> = {
  nl: {
    sites: [['VRT NWS', 'vrt.be'], ['De Standaard', 'standaard.be'], ['NOS', 'nos.nl'], ['De Morgen', 'demorgen.be']],
    words: 'de het een van en in op voor met dat is werd zijn door bij crisis overstroming regering minister akkoord brandweer hulpdiensten gemeente provincie waarschuwing stroomstoring evacuatie onderzoek verklaring maatregelen burgemeester politie ziekenhuis'.split(' '),
    orgs: [['Nationaal Crisiscentrum', 'NCCN'], ['Vlaamse Milieumaatschappij', 'VMM'], ['Federale Overheidsdienst Binnenlandse Zaken', 'FOD'], ['Rode Kruis Vlaanderen', ''], ['Koninklijk Meteorologisch Instituut', 'KMI'], ['Europese Unie', 'EU']],
    places: ['Brussel', 'Antwerpen', 'Gent', 'Luik', 'Leuven', 'Namen', 'Hasselt', 'Brugge', 'Mechelen', 'Aarlen'],
  },
  fr: {
    sites: [['Le Soir', 'lesoir.be'], ['RTBF', 'rtbf.be'], ['Le Monde', 'lemonde.fr'], ['La Libre', 'lalibre.be']],
    words: 'le la les un une de des et en dans pour avec que est été sont par sur crise inondation gouvernement ministre accord pompiers secours commune province alerte panne évacuation enquête déclaration mesures bourgmestre police hôpital'.split(' '),
    orgs: [['Centre de crise national', 'NCCN'], ['Institut royal météorologique', 'IRM'], ['Croix-Rouge de Belgique', ''], ['Organisation mondiale de la santé', 'OMS'], ['Union européenne', 'UE'], ['Service public de Wallonie', 'SPW']],
    places: ['Bruxelles', 'Liège', 'Namur', 'Charleroi', 'Mons', 'Arlon', 'Verviers', 'Paris', 'Lille', 'Tournai'],
  },
  de: {
    sites: [['BRF Nachrichten', 'brf.be'], ['Tagesschau', 'tagesschau.de'], ['Der Spiegel', 'spiegel.de'], ['Grenz-Echo', 'grenzecho.net']],
    words: 'der die das ein eine von und in auf für mit dass ist wurde sind durch bei Krise Hochwasser Regierung Ministerin Abkommen Feuerwehr Rettungsdienste Gemeinde Warnung Stromausfall Evakuierung Untersuchung Erklärung Maßnahmen Bürgermeister Polizei Krankenhaus'.split(' '),
    orgs: [['Nationale Krisenzentrum', 'NCCN'], ['Deutscher Wetterdienst', 'DWD'], ['Technisches Hilfswerk', 'THW'], ['Bundesamt für Bevölkerungsschutz und Katastrophenhilfe', 'BBK'], ['Europäische Union', 'EU'], ['Deutsches Rotes Kreuz', 'DRK']],
    places: ['Eupen', 'Köln', 'Aachen', 'Lüttich', 'Berlin', 'Sankt Vith', 'Düsseldorf', 'Bonn', 'Trier', 'Mainz'],
  },
  en: {
    sites: [['The Brussels Times', 'brusselstimes.com'], ['BBC News', 'bbc.co.uk'], ['Reuters', 'reuters.com'], ['The Guardian', 'theguardian.com']],
    words: 'the a of and in on for with that is was were by at crisis flood government minister agreement firefighters emergency services council province warning outage evacuation inquiry statement measures mayor police hospital'.split(' '),
    orgs: [['National Crisis Centre', 'NCCN'], ['Royal Meteorological Institute', 'RMI'], ['World Health Organization', 'WHO'], ['European Union', 'EU'], ['Red Cross', ''], ['North Atlantic Treaty Organization', 'NATO']],
    places: ['Brussels', 'Liège', 'Ghent', 'Antwerp', 'London', 'Paris', 'Namur', 'Leuven', 'Bruges', 'Ostend'],
  },
};
const FIRST = ['Koen', 'Annelies', 'Sophie', 'Marc', 'Élodie', 'Jürgen', 'Sarah', 'Pieter', 'Hélène', 'Thomas', 'Lotte', 'François', 'Anna', 'David', 'Inès'];
const LAST = ['Schoeters', 'Verlinden', 'Dubois', 'Peeters', 'Müller', 'Janssens', 'Lambert', 'Maes', 'Schmidt', 'Claes', 'Dupont', 'Wouters', 'Fischer', 'Smith', 'Martin'];
const ROLES = ['minister', 'spokesperson', 'director', 'mayor', 'governor', 'commissioner'];
const AGREEMENTS = ['Protocol on Flood Risk', 'Memorandum of Understanding on Civil Protection', 'Paris Agreement', 'Schengen Agreement', 'Treaty of Lisbon', 'Cooperation Agreement on Crisis Management', 'Sendai Framework'];

const SYLLABLES: Record<string, string[]> = {
  nl: 'be ver ge ont aan oor sten ing heid lijk der ge woon plan raad stad werk over zaak geld land'.split(' '),
  fr: 'con pre tion ment re de par ique eur ance ger eau ble vre cour sion poli ter mon ville'.split(' '),
  de: 'ver ge be un zu ung keit lich ten schaft heit er an ein stadt land recht geld werk zeit'.split(' '),
  en: 'con pre tion ment re de pro ing er ity ble al ver in com port stand form cover ward'.split(' '),
};

/**
 * A 30,000-word pseudo-vocabulary per language, sampled with a Zipf law: with the function words,
 * an article of ~900 words has ~50 % distinct words and the library a large vocabulary, like real
 * news (so search and index costs are not flattered by a tiny vocabulary).
 */
function vocabulary(lang: string, r: () => number): string[] {
  const syl = SYLLABLES[lang];
  const out = new Set<string>();
  while (out.size < 30_000) {
    const n = 2 + Math.floor(r() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += syl[Math.floor(r() * syl.length)];
    out.add(w);
  }
  return [...out];
}

/** `n` varied briefs: 4 languages, 16 sites, 5–40 entities, ~3–8 KB of text, dates 2019–2024. */
export function generateBriefs(n: number, seed = 42): Brief[] {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)];
  const out: Brief[] = [];
  const langs = Object.keys(LANGS) as (keyof typeof LANGS)[];
  const vocab = Object.fromEntries(langs.map((l) => [l, vocabulary(l, r)])) as Record<string, string[]>;
  const zipf = (v: string[]) => v[Math.min(v.length - 1, Math.floor(Math.exp(r() * Math.log(v.length + 1))) - 1)];
  for (let i = 0; i < n; i++) {
    const lang = langs[i % 4];
    const L = LANGS[lang];
    const [siteName, host] = pick(L.sites);
    const nEnt = 5 + Math.floor(r() * 36);
    const entities: EntitySpec[] = [];
    const names = new Set<string>();
    for (let k = 0; k < nEnt; k++) {
      const t = r();
      let e: EntitySpec;
      if (t < 0.3) {
        const [name, acr] = pick(L.orgs);
        e = { kind: 'organisation', name, ...(acr ? { acronym: acr } : {}) };
      } else if (t < 0.6) {
        e = { kind: 'person', name: `${pick(FIRST)} ${pick(LAST)}`, role: pick(ROLES) };
      } else if (t < 0.9) {
        e = { kind: 'place', name: pick(L.places) };
      } else {
        e = { kind: 'agreement', name: pick(AGREEMENTS), date: `${2010 + Math.floor(r() * 14)}` };
      }
      if (names.has(e.kind + e.name)) continue;
      names.add(e.kind + e.name);
      entities.push(e);
    }
    // Text: 3–8 KB of sentences, entities woven in.
    const target = 3000 + Math.floor(r() * 5000);
    const parts: string[] = [];
    let len = 0;
    let s = 0;
    while (len < target) {
      const words: string[] = [];
      const wc = 8 + Math.floor(r() * 18);
      for (let w = 0; w < wc; w++) words.push(r() < 0.45 ? pick(L.words) : zipf(vocab[lang]));
      const e = entities[s % entities.length];
      words.splice(Math.floor(r() * words.length), 0, e.acronym && r() < 0.5 ? `${e.name} (${e.acronym})` : e.name);
      const sentence = words.join(' ');
      const text = sentence[0].toUpperCase() + sentence.slice(1) + (r() < 0.1 ? `, ${2019 + Math.floor(r() * 6)}.` : '.');
      parts.push(text);
      len += text.length + 1;
      s++;
      if (r() < 0.15) parts.push('\n');
    }
    const text = parts.join(' ').replace(/ \n /g, '\n');
    const year = 2019 + Math.floor(r() * 6);
    const month = String(1 + Math.floor(r() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(r() * 28)).padStart(2, '0');
    const published = r() < 0.05 ? null : `${year}-${month}-${day}`;
    const topic = pick(L.words.filter((w) => w.length > 5));
    out.push(
      makeBrief({
        url: `https://www.${host}/news/${year}/${month}/${i}-${topic.toLowerCase()}`,
        title: `${topic[0].toUpperCase()}${topic.slice(1)}: ${entities[0].name} ${pick(L.words)} ${pick(L.places)} #${i}`,
        byline: `${pick(FIRST)} ${pick(LAST)}`,
        siteName,
        lang,
        published,
        text,
        entities,
        dates: published ? [{ value: published, forms: [String(year)] }] : [],
        links: [
          { href: `https://www.${host}/news`, text: 'News' },
          { href: `https://www.${host}/news/${year}`, text: String(year) },
        ],
      }),
    );
  }
  return out;
}
