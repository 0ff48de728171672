import { registerAgreementWords } from '../../ner/lang-words';

const w = (s: string) => s.split(/\s+/).filter(Boolean);

/** German words of the agreement finder (src/nlp/ner/agreements.ts). */
export const DE_AGREEMENT_WORDS = registerAgreementWords('de', {
  nouns: [],
  compoundSuffixes: w(`abkommen abkommens gesetz gesetzes vertrag vertrags übereinkommen pakt paktes charta konvention`),
  minCompoundPrefix: 3,
  compoundNotAgreement: w(`miet arbeits kauf leasing versicherungs spieler profi ehe erb werk liefer leih ausbildungs handy natur
    gesprächs sitzungs polizei unfall lizenz kilometer restwert gesellschafts landes bundes kom`),
  inflectedEndings: { gesetzes: 'gesetz', vertrags: 'vertrag', vertrages: 'vertrag', abkommens: 'abkommen', paktes: 'pakt', übereinkommens: 'übereinkommen' },
  conjunctions: w(`und oder &`),
  genitives: w(`von vom der des`),
  topicLinks: w(`über zur zum`),
  subjectLinks: [],
  protocolWords: w(`protokoll protokolle`),
  techWords: w(`netzwerk kommunikations`),
  abbreviations: w(`mou`),
  adoption: w(`unterzeichnet unterschrieben verabschiedet beschlossen ratifiziert abgeschlossen geschlossen unterzeichnete verabschiedete
    beschloss ratifizierte schloss`),
  notAgreementModifiers: w(`internationales internationale humanitäres humanitäre neues neue gleiche`),
  founding: w(`gründungs`),
  founded: w(`gegründet gründung`),
});
