import countries from 'i18n-iso-countries/langs/de.json';
import { countryNames } from '../../gazetteers/countries';
import { DE_PLACE_NAMES } from './place-names';
import './agreements';
import './roles';
import type { LangPack } from '../../ner/pack';
import { RULES } from './rules';

const w = (s: string) => s.split(/\s+/).filter(Boolean);

/** German adjective/noun endings → candidate base forms for gazetteer lookups ("Vereinigten" → "Vereinigte", "Frankreichs" → "Frankreich"). */
function baseForms(word: string): string[] {
  // Only inflections of the name itself: genitive -s/-es ("Frankreichs"), adjective -en → -e ("Vereinigten").
  // Not -er ("Berliner", "Schweizer": derived adjectives, not the place).
  const out: string[] = [];
  if (/[^s]es$/.test(word) && word.length > 5) out.push(word.slice(0, -2));
  if (/[^s]s$/.test(word) && word.length > 4) out.push(word.slice(0, -1));
  if (/en$/.test(word) && word.length > 5) out.push(word.slice(0, -1));
  return out;
}

/** German language pack. Nouns are capitalised in German, so capitalisation alone proves nothing here. */
const pack: LangPack = {
  code: 'de',
  capitalisedNouns: true,
  tagger: 'fill',
  modelOverrides: ['org-cue', 'given'],
  commonNounSuffix: /(?:virus|viren|ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|ismus|tät|täten|nis|nisse|ment|chen|lein|ling|linge|ität|ie|ien|ur|uren|enden|ern)$/,
  baseForms,
  stopwords: w(`der die das den dem des ein eine einen einem einer eines und oder aber denn sondern doch dass daß ob wenn als wie weil da damit obwohl während
    ich du er sie es wir ihr mich dich sich uns euch ihm ihn ihnen mir dir mein meine dein deine sein seine ihre unser unsere euer jener jene jenes dieser diese
    dieses diesem diesen man jemand niemand etwas nichts alles alle jeder jede jedes kein keine keinen viele wenige mehr meisten andere anderen selbst
    in im an am auf aus bei mit nach von vom zu zum zur für über unter vor hinter neben zwischen durch gegen ohne um bis seit ab laut trotz wegen innerhalb außerhalb
    ist war sind waren bin bist wird werden wurde wurden hat haben hatte hatten kann können konnte konnten soll sollen sollte muss müssen musste darf dürfen
    will wollen wollte möchte nicht auch noch schon nur sehr so dann nun hier dort wo wann warum was wer welche welcher welches heute gestern morgen immer
    nie oft manchmal vielleicht jedoch deshalb daher danach dabei damit dafür dadurch außerdem zudem trotzdem allerdings bereits ja nein etwa rund fast
    eins zwei drei vier fünf sechs sieben acht neun zehn hundert tausend erste zweite dritte letzte neue neuen großen kleinen
    herr frau dr prof`),
  nonEntities: w(`gott dschihad januar jänner februar märz april mai juni juli august september oktober november dezember montag dienstag mittwoch donnerstag freitag samstag sonntag
    startseite menü suche kontakt teilen mehr zurück weiter anmelden abmelden registrieren newsletter datenschutz impressum cookies anzeige abo politik
    löwen bergen namen bild bilder sommer seine halle kanton sonne wirtschaft kultur sport nachrichten aktuelles thema themen redaktion foto fotos video videos krisenmanagement workshop
    deutsche deutschen deutscher europäische europäischen europäischer
    eur usd chf gbp jpy plz mwst kfz pkw lkw`),
  connectors: w(`der des für und von zur zum`),
  personParticles: w(`von van de der den zu vom di da le`),
  orgWords: w(`ministerium bundesministerium ministerien kommission union agentur bank gmbh ag kg e.v. ev se partei zentrum krisenzentrum generalsekretariat
    sekretariat rat parlament bundestag bundesrat landtag regierung bundesregierung stiftung verein verband bund gewerkschaft universität hochschule
    klinikum krankenhaus gericht bundesgericht bundesverfassungsgericht polizei bundespolizei landespolizei bundeswehr armee amt bundesamt landesamt
    behörde institut büro fonds gruppe konzern gesellschaft werke club fc sv vfb vfl tsv organisation komitee kommando zentrale direktion agentur
    küstenwache nationalgarde`),
  orgSuffixes: w(`ministerium krisenzentrum bundesamt landesamt partei gericht polizei verband zentrum institut agentur behörde bank gewerkschaft kommission online`),
  orgNames: [
    'Bundesamt für Bevölkerungsschutz und Katastrophenhilfe', 'BBK', 'Technisches Hilfswerk', 'THW', 'Robert Koch-Institut', 'Robert-Koch-Institut', 'RKI',
    'Bundeskriminalamt', 'BKA', 'Bundesnachrichtendienst', 'BND', 'Verfassungsschutz', 'Bundesamt für Verfassungsschutz', 'Bundespolizei', 'Bundeswehr',
    'Bundestag', 'Bundesrat', 'Bundesregierung', 'Bundesverfassungsgericht', 'Bundesbank', 'Deutsche Bundesbank', 'Auswärtiges Amt', 'Kanzleramt',
    'Bundeskanzleramt', 'Bundesinnenministerium', 'Innenministerium', 'Außenministerium', 'Gesundheitsministerium', 'Verteidigungsministerium',
    'Finanzministerium', 'Landesregierung', 'Staatskanzlei', 'Nationales Krisenzentrum', 'CDU', 'CSU', 'SPD', 'FDP', 'AfD', 'Grüne', 'Grünen',
    'Die Grünen', 'Bündnis 90/Die Grünen', 'Linke', 'Die Linke', 'Linkspartei', 'BSW', 'Freie Wähler', 'NPD', 'ÖVP', 'SPÖ', 'FPÖ', 'SVP',
    'Deutscher Bundestag', 'Deutsche Presse-Agentur', 'ADAC', 'DRK', 'Deutsches Rotes Kreuz', 'DGB', 'IG Metall', 'Verdi', 'ver.di', 'UN-Sicherheitsrat',
  ],
  placeNames: countryNames(countries).concat(['Vereinigtes Königreich', 'Vereinigte Königreich', 'Vereinigten Königreich', 'Vereinigte Staaten',
    'Vereinigten Staaten', 'USA', 'Deutschland', 'Belgien', 'Frankreich', 'Niederlande', 'Niederlanden', 'Schweiz', 'Österreich', 'Türkei']).concat(DE_PLACE_NAMES),
  personTitles: w(`herr herrn frau fräulein dr prof professor pater schwester bruder könig königin prinz prinzessin graf gräfin baron freiherr
    bürgermeister bürgermeisterin minister ministerin kanzler kanzlerin bundeskanzler bundeskanzlerin präsident präsidentin papst kardinal bischof sir lord`),
  roleWords: w(`direktor direktorin generaldirektor generaldirektorin sekretär sekretärin generalsekretär generalsekretärin vorsitzender vorsitzende
    präsident präsidentin vizepräsident vizepräsidentin minister ministerin bundesminister bundesministerin innenminister innenministerin außenminister
    außenministerin staatssekretär staatssekretärin kanzler kanzlerin bundeskanzler bundeskanzlerin ministerpräsident ministerpräsidentin
    bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin gouverneur kommissar kommissarin sprecher sprecherin regierungssprecher chef chefin
    leiter leiterin geschäftsführer geschäftsführerin vorstand vorstandschef vorstandsvorsitzender ceo botschafter botschafterin konsul general oberst
    kommandeur gründer gründerin staatsanwalt staatsanwältin richter richterin anwalt anwältin forscher forscherin professor professorin trainer bundestrainer kapitän
    manager koordinator koordinatorin berater beraterin journalist journalistin korrespondent korrespondentin abgeordneter abgeordnete senator senatorin
    könig königin prinz prinzessin`),
  roleModifiers: w(`stellvertretender stellvertretende stellvertretenden kommissarischer kommissarische kommissarischen amtierender amtierende amtierenden
    ehemaliger ehemalige ehemaligen früherer frühere früheren neuer neue neuen designierter designierte vize- ex- leitender leitende leitenden
    nationaler nationale nationalen europäischer europäische europäischen belgischer belgische belgischen deutscher deutsche deutschen
    französischer französische französischen der die des dem den`),
  agreementWords: w(`vertrag verträge abkommen memorandum übereinkommen vereinbarung absichtserklärung protokoll konvention gesetz verordnung richtlinie
    charta pakt erklärung staatsvertrag gesetzentwurf`),
  agreementSuffixes: w(`vertrag vertrags verträge abkommen abkommens übereinkommen vereinbarung absichtserklärung protokoll konvention gesetz gesetzes pakt charta`),
  agreementLinks: w(`zur zum über von vom der des die den dem für betreffend bezüglich zwischen`),
  determiners: w(`die das den dem ein eine einen einem diese dieser dieses diesen ihre ihren seine seinen unsere`),
  abbreviations: w(`z.b d.h u.a usw bzw ca dr prof nr hr fr str tel abs art bd jh jhd v.a u.ä o.ä s i.d.r z.t evtl ggf inkl exkl mio mrd min max st vgl sog bzgl
    d.j v.chr n.chr dt engl frz`),
  placePrepositions: w(`in nach aus bei von`),
  personVerbs: w(`sagte sagt erklärte betonte meinte`),
  locWords: w(`straße strasse platz weg allee fluss see berg gebirge insel meer bucht tal kreis provinz`),
  placeNouns: w(`stadt städte dorf gemeinde gemeinden kreis landkreis landkreise provinz region bezirk bezirke bundesland insel hafen`),
  miscWords: w(`pokal liga meisterschaft tour open spiele preis krieg festival`),
  demonymSuffixes: w(``),
  clauseWords: w(`der die das dem den dessen deren welcher welche welches wo dass weil während`),
  rules: RULES,
  andWords: ['und'],
  versusWords: w(`gegen besiegte schlug v vs versus`),
  thingNouns: w(`sturm orkan hurrikan taifun zyklon tief film buch roman serie album lied oper panzer schiff flugzeug rakete drohne schule gymnasium grundschule koalition operation`),
  facilityEnds: w(`bahnhof krankenhaus friedhof zentrum hotel stadion flughafen`),
  notScoreAfter: w(`prozent`),
  genreWords: {
    sportNames: new Set(w(`ergebnisse fußball fussball radsport tennis golf basketball handball eishockey hockey volleyball leichtathletik formel schwimmen ski boxen`)),
    sportWords: new Set(w(`tor tore spiel spiele bundesliga tabelle torwart stürmer abwehr schiedsrichter elfmeter halbzeit liga finale halbfinale viertelfinale meister meisterschaft titel saison mannschaft trainer spieler punkte sieg niederlage unentschieden pokal etappe`)),
    genericSportWords: new Set(w(`sieg niederlage titel saison punkte finale mannschaft trainer spieler meister pokal spiel spiele`)),
    strongSportWords: new Set(w(`bundesliga halbzeit elfmeter torwart`)),
  },
};

export default pack;
