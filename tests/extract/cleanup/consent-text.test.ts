import { describe, expect, it } from 'vitest';
import { looksLikeConsent, removeConsentBoxes } from '../../../src/extract/consent-text';
import { content, textOf } from './helpers';

describe('consent text', () => {
  it('recognises consent talk in the four languages, not an article about it', () => {
    expect(looksLikeConsent('We and our partners use cookies. Accept all or manage preferences; see our privacy policy.')).toBe(true);
    expect(looksLikeConsent('Wij en onze partners gebruiken cookies. Geef toestemming of kies Instellingen.')).toBe(true);
    expect(looksLikeConsent("Nos partenaires et nous utilisons des cookies. Tout accepter ou paramétrer votre consentement.")).toBe(true);
    expect(looksLikeConsent('Ein Klick für den Datenschutz: Erst wenn Sie hier klicken, wird Ihre IP-Adresse an externe Server übertragen.')).toBe(true);
    expect(looksLikeConsent('The regulator fined the broadcaster because its cookie banner hid the option to refuse tracking, a breach the court called serious.')).toBe(false);
  });
  it('removes a consent box in front of an embedded chart, keeps the prose', () => {
    const c = content(`<p>Exports to Iran fell by half since 2010, the statistics office said.</p>
      <div><div>Ein Klick für den Datenschutz</div><div>Für die Grafik nutzen wir einen externen Dienst. Erst wenn Sie hier klicken, wird Ihre IP-Adresse an externe Server übertragen. Mehr in unserer Datenschutzerklärung.</div></div>
      <p>Imports fell too.</p>`);
    expect(removeConsentBoxes(c)).toBe(1);
    expect(textOf(c)).toBe('Exports to Iran fell by half since 2010, the statistics office said. Imports fell too.');
  });
});

describe('consentWordCount with a target', () => {
  it('answers "at least target?" as the full count does', async () => {
    const { consentWordCount } = await import('../../../src/extract/consent-text');
    const texts = ['We and our partners use cookies. Accept all or manage preferences; see our privacy policy.', 'The dike held.', 'cookies', 'Cookies and consent.'];
    for (const t of texts) {
      const full = consentWordCount(t);
      for (const target of [1, 2, 3, 4, 6]) expect(consentWordCount(t, target) >= target).toBe(full >= target);
    }
    expect(consentWordCount(texts[0])).toBe(6);
  });
});
