import { describe, expect, it } from 'vitest';
import { initialsMatch } from '../../../src/nlp/ner/acronyms';
import { analyseText } from '../../../src/nlp/pipeline';
import type { NlpResult } from '../../../src/nlp/types';

const org = (r: NlpResult, name: string) => r.organisations.find((o) => o.name === name);
const orgNames = (r: NlpResult) => r.organisations.map((o) => o.name);

describe('initialsMatch', () => {
  const words = (s: string, fn: string[]) => s.split(' ').map((w) => ({ letters: w.toLowerCase(), fn: fn.includes(w.toLowerCase()) }));
  it('reads the acronym off the content words, skipping function words', () => {
    expect(initialsMatch('EMSA', words('European Maritime Safety Agency', []))).toBe(true);
    expect(initialsMatch('AESM', words('Agence europeenne pour la securite maritime', ['pour', 'la']))).toBe(true);
    expect(initialsMatch('BSI', words('Bundesamt fur Sicherheit in der Informationstechnik', ['fur', 'in', 'der']))).toBe(true);
  });
  it('lets a word give more letters than its initial, and function words give theirs when they are in the acronym', () => {
    expect(initialsMatch('NCCN', words('Nationaal Crisiscentrum', []))).toBe(true);
    expect(initialsMatch('NZDF', words('New Zealand Defence Force', ['new']))).toBe(true);
  });
  it('rejects expansions in another language or with words the acronym lacks', () => {
    expect(initialsMatch('NCTV', words('National Coordinator for Security and Counterterrorism', ['for', 'and']))).toBe(false);
    expect(initialsMatch('EMSA', words('Maritime Safety Agency', []))).toBe(false);
  });
});

describe('acronyms joined to long names', () => {
  it('English: the whole name before "(ACR)" is one organisation, also when the acronym is Dutch', async () => {
    const r = await analyseText(
      'Analysts at the National Coordinator for Security and Counterterrorism (NCTV) briefed ministers. ' +
        'Inspectors of the European Maritime Safety Agency (EMSA) checked the ferry. Later the NCTV and EMSA issued a joint note.',
      { lang: 'en' },
    );
    const nctv = org(r, 'National Coordinator for Security and Counterterrorism');
    expect(nctv?.acronym).toBe('NCTV');
    expect(nctv?.mentions.filter((m) => m.text === 'NCTV')).toHaveLength(2);
    const emsa = org(r, 'European Maritime Safety Agency');
    expect(emsa?.acronym).toBe('EMSA');
    expect(orgNames(r)).not.toContain('NCTV');
    expect(orgNames(r)).not.toContain('Maritime Safety Agency');
    expect(r.people.map((p) => p.name)).not.toContain('National Coordinator');
  });
  it('English: a name with "and" in it and a foreign acronym; a possessive country is not part of it', async () => {
    const r = await analyseText("Chile's National Service for Disaster Prevention and Response (SENAPRED) ordered evacuations near Valparaiso.", { lang: 'en' });
    const s = org(r, 'National Service for Disaster Prevention and Response');
    expect(s?.acronym).toBe('SENAPRED');
    expect(r.places.map((p) => p.name)).toContain('Chile');
  });
  it('a person with an acronym-like party label is not an organisation', async () => {
    const r = await analyseText('The motion came from Minister Jan Jambon (N-VA) and was rejected.', { lang: 'en' });
    expect(r.people.map((p) => p.name)).toContain('Jan Jambon');
    expect(r.organisations.every((o) => o.name !== 'Minister Jan Jambon')).toBe(true);
  });
  it('Dutch: de Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV)', async () => {
    const r = await analyseText('Volgens de Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV) blijft het dreigingsniveau gelijk. De NCTV publiceert elk half jaar een analyse.', { lang: 'nl' });
    const n = org(r, 'Nationaal Coördinator Terrorismebestrijding en Veiligheid');
    expect(n?.acronym).toBe('NCTV');
    expect(orgNames(r)).not.toContain('NCTV');
  });
  it('Dutch: a foreign acronym after a name with lower-case words following "voor"', async () => {
    const r = await analyseText('Inspecteurs van het Europees Agentschap voor maritieme veiligheid (EMSA) controleerden de veerboot.', { lang: 'nl' });
    expect(org(r, 'Europees Agentschap voor maritieme veiligheid')?.acronym).toBe('EMSA');
    expect(orgNames(r)).not.toContain('Europees Agentschap');
  });
  it("French: l'Agence européenne pour la sécurité maritime (AESM), lower-case words inside", async () => {
    const r = await analyseText("Un rapport de l'Agence européenne pour la sécurité maritime (AESM) critique les contrôles. L'AESM recommande des inspections.", { lang: 'fr' });
    const a = org(r, 'Agence européenne pour la sécurité maritime');
    expect(a?.acronym).toBe('AESM');
    expect(orgNames(r)).not.toContain('Agence européenne');
  });
  it("French: an office named by a role word and an adjective, Dutch acronym: le Coordinateur national pour … (NCTV)", async () => {
    const r = await analyseText("Selon le Coordinateur national pour la sécurité et l'antiterrorisme (NCTV), la menace reste élevée.", { lang: 'fr' });
    expect(org(r, "Coordinateur national pour la sécurité et l'antiterrorisme")?.acronym).toBe('NCTV');
  });
  it('German: die Europäische Agentur für die Sicherheit des Seeverkehrs (EMSA), English acronym', async () => {
    const r = await analyseText('Nach Angaben der Europäische Agentur für die Sicherheit des Seeverkehrs (EMSA) stieg die Zahl der Unfälle. Die EMSA fordert mehr Kontrollen.', { lang: 'de' });
    const e = org(r, 'Europäische Agentur für die Sicherheit des Seeverkehrs');
    expect(e?.acronym).toBe('EMSA');
    expect(orgNames(r)).not.toContain('Europäische Agentur');
    expect(orgNames(r).some((n) => /Angaben/.test(n))).toBe(false);
  });
});
