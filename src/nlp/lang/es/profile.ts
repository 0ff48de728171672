/** The most frequent function words of the language: its profile for language detection (src/nlp/detect-language.ts). */
export const PROFILE = 'el la los las de del y en que un una es por con para se su al lo como más pero sus le ya o fue este ha sí porque esta son entre';
