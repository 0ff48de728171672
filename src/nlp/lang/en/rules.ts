import type { Rule } from '../../ner/rules';
import { compoundOrg, dateCapitals, ellipticCompound, listBetween, quotedName, shapeThings, thingNames } from '../../ner/refine-rules';
import {
  enAmpersand, enBill, enClub, enClubSplit, enContextWords, enCounty, enDateline, enDemonym, enDemonymOrg, enDocContext,
  enDocTeam, enFaith, enGivenBeforeSurname, enGluedPlace, enHeadline, enHeadlineCompany, enInitial, enIrishO, enLoneOrgWord,
  enMonth, enNationalSide, enPlacePrep, enPostnominal, enPossessive, enProduct, enScores, enSurname, enTableHeader,
  enTeamCue, enTrailingDot, enVersus,
} from './refine';

/** The English rules over one text's spans, in the order they run (after the engine's own: src/nlp/ner/engine-rules.ts). */
export const RULES: readonly Rule[] = [
  enHeadline, // "SOCCER - WALES BEAT SAN MARINO": known names in capitalised headlines
  enScores, // datelines; score lines and table rows: sides are teams (tables of people are not)
  enVersus, // sports: "X beat Y", "X v Y"
  enClub, // sports: "Hansa Rostock", "Ajax" + "Amsterdam", "Chelsea defender X"
  enContextWords, // "Acme rose 20 cents", "the daily X", "the capital X", scorecards, goal scorers
  enTeamCue, // sports: "champions Porto", "a win over Genoa"
  enNationalSide, // national sides stay places; "the White Sox"; "at X"; a player's club in brackets
  enPossessive, // "Moody's", "Lloyd's"; sports: "the Orioles"
  enLoneOrgWord, // "Police", "Government" alone: no organisation
  enBill, // "Bill Clinton": a given name, not a law
  enProduct, // "Boeing 747": a product, not the maker
  enHeadlineCompany, // "Alpha Techs closes Lockhart purchase"
  enTableHeader, // "W D L G": no names
  enAmpersand, // "Procter & Gamble": a firm
  enDemonym, // "South African", "to Israeli": no names
  enGluedPlace, // "US$", "U.S.-led": no mention of the place
  enInitial, // "A. Stewart": the initial belongs to the name
  enTrailingDot, // "Lansing, Mich." at a sentence's end: the dot is the full stop
  enDemonymOrg, // "Palestinian Information Ministry"
  enGivenBeforeSurname, // "Wasim Akram" where the document knew "Akram"
  enFaith, // "Roman Catholic": no person
  enSurname, // "Jordan" after "Neil Jordan"; "Wang" after "Wang Dan"
  enCounty, // sports (cricket): the first-class counties are sides
  enIrishO, // "O'Brien"
  enPostnominal, // "Afrasiab Anwar MBE", "Luke Pollard MP": the letters after a name are not part of it
  enMonth, // "Jan 12" is a date
  enClubSplit, // sports: "St Helens", "San Diego Padres"
  enDocTeam, // sports: the teams found above, at their other mentions
  enDocContext, // "Cofinec was up 5 … Cofinec has …": context types the other mentions
  enDateline, // "LONDON 1996-08-30": the place the story was filed
  listBetween, // "Tulsa, Wichita, Kansas City": a name between two places of a list is a place
  enPlacePrep, // "toward Des Moines", "in Bordesley Green": a shape-guessed person after a preposition of place is a place
  shapeThings, // "Railway Station", "Burnley Cemetery", "Stand Up To Racism": a guessed person that names a facility or a group
  dateCapitals, // "01 MRT 2016": the month of a date line, not an organisation
  ellipticCompound, // "Inlichtingen- en Veiligheidsdiensten": the name goes on over the shared compound part
  compoundOrg, // "BKA-Chef X", "VVD-fractievoorzitter X": the organisation the role is compounded on
  quotedName, // "aux cris de 'Allah Akbar'", "l'immeuble «Caroline»": a quoted name alone is a title, a ship or a slogan
  thingNames, // "storm Céline", "Sturm Zeynep", "de coalitie Vivaldi": a thing's name, not a person
];
