/** The most frequent function words of the language: its profile for language detection (src/nlp/detect-language.ts). */
export const PROFILE = 'de het een en van in is op dat die te zijn voor met niet aan er ook als bij door om maar dan nog wordt werd naar uit over heeft hebben zij hij deze dit worden kan tot zo geen waren wel';
