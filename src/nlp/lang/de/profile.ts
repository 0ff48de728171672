/** The most frequent function words of the language: its profile for language detection (src/nlp/detect-language.ts). */
export const PROFILE = 'der die das und ist nicht ein eine zu den von mit sich des auf für im dem als auch es an wird aus er sie hat nach bei einer um am sind noch wie einem über so zum zur war werden';
