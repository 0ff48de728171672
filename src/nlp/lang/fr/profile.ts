/** The most frequent function words of the language: its profile for language detection (src/nlp/detect-language.ts). */
export const PROFILE = 'le la les de des du et est un une en dans que qui pour pas par sur au aux avec ce cette il elle sont ont été son ses leur plus ne se nous vous mais ou été était comme';
