import countries from 'i18n-iso-countries/langs/fr.json';
import { countryNames } from '../../gazetteers/countries';
import { BENELUX_ORG_NAMES } from '../../gazetteers/organisations-benelux';
import { WORLD_ORG_NAMES } from '../../gazetteers/organisations-world';
import { FR_PLACE_NAMES } from './place-names';
import './agreements';
import './roles';
import type { LangPack } from '../../ner/pack';
import { RULES } from './rules';

const w = (s: string) => s.split(/\s+/).filter(Boolean);

/** French language pack. */
const pack: LangPack = {
  code: 'fr',
  adjectiveAfter: /(?:al|ale|ales|aux|el|elle|ien|ienne|éen|éenne|ais|aise|ois|oise|ique|iques|aire|aires|if|ive|ain|aine|ier|ière|ial|iale|iste|istes|ional|ionale|ée|és|ées)$/,
  tagger: 'off',
  stopwords: w(`le la les l' un une des du de d' au aux et ou mais donc or ni car que qu' qui quoi dont où ce cet cette ces ça cela ceci celui celle ceux celles
    je j' tu il elle on nous vous ils elles me m' te t' se s' lui leur leurs eux moi toi soi mon ma mes ton ta tes son sa ses notre nos votre vos
    en dans sur sous avec sans pour par vers chez entre contre depuis pendant avant après selon dès malgré parmi durant devant derrière outre hors
    est était sont étaient sera seront serait a avait ont avaient aura auront aurait être avoir fait faire peut peuvent pourrait doit doivent
    ne pas plus moins très trop aussi encore déjà toujours jamais souvent parfois ainsi alors puis ensuite enfin cependant pourtant toutefois néanmoins
    ici là aujourd'hui hier demain maintenant comme si quand lorsque puisque comment pourquoi combien tout tous toute toutes chaque plusieurs quelques
    autre autres même mêmes aucun aucune certains certaines oui non bien mal peu beaucoup surtout notamment environ
    un deux trois quatre cinq six sept huit neuf dix cent mille premier première deuxième dernier dernière nouveau nouvelle
    monsieur madame mademoiselle m mme mlle mm dr me pr`),
  nonEntities: w(`dieu jihad djihad janvier février mars avril mai juin juillet août septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche
    accueil actualités actualité menu rechercher recherche contact partager partagez lire suite retour suivant précédent connexion inscription abonnez-vous
    newsletter confidentialité cookies presse info infos citoyens entreprises photos photo vidéo vidéos agenda catégories catégorie sécurité mentions légales
    atelier gestion crise publié article articles voir aussi commentaires`),
  connectors: w(`de du des d' la le l' et pour en sur of for the and`),
  personParticles: w(`de du des d' le la van von der den di da`),
  orgWords: w(`ligue équipe stade olympique racing sporting ministère ministères commission union agence banque sa s.a. sas sarl asbl parti centre secrétariat conseil parlement assemblée sénat gouvernement
    cabinet fondation association fédération syndicat université école hôpital tribunal cour police gendarmerie armée service services institut bureau
    fonds groupe société compagnie office observatoire autorité direction inspection comité club fc organisation mouvement front rassemblement
    society academy conference council institute foundation company corporation university college league party agency`),
  orgSuffixes: w(``),
  orgNames: [
    'Centre de crise', 'Centre national de crise', 'Centre de Crise National', 'SPF Intérieur', 'SPF Affaires étrangères', 'SPF Santé publique',
    'Police fédérale', 'Défense', 'Sciensano', 'Sûreté de l\'État', 'Protection civile', 'Banque nationale', 'Banque nationale de Belgique',
    'Chambre des représentants', 'Sénat', 'Assemblée nationale', 'Conseil d\'État', 'Élysée', 'Matignon', 'Quai d\'Orsay', 'Gendarmerie nationale',
    'Police nationale', 'Sécurité civile', 'Santé publique France', 'SGDSN', 'ANSSI', 'Banque de France', 'Cour des comptes', 'Conseil constitutionnel',
    'Renaissance', 'Rassemblement national', 'Les Républicains', 'La France insoumise', 'Parti socialiste', 'Europe Écologie Les Verts', 'Les Verts',
    'PS', 'MR', 'Ecolo', 'PTB', 'Les Engagés', 'cdH', 'DéFI', 'N-VA', 'CD&V', 'Open Vld', 'Vlaams Belang', 'Vooruit', 'Groen', 'SNCF', 'RATP',
  ].concat(BENELUX_ORG_NAMES, WORLD_ORG_NAMES),
  placeNames: countryNames(countries).concat(['Royaume-Uni', 'États-Unis', 'Etats-Unis', 'Belgique', 'France', 'Allemagne', 'Pays-Bas']).concat(FR_PLACE_NAMES),
  personTitles: w(`m mme mlle monsieur madame mademoiselle me maître dr docteur pr professeur père sœur frère roi reine prince princesse comte comtesse baron
    baronne maire ministre président présidente général cardinal pape mgr monseigneur sir lord`),
  roleWords: w(`directeur directrice directeur-général secrétaire secrétaire-général président présidente vice-président vice-présidente ministre
    premier ministre bourgmestre maire échevin gouverneur commissaire porte-parole patron patronne pdg ceo administrateur administratrice délégué déléguée
    chef dirigeant dirigeante responsable ambassadeur ambassadrice consul général générale colonel lieutenant commandant procureur procureure juge avocat
    avocate chercheur chercheuse professeur professeure entraîneur sélectionneur capitaine manager coordinateur coordinatrice conseiller conseillère
    journaliste correspondant correspondante sénateur sénatrice député députée eurodéputé eurodéputée roi reine prince princesse chancelier chancelière`),
  roleModifiers: w(`adjoint adjointe faisant fonction intérimaire ad interim par intérim ff vice vice- ancien ancienne ex- ex nouveau nouvelle général générale
    fédéral fédérale européen européenne national nationale principal principale délégué déléguée premier première belge français française allemand allemande`),
  agreementWords: w(`traité traités mémorandum memorandum accord accords convention protocole loi décret ordonnance directive règlement charte pacte déclaration
    mou entente projet`),
  agreementSuffixes: w(``),
  agreementLinks: w(`instituant portant relatif relative relatifs relatives concernant sur établissant modifiant révisant visant entre en matière de la du des d' l' pour à`),
  determiners: w(`le la les l' un une ce cet cette ces son sa ses leur leurs notre nos`),
  abbreviations: w(`m mme mlle mm dr me pr prof st ste av apr j.-c env ex cf etc p pp vol n° no art al chap fig tél min max éd coll hab`),
  placePrepositions: w(`à en au aux vers depuis`),
  personVerbs: w(`déclare déclarait affirme estime explique`),
  locWords: w(`rue place avenue boulevard quai fleuve lac mont monts île îles mer océan golfe vallée département province région`),
  placeNouns: w(`ville villes village villages localité localités commune communes département départements région régions province provinces district districts île port`),
  miscWords: w(`coupe ligue championnat tour open jeux prix trophée guerre festival grand`),
  demonymSuffixes: w(``),
  clauseWords: w(`qui que qu' dont où lequel laquelle lesquels lesquelles`),
  rules: RULES,
  // "X en Y": the preposition separates two names as "et" does (eval:ner fr 0.8320 -> 0.8325).
  andWords: ['et', 'en'],
  orgWordTails: ['général', 'générale', 'general', 'generale'],
  companyAbbreviations: ['cie'],
  nameComplements: ['de', "d'"],
  teamOf: ['de', "d'", 'du'],
  versusWords: w(`contre bat v vs versus`),
  thingNouns: w(`tempête ouragan typhon cyclone film livre roman série album chanson opéra documentaire char blindé navire avion missile drone école lycée collège coalition opération`),
  facilityEnds: w(`gare hôpital cimetière hôtel stade aéroport`),
  notScoreAfter: w(`pour pourcent`),
  genreWords: {
    sportNames: new Set(w(`football cyclisme tennis golf basket basket-ball rugby hockey volley volley-ball handball athlétisme formule natation ski boxe`)),
    sportWords: new Set(w(`but buts buteur match matchs championnat classement gardien attaquant défenseur milieu arbitre penalty mi-temps ligue finale demi-finale champion titre saison équipe entraîneur joueur joueurs points victoire défaite nul coupe étape sprint coureur coureurs`)),
    genericSportWords: new Set(w(`victoire défaite titre saison points finale équipe entraîneur joueur joueurs champion coupe`)),
    strongSportWords: new Set(w(`mi-temps buteur étape`)),
  },
};

export default pack;
