import { describe, expect, it } from 'vitest';
import { camelCase } from '../../src/nlp/ner/refine-rules';

describe('camelCase: the shape of a brand (compound-org takes such a head: "InfoWars-Gründer X")', () => {
  it('inner capitals or capitals then lower case, not a surname prefix', () => {
    for (const w of ['StormWatch', 'NewsDesk', 'RTLnieuws', 'EuroNews']) expect(camelCase(w)).toBe(true);
    for (const w of ['McDonald', 'MacArthur', 'DeSantis', 'LeBron', 'Berlin', 'NGOs', 'USA']) expect(camelCase(w)).toBe(false);
  });
});
