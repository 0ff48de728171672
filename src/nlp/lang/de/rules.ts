import type { Rule } from '../../ner/rules';
import { compoundOrg, dateCapitals, ellipticCompound, listBetween, quotedName, shapeThings, thingNames } from '../../ner/refine-rules';
import { deCompound, deOrgHead, dePersonEvidence, dePlaceHead, dePublicBody, dePlaceList, deRoleTrim, deSurname, deUnion, deUnitNoun, deDemonym, deVessel, deInitialDot } from './refine';

/** The German rules over one text's spans, in the order they run (after the engine's own: src/nlp/ner/engine-rules.ts). */
export const RULES: readonly Rule[] = [
  deRoleTrim, // "Europaminister Uwe Döring" → "Uwe Döring"
  deCompound, // "EU-Kommission", "PC-Version": a word about a name, not a name
  dePlaceHead, // "Kanton Baselland" → "Baselland"; "Leipzigs" is Leipzig
  deUnitNoun, // "des Kantons Wallis", "im Kanton": the unit noun is no place, the name after its genitive is
  deDemonym, // "im Berliner Ortsteil": a city's -er adjective is no place; "die Berner Gebäudeversicherung": an organisation
  dePublicBody, // "die Bundesnetzagentur": one public body, an organisation even where the tagger is silent
  deOrgHead, // "der Spielzeughersteller X": an organisation
  deSurname, // surnames of full names, role nouns ("Innenminister X"), verbs of saying ("sagte X")
  dePersonEvidence, // "Olivenöl wird", "Schmerz und Trauer": a person only the tagger guessed, with no cue in the text, is none
  deInitialDot, // "Mehmet K.": the dot after a surname's initial is part of the name
  dePlaceList, // "in Cincinnati und X": a place
  deUnion, // "die Union": the CDU/CSU (unless the text speaks of the EU)
  listBetween, // "Tulsa, Wichita, Kansas City": a name between two places of a list is a place
  shapeThings, // "Railway Station", "Burnley Cemetery", "Stand Up To Racism": a guessed person that names a facility or a group
  dateCapitals, // "01 MRT 2016": the month of a date line, not an organisation
  ellipticCompound, // "Inlichtingen- en Veiligheidsdiensten": the name goes on over the shared compound part
  compoundOrg, // "BKA-Chef X", "VVD-fractievoorzitter X": the organisation the role is compounded on
  quotedName, // "aux cris de 'Allah Akbar'", "l'immeuble «Caroline»": a quoted name alone is a title, a ship or a slogan
  deVessel, // "der Tanker „Marinera“": a ship's name, no organisation or person
  thingNames, // "storm Céline", "Sturm Zeynep", "de coalitie Vivaldi": a thing's name, not a person
];
