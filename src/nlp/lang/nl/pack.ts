import countries from 'i18n-iso-countries/langs/nl.json';
import { countryNames } from '../../gazetteers/countries';
import { BENELUX_ORG_NAMES } from '../../gazetteers/organisations-benelux';
import { WORLD_ORG_NAMES } from '../../gazetteers/organisations-world';
import { NL_PLACE_NAMES } from './place-names';
import './agreements';
import './roles';
import type { LangPack } from '../../ner/pack';
import { RULES } from './rules';

const w = (s: string) => s.split(/\s+/).filter(Boolean);

/** Dutch language pack. */
const pack: LangPack = {
  code: 'nl',
  tagger: 'off',
  stopwords: w(`de het een en of maar want dus dat die dit deze der des den van in op aan met voor door over bij uit tot naar om onder tegen tussen
    zonder na sinds vanaf tijdens volgens binnen buiten boven achter naast rond via per zoals als dan toen nu hier daar er waar wanneer hoe wat wie welke welk
    waarom omdat hoewel terwijl indien zodat opdat nadat voordat totdat zodra ik jij je u hij zij ze wij we jullie hun hem haar mij me mijn jouw uw zijn ons onze
    hen men iemand niemand iets niets alles alle allen elk elke ieder iedere geen sommige veel weinig meer meest minder enkele andere ander zelf zich
    is was zijn waren ben bent wordt worden werd werden heeft hebben had hadden kan kunnen kon konden zal zullen zou zouden moet moeten moest mag mogen wil willen
    niet ook nog al wel toch zeer heel erg even reeds alleen eens altijd nooit soms vaak misschien echter daarom daarna daarbij daarmee daarvoor daardoor
    intussen inmiddels bovendien ondanks ja nee neen ook zo dan bijna vooral eerst later vandaag gisteren morgen eigenlijk immers volgens
    één twee drie vier vijf zes zeven acht negen tien honderd duizend eerste tweede derde laatste vorige volgende nieuwe grote kleine
    mevrouw meneer heer dhr mevr mr dr prof ir ing`),
  nonEntities: w(`god jihad januari februari maart april mei juni juli augustus september oktober november december maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    nieuws home menu zoeken contact delen deel lees lezen meer terug volgende vorige inloggen registreren aanmelden afmelden abonneren nieuwsbrief privacy cookies
    gerelateerd gerelateerde info burgers ondernemingen pers foto foto's video agenda overzicht categorie categorieën tags archief sitemap disclaimer
    workshop veiligheid crisisbeheer bron lees ook reacties reageer`),
  connectors: w(`van de der den het voor en in op 't 's`),
  personParticles: w(`van de der den ter ten van der van den van de in 't d' le la du`),
  orgWords: w(`zaken gemeenschap ministerie ministeries commissie unie agentschap bank n.v. nv b.v. bv vzw asbl partij crisiscentrum secretariaat-generaal secretariaat raad
    parlement kamer senaat regering kabinet stichting vereniging federatie bond universiteit hogeschool ziekenhuis rechtbank hof gerechtshof politie
    brandweer leger dienst diensten instituut centrum bureau fonds raad groep holding maatschappij vakbond club fc kvk ocmw directie inspectie
    autoriteit college gemeenteraad provincieraad tweede kamer eerste kamer veiligheidsregio waterschap hoogheemraadschap`),
  orgSuffixes: w(`ministerie crisiscentrum partij bank centrum agentschap commissie raad politie vereniging unie dienst universiteit instituut veiligheidsregio
    hogeschool organisatie autoriteit tribunaal federatie maatschappij omroep vakbond online`),
  orgNames: w(``).concat([
    'Nationaal Crisiscentrum', 'Crisiscentrum', 'FOD Binnenlandse Zaken', 'FOD Buitenlandse Zaken', 'FOD Volksgezondheid', 'Federale Politie',
    'Lokale Politie', 'Defensie', 'Sciensano', 'Vlaamse Regering', 'Waalse Regering', 'Federale Regering', 'Kamer van Volksvertegenwoordigers',
    'Nationale Bank', 'Nationale Bank van België', 'Staatsveiligheid', 'OCAD', 'Civiele Bescherming', 'Rode Kruis Vlaanderen',
    'Nationaal Coördinator Terrorismebestrijding en Veiligheid', 'NCTV', 'Rijkswaterstaat', 'RIVM', 'GGD', 'Koninklijke Marechaussee', 'Nationale Politie',
    'Tweede Kamer', 'Eerste Kamer', 'De Nederlandsche Bank', 'Veiligheidsberaad', 'Raad van State', 'Openbaar Ministerie', 'Europese Commissie',
    'CD&V', 'N-VA', 'Open Vld', 'Vooruit', 'sp.a', 'Groen', 'Vlaams Belang', 'PVDA', 'PS', 'MR', 'Ecolo', 'Les Engagés', 'VVD', 'PvdA', 'CDA', 'D66',
    'GroenLinks', 'PVV', 'SP', 'BBB', 'NSC', 'ChristenUnie', 'SGP', 'Agalev', 'VLD', 'CVP', 'SP.A', 'Volksunie', 'FN',
  ]).concat(BENELUX_ORG_NAMES, WORLD_ORG_NAMES),
  placeNames: countryNames(countries).concat(['Verenigd Koninkrijk', 'VS', 'Verenigde Staten', 'Nederland', 'België', 'Duitsland', 'Frankrijk', 'Rusland', 'Oekraïne']).concat(NL_PLACE_NAMES),
  personTitles: w(`mevrouw meneer mevr dhr heer mr dr drs ir ing prof professor pater zuster broeder koning koningin prins prinses graaf gravin baron burgemeester
    minister premier president kardinaal paus bisschop sir lord`),
  roleWords: w(`directeur directrice directeur-generaal secretaris secretaris-generaal voorzitter voorzitster ondervoorzitter minister premier eerste-minister
    staatssecretaris burgemeester schepen gouverneur president vicepresident commissaris woordvoerder woordvoerster topman topvrouw ceo cfo coo bestuurder
    afgevaardigde gedelegeerd hoofd chef leider fractieleider partijvoorzitter ambassadeur consul generaal kolonel luitenant commandant korpschef
    procureur rechter advocaat onderzoeker professor hoogleraar coach trainer bondscoach kapitein aanvoerder manager coördinator adviseur raadgever
    diensthoofd afdelingshoofd journalist correspondent senator volksvertegenwoordiger kamerlid parlementslid europarlementslid gedeputeerde
    prinses prins koning koningin kanselier`),
  roleModifiers: w(`adjunct adjunct- waarnemend waarnemende interim plaatsvervangend plaatsvervangende vice vice- ere- voormalig voormalige gewezen ex- ex
    nieuw nieuwe algemeen algemene federaal federale vlaams vlaamse waals waalse europees europese nationaal nationale hoofd- senior junior
    Belgisch Belgische Nederlands Nederlandse Frans Franse Duits Duitse Brits Britse Amerikaans Amerikaanse`),
  agreementWords: w(`verdrag verdragen memorandum overeenkomst akkoord protocol conventie wet decreet ordonnantie richtlijn verordening charter handvest pact
    mou verklaring intentieverklaring samenwerkingsakkoord samenwerkingsovereenkomst wetsvoorstel wetsontwerp`),
  agreementSuffixes: w(`verdrag akkoord overeenkomst protocol memorandum conventie pact handvest`),
  agreementLinks: w(`inzake betreffende houdende tot ter over omtrent aangaande met betrekking op het gebied van de voor of understanding`),
  determiners: w(`de het een deze dit die dat zijn haar hun onze`),
  abbreviations: w(`mevr dhr mr dr drs ir ing prof bijv bv o.a i.p.v m.b.t nl resp ca evt enz etc jl vlg vgl nr blz p pag art st sr jr ir min max tel fig incl excl
    gem mln mld e.a a.s z.g.a.n d.w.z m.a.w t.o.v m.i.v n.a.v i.v.m z.s.m w.o o.l.v a.i`),
  placePrepositions: w(`in uit naar te nabij bij richting`),
  personVerbs: w(`zei zegt verklaarde vertelde aldus benadrukte antwoordde`),
  locWords: w(`straat laan plein weg kaai steenweg dreef rivier meer berg eiland zee baai vallei provincie gemeente regio`),
  placeNouns: w(`stad steden dorp dorpen gemeente gemeenten gemeentes deelgemeente provincie provincies regio district districten deelstaat eiland haven kreis landkreis`),
  miscWords: w(`spelen beker cup league liga kampioenschap prijs award oorlog festival tour open trofee grand prix reeks divisie`),
  demonymSuffixes: w(`se sche`),
  clauseWords: w(`dat die wat waar waarin waarbij welke hetgeen wie omdat terwijl zodat toen`),
  rules: RULES,
  andWords: ['en'],
  orgWordTails: ['generaal'],
  companyAbbreviations: ['mij'],
  versusWords: w(`tegen klopte versloeg v vs versus`),
  thingNouns: w(`storm orkaan tyfoon cycloon film boek roman serie album single lied opera musical toneelstuk documentaire tank pantservoertuig schip vliegtuig raket drone school basisschool hogeschool coalitie operatie`),
  facilityEnds: w(`station ziekenhuis kerkhof begraafplaats centrum hotel stadion luchthaven`),
  notScoreAfter: w(`procent percent`),
  listWords: ['en', 'of'],
  inhabitantEnding: /(?:iër|iërs|ees|ezen|aan|anen|ijn|ijnen|enaar|aar|aars|ning|ingen|lander|landers)$/,
  genreWords: {
    sportNames: new Set(w(`uitslagen uitslag voetbal wielrennen wielersport tennis golf basketbal hockey volleybal handbal atletiek formule schaatsen zwemmen rugby cricket honkbal veldrijden boksen judo`)),
    sportWords: new Set(w(`doelpunt doelpunten wedstrijd wedstrijden competitie klassement doelman spits middenvelder verdediger scheidsrechter strafschop rust eredivisie finale kwartfinale halve kampioen kampioenschap titel seizoen ploeg ploegen trainer coach speler spelers punten won verloor gelijkspel zege nederlaag stand beker renner renners etappe sprint`)),
    genericSportWords: new Set(w(`won verloor zege nederlaag titel seizoen punten finale ploeg ploegen trainer coach speler spelers kampioen stand beker`)),
    strongSportWords: new Set(w(`doelpunt doelpunten eredivisie etappe`)),
  },
};

export default pack;
