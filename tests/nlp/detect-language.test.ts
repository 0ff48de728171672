import { describe, expect, it } from 'vitest';
import { detectLanguage, nonLatinScript } from '../../src/nlp/detect-language';
import { chooseLanguage } from '../../src/nlp/pipeline';

describe('detectLanguage', () => {
  it('tells the four languages apart on a sentence', () => {
    expect(detectLanguage('De minister zei dat het plan van de regering niet werkt.').lang).toBe('nl');
    expect(detectLanguage("Le ministre a dit que le plan du gouvernement ne fonctionne pas.").lang).toBe('fr');
    expect(detectLanguage('Der Minister sagte, dass der Plan der Regierung nicht funktioniert.').lang).toBe('de');
    expect(detectLanguage('The minister said that the plan of the government does not work.').lang).toBe('en');
  });
  it('recognises other Latin-script languages as such', () => {
    expect(detectLanguage('El ministro dijo que el plan del gobierno no funciona para los ciudadanos.').lang).toBe('es');
    expect(detectLanguage('Il ministro ha detto che il piano del governo non funziona per la gente.').lang).toBe('it');
  });
  it('reports non-Latin scripts', () => {
    expect(nonLatinScript('これは日本語の文章です。東京で会議が開かれた。')).toBe('ja');
    expect(nonLatinScript('这是一个中文句子，北京举行了会议。')).toBe('zh');
    expect(nonLatinScript('Это русский текст о встрече в Москве.')).toBe('ru');
    expect(nonLatinScript('هذا نص عربي عن اجتماع في القاهرة')).toBe('ar');
    expect(nonLatinScript('Plain English with one word Москва.')).toBeNull();
  });
  it('says und when there is nothing to go on', () => {
    expect(detectLanguage('').lang).toBe('und');
    expect(detectLanguage('12 34 56 !!!').lang).toBe('und');
  });
  it('trusts a declared language unless the text is clearly another', () => {
    expect(chooseLanguage('Short.', 'nl-BE')).toBe('nl');
    const dutch = 'Het kabinet heeft besloten dat de maatregelen worden verlengd en dat er geen uitzonderingen zijn voor de sector. '.repeat(4);
    expect(chooseLanguage(dutch, 'en')).toBe('nl');
    expect(chooseLanguage('Москва и Санкт-Петербург — крупнейшие города России.', 'en')).toBe('ru');
  });
  it('never overrides a language the user stated (the CLI --lang)', () => {
    const dutch = 'Het kabinet heeft besloten dat de maatregelen worden verlengd en dat er geen uitzonderingen zijn voor de sector. '.repeat(4);
    expect(chooseLanguage(dutch, 'en', true)).toBe('en');
    expect(chooseLanguage('Москва и Санкт-Петербург — крупнейшие города России.', 'fr', true)).toBe('fr');
  });
  it('counts scripts with surrogate pairs and punctuation correctly', () => {
    expect(chooseLanguage('“Quotes” — and dashes… in an English sentence about the weather and the roads.', null)).toBe('en');
    expect(detectLanguage('𠀀𠀁𠀂 東京都の天気は晴れです。ひらがなとカタカナ。').lang).toBe('ja');
  });
});
