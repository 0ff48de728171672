/** Spanish date words. Loaded lazily by src/nlp/dates/find-dates.ts. */
import { strict } from 'chrono-node/es';
import type { DatePack, DatePackData } from '../../dates/pack';

export const esDateData: DatePackData = {
  lang: 'es',
  months: [
    { names: ['enero'], abbr: ['ene'] },
    { names: ['febrero'], abbr: ['feb'] },
    { names: ['marzo'], abbr: ['mar'] },
    { names: ['abril'], abbr: ['abr'] },
    { names: ['mayo'], abbr: ['may'] },
    { names: ['junio'], abbr: ['jun'] },
    { names: ['julio'], abbr: ['jul'] },
    { names: ['agosto'], abbr: ['ago'] },
    { names: ['septiembre', 'setiembre'], abbr: ['sept', 'sep', 'set'] },
    { names: ['octubre'], abbr: ['oct'] },
    { names: ['noviembre'], abbr: ['nov'] },
    { names: ['diciembre'], abbr: ['dic'] },
  ],
  weekdays: [['domingo'], ['lunes'], ['martes'], ['miércoles', 'miercoles'], ['jueves'], ['viernes'], ['sábado', 'sabado']],
  // "cada martes", "un martes", "todos los martes", "el primer martes del mes": no particular day
  weekdayBlockers: ['un', 'cada', 'todos los', 'primer', 'segundo', 'tercer', 'cuarto'],
  // feasts ("Jueves Santo", "Viernes Santo", "martes de Carnaval"); "el martes siguiente" is relative to the story
  weekdayBlockersAfter: ['santo', 'santa', 'negro', 'de carnaval', 'de ceniza', 'siguiente', 'anterior', 'de cada'],
  weekdayDeictics: ['este', 'esta'],
  dayParts: ['por la mañana', 'por la tarde', 'por la noche', 'de madrugada', 'a mediodía', 'noche', 'tarde'],
  relativeDays: {
    anteayer: -2,
    'antes de ayer': -2,
    antier: -2,
    ayer: -1,
    anoche: -1,
    'ayer por la mañana': -1,
    'ayer por la tarde': -1,
    'ayer por la noche': -1,
    hoy: 0,
    'esta mañana': 0,
    'esta tarde': 0,
    'esta noche': 0,
    mañana: 1,
    'mañana por la mañana': 1,
    'pasado mañana': 2,
  },
  // "por la mañana", "cada mañana", "una mañana", "la mañana del martes": a part of a day, not "tomorrow"
  relativeDayBlockers: ['la', 'por la', 'de la', 'cada', 'una', 'esa', 'aquella', 'toda la', 'media'],
  notDates: ['hoy en día', 'hoy día', 'a día de hoy', 'hasta hoy', 'aún hoy', 'todavía hoy', 'de hoy en día'],
  relativeYears: {
    'el año pasado': -1,
    'año pasado': -1,
    'el pasado año': -1,
    'pasado año': -1,
    'el año anterior': -1,
    'este año': 0,
    'el año que viene': 1,
    'año que viene': 1,
    'el próximo año': 1,
    'próximo año': 1,
    'el año próximo': 1,
  },
  relativeMonths: {
    'el mes pasado': -1,
    'el pasado mes': -1,
    'este mes': 0,
    'el próximo mes': 1,
    'el mes que viene': 1,
  },
  // "el pasado martes", "el próximo lunes", "el pasado octubre"
  preModifiers: { pasado: 'past', próximo: 'future', proximo: 'future' },
  // "el martes pasado", "el lunes próximo"
  postModifiers: { pasado: 'past', próximo: 'future', proximo: 'future', 'que viene': 'future' },
  // "octubre del año pasado", "octubre de este año"
  monthYearLinks: ['de', 'del'],
  // "29 de octubre de 2024", "marzo de 2019"
  yearLinks: ['de', 'del'],
  // "el año pasado en octubre", "este año en marzo"
  yearMonthLinks: ['en', 'en el mes de', 'a principios de', 'a finales de', 'a mediados de'],
  monthPrepositions: ['en', 'desde', 'hasta', 'principios de', 'finales de', 'mediados de', 'mes de', 'antes de', 'después de', 'para', 'hacia', 'durante'],
  yearCues: [
    'en', 'de', 'del', 'desde', 'hasta', 'año', 'años', 'antes', 'después', 'hacia', 'entre', 'finales', 'principios', 'mediados',
    'durante', 'temporada', 'elecciones', 'ejercicio', 'verano', 'invierno', 'primavera', 'otoño', 'para', 'partir',
  ],
  rangeJoiners: ['y', 'a', 'al', 'o', 'e'],
  unitWords: [
    'euro', 'euros', 'eur', 'dólar', 'dólares', 'libras', 'personas', 'habitantes', 'muertos', 'fallecidos', 'víctimas', 'heridos',
    'desaparecidos', 'vecinos', 'evacuados', 'viviendas', 'casas', 'coches', 'vehículos', 'km', 'kilómetros', 'metros', 'm', 'kg', 'kilos',
    'toneladas', 'litros', 'l', 'mm', 'hectáreas', 'ha', 'horas', 'minutos', 'segundos', 'soldados', 'militares', 'agentes', 'efectivos',
    'bomberos', 'voluntarios', 'familias', 'hogares', 'niños', 'alumnos', 'votos', 'escaños', 'páginas', 'veces', 'por', 'empresas',
    'empleos', 'trabajadores', 'camas', 'pacientes', 'casos', 'refugiados', 'millones', 'miles',
  ],
  fillerWords: ['el', 'la', 'los', 'las', 'del', 'de'],
  futureCues: ['será', 'serán', 'habrá', 'tendrá', 'tendrán', 'irá', 'irán', 'podrá', 'podrán', 'deberá', 'deberán', 'va a', 'van a', 'prevé', 'prevén', 'previsto', 'prevista',
    'está previsto', 'está prevista', 'sería', 'serían', 'tendrá lugar', 'tendrán lugar',
    // "se espera que … remita el miércoles": a hope looks ahead
    'espera', 'esperan', 'se espera'],
  // not "desde": "desde el miércoles" is mostly "since Wednesday" ("ha recibido 3.000 avisos desde el miércoles")
  forwardWords: ['hasta', 'hasta el', 'a partir de', 'a partir del'],
  pastCues: ['era', 'eran', 'fue', 'fueron', 'había', 'habían', 'estaba', 'estaban'],
  // pretérito indefinido: "anunció", "llegaron", "murieron"
  pastVerbEndings: ['ó', 'aron', 'ieron', 'yeron'],
  // pretérito perfecto: "ha anunciado", "han muerto", "se ha celebrado"
  pastAuxiliaries: ['ha', 'han', 'había', 'habían', 'hubo'],
  participleEndings: ['ado', 'ada', 'ados', 'adas', 'ido', 'ida', 'idos', 'idas', 'to', 'cho'],
  clauseLinks: ['que', 'quien', 'cuando', 'donde', 'pero', 'si', 'porque', 'aunque', 'mientras'],
  // "del 2 al 4 de noviembre", "entre el 2 y el 4 de noviembre"
  dayRangeWords: ['al', 'a'],
  dayRangeArticles: ['el'],
  betweenWords: ['entre'],
  dayMonthLinks: ['de'],
  // futuro simple: "lloverá", "llegarán"
  futureVerbEndings: ['rá', 'rán', 'remos', 'réis'],
  numberWords: { un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12, quince: 15, veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, cien: 100 },
  agoUnits: { día: 'day', días: 'day', semana: 'week', semanas: 'week', mes: 'month', meses: 'month', año: 'year', años: 'year' },
  agoBefore: ['hace'],
  ordinalSuffixes: ['º'],
};

export const esDates: DatePack = { ...esDateData, chrono: strict };
