import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/nlp/pipeline';
import { loadPack } from '../../src/nlp/ner/pack';
import { lexiconFor } from '../../src/nlp/ner/lexicon';
import { tokenize } from '../../src/nlp/tokenize';
import { splitSentences } from '../../src/nlp/sentences';
import { annotateTokens, recognise } from '../../src/nlp/ner/recognise';
import type { NerSpan, NlpResult } from '../../src/nlp/types';

const de = (text: string) => analyseText(text, { lang: 'de', published: null });
const names = (es: { mentions: { text: string }[] }[]) => es.flatMap((e) => e.mentions.map((m) => m.text));
const all = (r: NlpResult) => [...names(r.organisations), ...names(r.people), ...names(r.places)];

describe('German NER with the trained tagger', () => {
  it('finds people, organisations and places in a news sentence, without the role word', async () => {
    const r = await de('Die Bundesregierung will das Gesetz noch vor der Sommerpause verabschieden, sagte Regierungssprecher Steffen Hebestreit am Mittwoch in Berlin.');
    expect(names(r.organisations)).toContain('Bundesregierung');
    expect(names(r.people)).toEqual(['Steffen Hebestreit']);
    expect(names(r.places)).toContain('Berlin');
  });

  it('companies with their legal form, a two-word company name and a city', async () => {
    const r = await de('Die Siemens AG und die Deutsche Bahn unterzeichneten in München einen Vertrag.');
    expect(names(r.organisations)).toEqual(expect.arrayContaining(['Siemens AG', 'Deutsche Bahn']));
    expect(names(r.places)).toEqual(['München']);
  });

  it('capitalised common nouns after numbers are not names (centuries, currencies, generic nouns)', async () => {
    const r = await de('Im 18. Jahrhundert gehörte das Dorf zum Herzogtum. Der Umsatz stieg auf 4,2 Millionen Euro. Das Unternehmen meldete einen Verlust.');
    expect(all(r)).toEqual([]);
  });

  it('currency codes and everyday abbreviations are not organisations', async () => {
    const r = await de('Das Ticket kostet 120 EUR oder 115 CHF, die Kfz-Steuer ist nicht enthalten. Bitte geben Sie Ihre PLZ an.');
    expect(names(r.organisations)).toEqual([]);
  });
});

describe('LangPack.modelOverrides (German: org-cue and given-name rules yield to the tagger)', () => {
  const run = async (text: string, extra: NerSpan[], overrides: string[] | undefined) => {
    const pack = await loadPack('de')!;
    const lex = lexiconFor({ ...pack, modelOverrides: overrides });
    const toks = annotateTokens(text, tokenize(text), splitSentences(text));
    return recognise(lex, toks, extra).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
  };
  const text = 'Gestern sang Laura Hoffmann Lieder aus Bayern. Das neue Kulturzentrum öffnet am Montag.';
  const model: NerSpan[] = [{ type: 'PER', start: text.indexOf('Laura'), end: text.indexOf(' Lieder') }];

  it('without overrides the given-name rule runs on over a capitalised noun and a cue word makes an organisation', async () => {
    expect(await run(text, model, undefined)).toEqual(expect.arrayContaining(['PER:Laura Hoffmann Lieder', 'ORG:Kulturzentrum']));
  });

  it('with overrides the tagger decides the extent, and a cue-word guess the tagger does not share is dropped', async () => {
    const got = await run(text, model, ['org-cue', 'given']);
    expect(got).toContain('PER:Laura Hoffmann');
    expect(got).toContain('LOC:Bayern'); // gazetteer hits still stand
    expect(got.join(' ')).not.toMatch(/Lieder|Kulturzentrum/);
  });

  it('a rule span the tagger found identically is kept', async () => {
    const got = await run('Gestern sang Laura Hoffmann in Bayern.', [{ type: 'PER', start: 13, end: 27 }], ['org-cue', 'given']);
    expect(got).toContain('PER:Laura Hoffmann');
  });
});
