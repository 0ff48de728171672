import countries from 'i18n-iso-countries/langs/es.json';
import { countryNames } from '../../gazetteers/countries';
import { BENELUX_ORG_NAMES } from '../../gazetteers/organisations-benelux';
import { WORLD_ORG_NAMES } from '../../gazetteers/organisations-world';
import { ES_ORG_NAMES } from './org-names';
import { ES_PLACE_NAMES } from './place-names';
import './agreements';
import './roles';
import type { LangPack } from '../../ner/pack';
import { RULES } from './rules';

const w = (s: string) => s.split(/\s+/).filter(Boolean);

/**
 * Spanish language pack: rules and gazetteers only (tagger 'off': there is no Spanish NER training data in
 * this repository, so no weights; the rules, the cue words below and the gazetteers of Spanish places and
 * bodies do the work).
 */
const pack: LangPack = {
  code: 'es',
  // "Protección Civil", "Guardia Civil", "Cruz Roja Española", "Unidad Militar", "Generalitat Valenciana": adjectives follow the noun.
  adjectiveAfter: /(?:al|ales|ar|ares|il|iles|ico|ica|icos|icas|ano|ana|anos|anas|ense|enses|ista|istas|ivo|iva|ivos|ivas|ario|aria|arios|arias|ero|era|eros|eras|és|esa|eses|esas|ino|ina|ado|ada|ados|adas|ido|ida|idos|idas|ante|antes|ente|entes|iente|ientes|ño|ña|orio|oria|ial|iales|ional|ionales)$/,
  tagger: 'off',
  stopwords: w(`el la los las lo un una unos unas de del al a y e o u ni que quien quienes cual cuales cuyo cuya donde cuando como cuanto qué quién cuál dónde cuándo cómo
    este esta estos estas esto ese esa esos esas eso aquel aquella aquellos aquellas ello yo tú él ella nosotros nosotras vosotros ellos ellas me te se nos os le les
    mi mis tu tus su sus nuestro nuestra nuestros nuestras vuestro vuestra
    en con sin por para sobre entre hacia hasta desde durante contra según tras ante bajo mediante excepto salvo
    es son era eran fue fueron será serán sería ha han había habían habrá ser estar está están estaba estaban estuvo hay haber hacer hace hizo puede pueden podría debe deben
    no sí más menos muy también tampoco ya aún todavía siempre nunca jamás así entonces luego después antes ahora hoy ayer mañana aquí allí allá
    todo todos toda todas cada otro otra otros otras mismo misma mismos mismas algún alguno alguna algunos algunas varios varias ningún ninguno ninguna mucho muchos mucha muchas poco pocos
    uno dos tres cuatro cinco seis siete ocho nueve diez cien mil primer primero primera segundo segunda último última nuevo nueva
    pero sino aunque porque pues si mientras además incluso solo sólo
    señor señora señorita sr sra srta don doña dña`),
  nonEntities: w(`enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre lunes martes miércoles jueves viernes sábado domingo
    portada inicio menú buscar búsqueda contacto compartir comparte comentarios noticias noticia actualidad última hora directo suscríbete suscripción publicidad
    fotos foto vídeo vídeos galería temas tema etiquetas sección opinión cookies privacidad aviso legal newsletter boletín más leídos leer relacionadas
    dana gota fría borrasca alerta aviso emergencia`),
  connectors: w(`de del la las los el y e para of for the and`),
  personParticles: w(`de del la las los`).concat(['de la', 'de las', 'de los']),
  orgWords: w(`ministerio ministerios consejería conselleria comisión unión agencia banco partido centro secretaría consejo congreso senado parlamento cortes asamblea gobierno
    generalitat junta xunta diputación ayuntamiento cabildo delegación subdelegación fundación asociación federación confederación sindicato universidad hospital tribunal audiencia
    juzgado fiscalía policía guardia ejército armada unidad servicio servicios instituto oficina fondo grupo sociedad compañía empresa observatorio autoridad dirección
    inspección comité club organización movimiento frente plataforma consorcio mancomunidad cáritas bomberos s.a sa sl s.l
    society academy conference council institute foundation company corporation university college league party agency`),
  orgSuffixes: [],
  orgNames: [...ES_ORG_NAMES, ...BENELUX_ORG_NAMES, ...WORLD_ORG_NAMES],
  placeNames: countryNames(countries).concat(ES_PLACE_NAMES),
  personTitles: w(`sr sra srta señor señora señorita don doña dña dª dr dra doctor doctora excmo excma ilmo ilma rey reina príncipe princesa infanta papa monseñor padre sor fray`),
  roleWords: w(`presidente presidenta vicepresidente vicepresidenta ministro ministra secretario secretaria subsecretario subsecretaria director directora alcalde alcaldesa
    teniente concejal concejala consejero consejera conseller consellera portavoz delegado delegada subdelegado subdelegada jefe jefa comandante general coronel capitán capitana
    sargento fiscal juez jueza magistrado magistrada diputado diputada senador senadora eurodiputado eurodiputada embajador embajadora gobernador gobernadora
    responsable coordinador coordinadora meteorólogo meteoróloga comisario comisaria inspector inspectora líder candidato candidata rey reina príncipe princesa`),
  roleModifiers: w(`adjunto adjunta en funciones interino interina vice ex primer primera nuevo nueva general autonómico autonómica regional estatal nacional provincial
    municipal europeo europea español española valenciano valenciana segundo segunda tercer tercera`),
  agreementWords: w(`acuerdo acuerdos tratado tratados convenio convenios memorando memorándum protocolo ley leyes decreto decreto-ley reglamento directiva pacto carta`),
  agreementSuffixes: [],
  agreementLinks: w(`de del sobre relativo relativa relativos relativas por para entre en la el los las y`),
  determiners: w(`el la los las un una unos unas este esta estos estas ese esa esos esas su sus nuestro nuestra`),
  abbreviations: w(`sr sra srta dña dª dr dra excmo excma ilmo ilma avda núm pág págs etc art arts ee gral tte cap cía ud uds vd vds aprox`),
  placePrepositions: w(`en desde hacia hasta`),
  personVerbs: w(`dijo afirmó declaró explicó señaló aseguró indicó añadió advirtió subrayó reconoció lamentó`),
  // Spanish puts the noun first ("calle Mayor", "barranco del Poyo"); as a last word only these end a place name, not "Río", "Sierra" (surnames).
  locWords: w(`calle avenida plaza paseo barranco rambla carretera autovía`),
  placeNouns: w(`ciudad ciudades pueblo pueblos localidad localidades municipio municipios provincia provincias comarca comarcas región regiones barrio barrios pedanía isla
    río barranco rambla sierra valle`),
  miscWords: w(`copa liga campeonato vuelta premio premios juegos mundial festival feria fallas guerra`),
  demonymSuffixes: [],
  clauseWords: w(`que quien quienes cual cuales cuyo cuya donde`),
  rules: RULES,
  andWords: ['y', 'e'],
  listWords: ['y', 'e', 'o', 'u'],
  orgWordTails: ['general'],
  companyAbbreviations: ['cía'],
  nameComplements: ['de', 'del'],
  versusWords: w(`contra vs`),
  thingNouns: w(`dana borrasca tormenta huracán tifón ciclón película libro novela serie álbum canción programa buque barco avión misil dron colegio instituto coalición operación operativo plan`),
  facilityEnds: w(`estación hospital cementerio hotel estadio aeropuerto polideportivo pabellón`),
  notScoreAfter: w(`por ciento`),
  genreWords: {
    sportNames: new Set(w(`fútbol baloncesto tenis golf ciclismo rugby balonmano atletismo natación`)),
    sportWords: new Set(w(`gol goles partido partidos liga clasificación portero delantero defensa árbitro penalti final semifinal campeón título temporada equipo entrenador jugador jugadores puntos victoria derrota empate copa etapa`)),
    genericSportWords: new Set(w(`victoria derrota título temporada puntos final equipo entrenador jugador jugadores campeón copa`)),
    strongSportWords: new Set(w(`goleador portero penalti`)),
  },
};

export default pack;
