/** The most frequent function words of the language: its profile for language detection (src/nlp/detect-language.ts). */
export const PROFILE = 'the and of to in is that for it with as was on be by at this are from his have an has but not they were which or their had been its will would who more';
