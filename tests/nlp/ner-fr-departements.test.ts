import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/nlp/pipeline';

const places = async (text: string) => (await analyseText(text, { lang: 'fr', published: null })).places.flatMap((e) => e.mentions.map((m) => m.text));

describe('French place list: every département', () => {
  it('the départements a vigilance bulletin lists are places, compound names whole', async () => {
    const p = await places(
      "Météo-France a placé la Haute-Vienne, la Lozère et le Puy-de-Dôme en vigilance orange. " +
        "Les pompiers des Pyrénées-Atlantiques et des Hautes-Pyrénées sont en renfort dans le Lot-et-Garonne, le Gers et l'Yonne.",
    );
    expect(p).toEqual(
      expect.arrayContaining(['Haute-Vienne', 'Lozère', 'Puy-de-Dôme', 'Pyrénées-Atlantiques', 'Hautes-Pyrénées', 'Lot-et-Garonne', 'Gers', 'Yonne']),
    );
    expect(p).not.toContain('Lot');
    expect(p).not.toContain('Garonne');
  });
});
