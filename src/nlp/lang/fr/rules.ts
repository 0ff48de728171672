import type { Rule } from '../../ner/rules';
import { ampersandAcronyms, compoundOrg, dateCapitals, ellipticCompound, famousPeople, givenNamePlaces, listBetween, quotedName, shapeThings, thingNames } from '../../ner/refine-rules';
import { frAdministration, frClub, frCommonAcronym, frContextTypes, frEmpire, frEvent, frGeo, frInstitution, frLoneOrgWord, frLowerOrgHead, frAgencyName, frNationalBody, frOrgComplement, frParticles, frProduct, frRomanOrdinal, frTeam, frVotes } from './refine';

/** The French rules over one text's spans, in the order they run (after the engine's own: src/nlp/ner/engine-rules.ts). */
export const RULES: readonly Rule[] = [
  frTeam, // "les Packers de Green Bay", "aux Canadiens de Montréal": one team
  famousPeople, // "Voltaire", "Mandela"
  ampersandAcronyms, // "CD&V", "AT&T"
  frVotes, // "le groupe X", "l'acteur X", "près de X": context types guesses, once per document
  frClub, // "Bayern Munich", "France 3": one organisation
  frOrgComplement, // "Ligue de hockey junior majeur du Québec": lower-case complements belong to the name
  frAdministration, // "le ministère de l'Intérieur", "la préfecture du Nord": an organisation
  frLowerOrgHead, // "l'institut de médecine légale de Bordeaux", "le parti travailliste": lower-case heads of named bodies
  frAgencyName, // "l'agence PA": an all-caps name after "agence" is a news agency
  frInstitution, // "l'université d'Oxford": an institution named after its town
  frGeo, // "l'île Maurice", "le golfe de Guinée", "l'Asie centrale"
  frParticles, // "Theo van Doesburg", "Gottfried Wilhelm Leibniz": full names of people
  frCommonAcronym, // "une ONG", "le PIB": no organisations
  frContextTypes, // "la Prusse .", "(X)", "X, Y et Z": unknown names typed by their context
  frEvent, // "le Festival de Cannes": the place is part of the event's name
  frEmpire, // "l'Empire ottoman" is a place
  frProduct, // "Nintendo DS": a product, not the company
  givenNamePlaces, // "Florence Arthaud": a first-name place before a surname is a person
  frNationalBody, // "dont le Parlement sera saisi": the parliament of the country the text is about
  frLoneOrgWord, // "le Parti", "la Commission" alone: a common noun
  frRomanOrdinal, // "au XVIIIe siècle", "le XVe arrondissement": an ordinal, no place
  listBetween, // "Tulsa, Wichita, Kansas City": a name between two places of a list is a place
  shapeThings, // "Railway Station", "Burnley Cemetery", "Stand Up To Racism": a guessed person that names a facility or a group
  dateCapitals, // "01 MRT 2016": the month of a date line, not an organisation
  ellipticCompound, // "Inlichtingen- en Veiligheidsdiensten": the name goes on over the shared compound part
  compoundOrg, // "BKA-Chef X", "VVD-fractievoorzitter X": the organisation the role is compounded on
  quotedName, // "aux cris de 'Allah Akbar'", "l'immeuble «Caroline»": a quoted name alone is a title, a ship or a slogan
  thingNames, // "storm Céline", "Sturm Zeynep", "de coalitie Vivaldi": a thing's name, not a person
];
