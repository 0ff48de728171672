import type { Rule } from '../../ner/rules';
import { ampersandAcronyms, compoundOrg, dateCapitals, ellipticCompound, famousPeople, givenNamePlaces, listBetween, listNeighbours, quotedName, shapeThings, surnameReuse, thingNames } from '../../ner/refine-rules';
import { nlChannel, nlEvent, nlInitials, nlJoinNames, nlLowerBody, nlPersonNounTrim, nlVotes } from './refine';

/** The Dutch rules over one text's spans, in the order they run (after the engine's own: src/nlp/ner/engine-rules.ts). */
export const RULES: readonly Rule[] = [
  nlJoinNames, // "Jeannine Leduc", "Luc Van den Brande": particles and first names join a surname
  nlPersonNounTrim, // "Doelman Kowalczyk": the person noun is no part of the name
  famousPeople, // "Voltaire", "Mandela"
  ampersandAcronyms, // "CD&V", "AT&T"
  nlVotes, // context cues vote per name over the document ("doelman X", "X zegt", "het bedrijf X", "in X")
  nlJoinNames, // names typed by the votes join their particles and first names too
  nlChannel, // "TV 1", "Ned 3": broadcasters
  nlLowerBody, // "de Vlaamse regering": no name
  nlInitials, // "( PJB )" initials are people; "CAO", "BPA" are no organisations
  nlEvent, // "Ronde van Frankrijk", "Euro 2000": events, not places
  listNeighbours, // "X, Y en Z": an unknown name takes its neighbours' type
  givenNamePlaces, // "Florence Arthaud": a first-name place before a surname is a person
  listBetween, // "Tulsa, Wichita, Kansas City": a name between two places of a list is a place
  shapeThings, // "Railway Station", "Burnley Cemetery", "Stand Up To Racism": a guessed person that names a facility or a group
  dateCapitals, // "01 MRT 2016": the month of a date line, not an organisation
  ellipticCompound, // "Inlichtingen- en Veiligheidsdiensten": the name goes on over the shared compound part
  compoundOrg, // "BKA-Chef X", "VVD-fractievoorzitter X": the organisation the role is compounded on
  quotedName, // "aux cris de 'Allah Akbar'", "l'immeuble «Caroline»": a quoted name alone is a title, a ship or a slogan
  thingNames, // "storm Céline", "Sturm Zeynep", "de coalitie Vivaldi": a thing's name, not a person
  surnameReuse, // "Peeters" after "Jan Peeters" is that person
];
