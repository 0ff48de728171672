import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/nlp/pipeline';

const names = (xs: { name: string }[]) => xs.map((x) => x.name);
const en = (text: string) => analyseText(text, { lang: 'en' });

describe('English NER: unknown names typed from their context', () => {
  it('"the official X news agency" and "the daily X" are organisations', async () => {
    const r = await en('The report was carried by the official Rantoka news agency and by the daily Morgenvaart on Tuesday.');
    expect(names(r.organisations)).toEqual(expect.arrayContaining(['Rantoka', 'Morgenvaart']));
  });

  it('a dateline names a place, known or not', async () => {
    const r = await en('KIRKWALL 1996-08-30\nFerry services were cancelled because of the storm.');
    expect(names(r.places)).toContain('KIRKWALL');
    expect(r.organisations).toHaveLength(0);
  });

  it('cricket scorecards: "c X b Y" are players', async () => {
    const r = await en('CRICKET - SCOREBOARD.\nJ. Parks c Whitmore b Ostrander 42\nP. Lane lbw b Ostrander 7');
    expect(names(r.people)).toEqual(expect.arrayContaining(['Whitmore', 'Ostrander']));
  });

  it('a motor-racing team after the rider\'s country; the national side after "beat" stays a place', async () => {
    const r = await en('MOTORCYCLING - GRAND PRIX RESULTS.\n1. Jan Smit (Netherlands) Kawasaki 40:12.3\n2. Paolo Verdi (Italy) Ravelli 40:13.9');
    expect(names(r.organisations)).toEqual(expect.arrayContaining(['Kawasaki', 'Ravelli']));
    const s = await en('SOCCER - FRIENDLY.\nGhana beat Norway 2-1 in a friendly on Wednesday.');
    expect(names(s.places)).toEqual(expect.arrayContaining(['Ghana', 'Norway']));
    expect(s.organisations).toHaveLength(0);
  });

  it('a player\'s club in brackets is an organisation', async () => {
    const r = await en('SOCCER - LEADING SCORERS.\nLeading scorers after Sunday\'s matches:\n9 - Marek Olszak (Polonia Bytom)\n8 - Tomasz Weber (Stal Mielec)');
    expect(names(r.organisations)).toEqual(expect.arrayContaining(['Polonia Bytom', 'Stal Mielec']));
    expect(names(r.people)).toEqual(expect.arrayContaining(['Marek Olszak', 'Tomasz Weber']));
  });

  it('nationality words are no people, and "US$" is no mention of a place', async () => {
    const r = await en('A South African engineer said the deal was worth US$ 40 million.');
    expect(r.people).toHaveLength(0);
    expect(r.places).toHaveLength(0);
  });
});

describe('English NER: a surname alone is the person named in full elsewhere in the text', () => {
  it('"Neil Jordan ... Jordan said" is a person, even though Jordan is a country', async () => {
    const r = await en('The director Neil Jordan presented his new film in Venice. Jordan said the story had taken years to write.');
    expect(r.people.find((p) => p.name === 'Neil Jordan')?.mentions).toHaveLength(2);
    expect(r.places.map((p) => p.name)).not.toContain('Jordan');
  });
  it('surname-first names: "Wang Dan ... Wang\'s lawyer"', async () => {
    const r = await en('Police detained the activist Wang Dan on Friday. Wang\'s lawyer said he had not been charged.');
    expect(names(r.people)).toEqual(expect.arrayContaining(['Wang Dan', 'Wang']));
  });
});

describe('English NER: names the engine reads as something else', () => {
  it('"Bill Clinton" is a person although "bill" is a kind of law; "Clinton" alone is then the same person', async () => {
    const r = await en('Bill Clinton met union leaders on Monday. Clinton promised to veto the bill.');
    expect(r.people.find((p) => p.name === 'Bill Clinton')?.mentions).toHaveLength(2);
  });
  it('"Boeing 747" is a product, "AKRON, Ohio" with a date is a dateline, "St. Gallen" keeps its dot', async () => {
    const r = await en('AKRON, Ohio 1996-08-22\nThe Boeing 747 was diverted. Fans of St. Gallen 2 Sion 1 celebrated.');
    expect(r.organisations.map((o) => o.name)).not.toContain('Boeing');
    expect(r.places.map((p) => p.name)).toContain('AKRON');
  });
});

describe('English NER: companies in market reports', () => {
  it('"X was up 1/8", "X rose 20 cents", "shares of X" make X a company; "French shares" and "Turnover fell" do not', async () => {
    const r = await en('Halvorsen was up 1/8 at 48-1/4 on Tuesday. Traders bought shares of Quillmark after the report. French shares ended lower. Turnover fell to 900 million.');
    expect(names(r.organisations)).toEqual(expect.arrayContaining(['Halvorsen', 'Quillmark']));
    expect(names(r.organisations)).not.toContain('French');
    expect(names(r.organisations)).not.toContain('Turnover');
  });
});

describe('English NER: business headlines and tables', () => {
  it('"Brenton Quayle posts record profit" as a headline is a company; "W D L G" is a table header', async () => {
    const r = await en('Brenton Quayle posts record first-half profit.\nThe retailer said sales rose 12 percent.\nW D L G / F G / A P');
    expect(names(r.organisations)).toContain('Brenton Quayle');
    expect(r.people).toHaveLength(0);
  });
  it('European cup results: "X (Country) 2 Y (Country) 1" and "X win 3-1 on aggregate" are sides', async () => {
    const r = await en('SOCCER - CUP WINNERS\' CUP RESULTS.\nIn Kaunas: Zalgiris Vilkas (Lithuania) 2 Dinamo Koper (Slovenia) 1\nDinamo Koper win 3-2 on aggregate.');
    expect(names(r.organisations)).toEqual(expect.arrayContaining(['Zalgiris Vilkas', 'Dinamo Koper']));
    expect(names(r.places)).toEqual(expect.arrayContaining(['Lithuania', 'Slovenia']));
  });
});

describe('English NER: forms of address and faith words', () => {
  it('"Mother Teresa" keeps "Mother"; "Roman Catholic" is no person', async () => {
    const r = await en('Mother Teresa was admitted to hospital on Tuesday. A Roman Catholic priest said prayers for her.');
    expect(names(r.people)).toEqual(['Mother Teresa']);
  });
});

describe('English NER: a name typed from its context is typed the same elsewhere', () => {
  it('"Varnoflex was up 1/8" makes the later "Varnoflex" mentions the company too', async () => {
    const r = await en('Varnoflex was up 1/8 at 12-3/4 in early trading. Analysts said Varnoflex had beaten forecasts, and Varnoflex itself declined to comment.');
    expect(r.organisations.find((o) => o.name === 'Varnoflex')?.mentions).toHaveLength(3);
  });
});

describe('English NER: firms joined by "&"', () => {
  it('"Harlow & Pennick" and "Procter & Gamble" are firms; "Bosnia & Herzegovina" stays two places', async () => {
    const r = await en('Shares of Harlow & Pennick rose, while Procter & Gamble fell. Bosnia & Herzegovina signed the accord.');
    expect(names(r.organisations)).toEqual(expect.arrayContaining(['Harlow & Pennick', 'Procter & Gamble']));
    expect(names(r.places)).toEqual(expect.arrayContaining(['Bosnia', 'Herzegovina']));
    expect(r.people).toHaveLength(0);
  });
});
