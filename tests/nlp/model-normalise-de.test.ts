import { describe, expect, it } from 'vitest';
import { LABELS } from '../../src/nlp/model/features';
import { normaliseLabels } from '../../src/nlp/model/tagger';
import { G_STOP } from '../../src/nlp/model/gazetteer-features';

const y = (l: string) => LABELS.indexOf(l as (typeof LABELS)[number]);

describe('tagger output normalisation where nouns are capitalised (German)', () => {
  const words = ['Das', 'Museum', 'für', 'angewandte', 'Kunst', 'öffnet', 'heute', '.'];
  const tagged = () => [0, y('B-ORG'), y('I-ORG'), y('I-ORG'), y('I-ORG'), 0, 0, 0];
  const gaz = new Uint32Array(words.length);
  gaz[0] = G_STOP;
  gaz[2] = G_STOP;
  const first = new Uint8Array(words.length);
  first[0] = 1;

  it('keeps a lower-case adjective inside a German name', () => {
    const labels = tagged();
    normaliseLabels(words, labels, gaz, first, true);
    expect(labels).toEqual(tagged());
  });

  it('elsewhere a lower-case content word still ends the name', () => {
    const labels = tagged();
    normaliseLabels(words, labels, gaz, first, false);
    expect(labels.slice(1, 5)).not.toEqual(tagged().slice(1, 5));
    expect(labels[3]).toBe(0);
  });
});
