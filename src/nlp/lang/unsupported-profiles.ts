/**
 * Function-word profiles of Latin-script languages CrisisLens has no pack for: language detection
 * (src/nlp/detect-language.ts) reports them as such (so unsupported) instead of guessing one of ours.
 */
export const UNSUPPORTED_PROFILES: Record<string, string> = {
  it: 'il di che la le e un una per non con del della sono gli si da al nel è anche come ma più ha dei alla questo lo delle',
  pt: 'o a os as de do da dos das e em um uma que para com não por se na no mais como mas foi ao ele sua seu ou são pelo pela',
  sv: 'och i att det som en på är av för med till den har de inte om ett han men var jag sig från vi så kan',
  da: 'og i at det er en til på af med for den de ikke som har et han var men sig fra vi så kan der',
  pl: 'i w na z że się nie do to jest o jak po co ale od za przez przy są jego tym lub być',
};
