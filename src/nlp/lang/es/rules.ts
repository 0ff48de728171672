import type { Rule } from '../../ner/rules';
import { ampersandAcronyms, famousPeople, givenNamePlaces, listNeighbours, shapeThings, surnameReuse, thingNames } from '../../ner/refine-rules';
import { esNames, esPortfolio, esSurname } from './refine';

/** The Spanish rules over one text's spans, in the order they run (after the engine's own: src/nlp/ner/engine-rules.ts). */
export const RULES: readonly Rule[] = [
  esNames, // "María José Catalá", "Juan del Río", "Carlos de la Fuente": one person each
  esPortfolio, // "el ministro del Interior", "la consejera de Justicia e Interior": a portfolio, no name
  famousPeople, // "Cervantes", "Mandela"
  ampersandAcronyms, // "AT&T"
  listNeighbours, // "X, Y y Z": an unknown name takes its neighbours' type
  givenNamePlaces, // "Florencia Pérez": a first-name place before a surname is a person
  shapeThings, // "Estación Joaquín Sorolla": a guessed person that names a facility
  thingNames, // "la borrasca Dana", "la operación Balmis": a thing's name, not a person
  surnameReuse, // "Llorens" after "María José Llorens" is that person
  esSurname, // "Olmedo" after "Andrés Olmedo Ruiz": the first of two surnames is that person too
];
