/**
 * A small annotated Spanish set, written for CrisisLens (invented people, figures and quotes; real places and
 * bodies): the example page's article (examples/es-dana-valencia.html, on which the pack was developed) and six short crisis reports. Annotated by hand before the pack was
 * run on them; `any` lists the accepted forms of one entity, `optional` names that count neither way (a
 * place inside an organisation's name, a plan's name). Read by tests/nlp/es/annotated-es.test.ts and
 * scripts/eval-es.ts. Small and self-made: a guard and a rough measure, not a benchmark.
 */
export interface AnnotatedText {
  id: string;
  published: string;
  text: string;
  organisations: string[][];
  people: string[][];
  places: string[][];
  optional?: string[];
  dates: string[];
  /** Written after the pack's last rules (es-org-place, es-role-place) and measured once, untuned. */
  late?: true;
  /** The text is the article of this page (repository path), as extraction gives it: the example page, on which the pack was developed. */
  page?: string;
}

export const ANNOTATED_ES: AnnotatedText[] = [
  {
    id: 'example-page',
    page: 'examples/es-dana-valencia.html',
    published: '2024-11-04',
    text: '',
    organisations: [['Unidad Militar de Emergencias', 'UME'], ['Guardia Civil'], ['Agencia Estatal de Meteorología', 'AEMET'], ['Confederación Hidrográfica del Júcar'], ['Protección Civil'], ['Centro de Coordinación de Emergencias'], ['Hospital Clínico de Valencia', 'Hospital Clínico'], ['Generalitat Valenciana', 'Generalitat'], ['Cruz Roja Española'], ['Consejo de Ministros'], ['Gobierno de España'], ['Comisión Europea'], ['Mecanismo Europeo de Protección Civil'], ['Copernicus']],
    people: [['Andrés Olmedo Ruiz'], ['Lucía Ferrer Campos'], ['Andrés de la Fuente'], ['María José Llorens'], ['Amparo Giner'], ['Joaquín Sorní'], ['Ramón Esteve Sala']],
    places: [["l'Horta Sud"], ['Comunidad Valenciana'], ['Paiporta'], ['Catarroja'], ['Sedaví'], ['Massanassa'], ['Chiva'], ['barranco del Poyo', 'Poyo'], ['Valencia'], ['Bruselas'], ['Francia'], ['Países Bajos']],
    dates: ['2024-11-04', '2024-10-29', '2024-11-02', '2023-10', '2024-11-03', '2024-10-30', '2019-03', '2024-11-05', '1957'],
  },
  {
    id: 'incendio-tenerife',
    published: '2025-08-18',
    text: `Un incendio forestal obligó ayer a desalojar a unos 2.500 vecinos de La Orotava y Los Realejos, en el norte de Tenerife. El presidente del Cabildo de Tenerife, Agustín Mesa Rodríguez, explicó que el fuego se originó el pasado jueves en el monte de Aguamansa. Según el Servicio de Emergencias 112 Canarias, trabajan en la zona cuatro hidroaviones del Ministerio para la Transición Ecológica y 300 efectivos de la UME. La consejera de Política Territorial, Nieves Cabrera, anunció que el Gobierno de Canarias pedirá la declaración de zona catastrófica. La Agencia Estatal de Meteorología (AEMET) prevé temperaturas de 38 grados hasta el domingo.`,
    organisations: [['Cabildo de Tenerife'], ['Servicio de Emergencias 112 Canarias', 'Servicio de Emergencias 112'], ['Ministerio para la Transición Ecológica'], ['UME', 'Unidad Militar de Emergencias'], ['Gobierno de Canarias'], ['Agencia Estatal de Meteorología', 'AEMET']],
    people: [['Agustín Mesa Rodríguez'], ['Nieves Cabrera']],
    places: [['La Orotava'], ['Los Realejos'], ['Tenerife'], ['Aguamansa']],
    optional: ['Canarias'],
    dates: ['2025-08-17', '2025-08-14', '2025-08-24'],
  },
  {
    id: 'borrasca-galicia',
    published: '2025-01-27',
    text: `La borrasca Herminia dejó el sábado rachas de más de 140 kilómetros por hora en la costa de Lugo y A Coruña. Salvamento Marítimo rescató a tres marineros frente a Burela, según informó la Delegación del Gobierno en Galicia. El alcalde de Viveiro, Xosé Iglesias Pena, pidió ayudas a la Xunta de Galicia. La Confederación Hidrográfica del Miño-Sil mantiene en alerta los ríos Miño y Sil. Los técnicos de Meteogalicia esperan que el temporal remita el miércoles.`,
    organisations: [['Salvamento Marítimo'], ['Delegación del Gobierno en Galicia', 'Delegación del Gobierno'], ['Xunta de Galicia'], ['Confederación Hidrográfica del Miño-Sil'], ['Meteogalicia']],
    people: [['Xosé Iglesias Pena']],
    places: [['Lugo'], ['A Coruña'], ['Burela'], ['Viveiro'], ['Miño'], ['Sil']],
    optional: ['Galicia', 'Miño-Sil'],
    dates: ['2025-01-25', '2025-01-29'],
  },
  {
    id: 'sismo-lorca',
    published: '2024-05-10',
    text: `El Gobierno de la Región de Murcia y el Instituto Geográfico Nacional (IGN) firmaron el miércoles un convenio para ampliar la red sísmica en Lorca, Totana y Alhama de Murcia. El director del IGN, Fernando Ruiz Sancho, recordó que el terremoto del 11 de mayo de 2011 causó nueve muertos en Lorca. La jefa de Protección Civil de la Región de Murcia, Carmen Ortuño, explicó que el simulacro se celebrará el 20 de junio con la participación de la Cruz Roja y la Universidad de Murcia. El acuerdo, dotado con 1,2 millones de euros, estará vigente hasta 2027.`,
    organisations: [['Gobierno de la Región de Murcia'], ['Instituto Geográfico Nacional', 'IGN'], ['Protección Civil de la Región de Murcia', 'Protección Civil'], ['Cruz Roja'], ['Universidad de Murcia']],
    people: [['Fernando Ruiz Sancho'], ['Carmen Ortuño']],
    places: [['Lorca'], ['Totana'], ['Alhama de Murcia']],
    optional: ['Región de Murcia', 'Murcia'],
    dates: ['2024-05-08', '2011-05-11', '2024-06-20', '2027'],
  },
  {
    id: 'calor-andalucia',
    published: '2025-07-02',
    text: `La ola de calor dejó ayer 44 grados en Córdoba y Sevilla, según los datos de la AEMET. El Servicio Andaluz de Salud atendió a 120 personas por golpes de calor, informó la consejera de Salud, Antonia Medina. La Junta de Andalucía activó el nivel rojo del Plan Andaluz de Prevención de los Efectos de las Temperaturas Excesivas. En Madrid, el portavoz del Ministerio de Sanidad, Daniel Ortega Gil, pidió evitar el ejercicio al aire libre hasta el viernes. El año pasado en julio murieron en España más de 900 personas por el calor, según el Instituto de Salud Carlos III.`,
    organisations: [['AEMET'], ['Servicio Andaluz de Salud'], ['Junta de Andalucía'], ['Ministerio de Sanidad'], ['Instituto de Salud Carlos III']],
    people: [['Antonia Medina'], ['Daniel Ortega Gil']],
    places: [['Córdoba'], ['Sevilla'], ['Madrid'], ['España']],
    optional: ['Andalucía', 'Plan Andaluz de Prevención de los Efectos de las Temperaturas Excesivas', 'Carlos III'],
    dates: ['2025-07-01', '2025-07-04', '2024-07'],
  },
  {
    id: 'lluvias-mallorca',
    late: true,
    published: '2025-10-06',
    text: `Las lluvias torrenciales del domingo inundaron el centro de Palma y obligaron a cerrar el aeropuerto de Son Sant Joan durante tres horas. La Agencia Balear del Agua advirtió de que el torrente de Sant Magí superó su cauce por primera vez desde 2019. El conseller de Medio Ambiente, Miquel Ferrer Sastre, pidió a los vecinos de Sóller y Pollença que no usen el coche. Según Aena, 46 vuelos fueron desviados a Ibiza y Barcelona. El Govern balear celebrará mañana una reunión con la Delegación del Gobierno para evaluar los daños.`,
    organisations: [['Agencia Balear del Agua'], ['Aena'], ['Govern balear', 'Govern'], ['Delegación del Gobierno']],
    people: [['Miquel Ferrer Sastre']],
    places: [['Palma'], ['Son Sant Joan'], ['Sant Magí'], ['Sóller'], ['Pollença'], ['Ibiza'], ['Barcelona']],
    dates: ['2025-10-05', '2019', '2025-10-07'],
  },
  {
    id: 'sequia-cataluna',
    late: true,
    published: '2024-02-02',
    text: `La Generalitat de Catalunya declaró ayer la emergencia por sequía en Barcelona y otros 201 municipios. La consellera de Acción Climática, Laia Puig Roca, explicó que los embalses de Sau y Susqueda están al 16 % de su capacidad. La Agencia Catalana del Agua (ACA) limitará a 200 litros por persona y día el consumo a partir del lunes. El alcalde de Girona, Lluís Serra, pidió al Gobierno central que acelere la desalinizadora de Tordera. La última emergencia similar se vivió en abril de 2008.`,
    organisations: [['Generalitat de Catalunya'], ['Agencia Catalana del Agua', 'ACA'], ['Gobierno central']],
    people: [['Laia Puig Roca'], ['Lluís Serra']],
    places: [['Barcelona'], ['Sau'], ['Susqueda'], ['Girona'], ['Tordera']],
    dates: ['2024-02-01', '2024-02-05', '2008-04'],
  },
];
