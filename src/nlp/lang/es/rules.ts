import type { Rule } from '../../ner/rules';
import { listNeighbours, thingNames } from '../../ner/refine-rules';
import { esNames, esOrgPlace, esPortfolio, esRolePlace } from './refine';

/**
 * The Spanish rules over one text's spans, in the order they run (after the engine's own: src/nlp/ner/engine-rules.ts).
 * Only rules that pay on the Spanish annotated set (`npx tsx scripts/eval-es.ts --ablate`); the shared rules that changed
 * nothing there (famous, ampersand, given-place, shape-thing, surname) are left out until Spanish text shows their worth.
 */
export const RULES: readonly Rule[] = [
  esNames, // "María José Catalá", "Juan del Río", "Carlos de la Fuente": one person each
  esPortfolio, // "el ministro del Interior", "la consejera de Justicia e Interior": a portfolio, no name
  esOrgPlace, // "Firmó el Gobierno de la Región de Murcia": the organisation of a place is one name
  esRolePlace, // "el alcalde de Viveiro, X": a place, not the person; "Alhama de Murcia": one place
  listNeighbours, // "X, Y y Z": an unknown name takes its neighbours' type
  thingNames, // "la borrasca Herminia", "la operación Balmis": a thing's name, not a person
];
