import { describe, expect, it } from 'vitest';
import { isLinkList, isTeaserLine, removeTeaserLines } from '../../../src/extract/teaser-lines';
import { content, textOf } from './helpers';

describe('isTeaserLine', () => {
  it('knows "read more" lines in the four languages', () => {
    for (const s of [
      'Read more: Floods close the ring road',
      '[Read: How the dike gave way]',
      'ALSO READ: Weather service warns of hail',
      'READ NEXT: Cape Hope braces for wind',
      'Lees ook: Waterschap sluit stuw bij Grave',
      'Lees meer over: Weer',
      'À lire aussi La préfecture ferme les quais',
      'Lire aussi : les pompiers en alerte',
      'Mehr zum Thema: Pegel am Rhein steigt',
      'Lesen Sie auch: Was das THW jetzt rät',
      'Mehr zur Lage an der Küste lesen Sie in unserem Liveblog:',
    ]) expect(isTeaserLine(s), s).toBe(true);
  });
  it('leaves article sentences that happen to start alike', () => {
    for (const s of [
      'Read the statement, the minister said, before judging the engineers.',
      'Lees de brief van de burgemeester goed, zei de woordvoerder.',
      'Lire le rapport prendra des semaines, selon le préfet.',
      'Mehr als 200 Menschen mussten ihre Häuser verlassen.',
      'Vidéo: les images de la crue à Namur',
    ]) expect(isTeaserLine(s), s).toBe(false);
  });
});

describe('removeTeaserLines', () => {
  it('removes teaser lines between body paragraphs and keeps the body', () => {
    const c = content(`<p>The river rose two metres overnight in Namur.</p>
      <p><strong>ALSO READ: <a href="/x">Storm Daan hits the coast of Zeeland</a></strong></p>
      <p>Residents of Jambes were told to stay upstairs.</p>`);
    expect(removeTeaserLines(c)).toBe(1);
    expect(textOf(c)).toBe('The river rose two metres overnight in Namur. Residents of Jambes were told to stay upstairs.');
  });
  it('removes a list whose items are only links (related articles), keeps lists of prose and lists of web addresses', () => {
    const c = content(`<ul id="rel"><li><a href="/1">Russian drones: hidden in Germany?</a></li><li><a href="/2">Hackers target the grid</a></li><li><a href="/3">Spies on the Baltic</a></li></ul>
      <ul id="prose"><li>Schools in Liège stay closed.</li><li>Trains run every hour.</li><li>The <a href="/m">market</a> reopens Friday.</li></ul>
      <ol id="src"><li><a href="https://a.example/r">https://a.example/r</a></li><li><a href="https://b.example/r">https://b.example/r</a></li><li><a href="https://c.example/r">https://c.example/r</a></li></ol>`);
    expect(isLinkList(c.querySelector('#rel')!)).toBe(true);
    removeTeaserLines(c);
    expect(c.querySelector('#rel')).toBeNull();
    expect(c.querySelector('#prose')).not.toBeNull();
    expect(c.querySelector('#src')).not.toBeNull();
  });
});
