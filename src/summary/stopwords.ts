/**
 * Function words per language, ignored when measuring how central a sentence is.
 * Small on purpose: the most frequent closed-class words of news text. Lower case.
 */
const LISTS: Record<string, string> = {
  en: `a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has have
    having he her here hers herself him himself his how i if in into is it its itself just me more most my
    no nor not now of off on once only or other our ours out over own said same she should so some such than
    that the their theirs them then there these they this those through to too under until up very was we
    were what when where which while who whom why will with would you your yours yourself says say one two
    new also may might must shall its it's he's she's they're we're year years mr mrs ms`,
  nl: `aan af al alle alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus een
    eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is ja je
    kan kon kunnen maar me meer men met mij mijn moet na naar niet niets nog nu of om omdat ons ook op over
    reeds te tegen toch toen tot u uit uw van veel voor want waren was wat we wel werd wezen wie wij wil
    worden wordt zal ze zei zelf zich zij zijn zo zonder zou zegt volgens jaar ook twee drie onder tussen
    sinds waar waarin waarbij hebben hadden werden zullen kunnen moeten dient deze dezelfde dergelijke`,
  fr: `a à afin ai aie ainsi alors au aucun aussi autre aux avait avant avec avoir c ça car ce ceci cela celle
    celles celui ces cet cette chaque comme comment d dans de des depuis deux donc dont du elle elles en
    encore entre est et été être eu fait faire il ils j je jusqu l la le les leur leurs lors lui m ma mais
    me même mes moi mon n ne ni nos notre nous on ont ou où par parce pas peu peut plus pour pourquoi
    qu quand que quel quelle quelles quels qui s sa sans se selon ses si son sont sous sur ta te tes toi
    ton tous tout toute toutes très tu un une vos votre vous y été étaient était sera seront a-t-il
    c'est d'un d'une l'a n'est qu'il qu'elle s'est année ans déclaré indiqué`,
  de: `aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei bin bis bist da
    damit dann das dass daß dem den denn der des dessen die dies diese diesem diesen dieser dieses doch dort
    du durch ein eine einem einen einer eines er es etwa euch für gegen gewesen hab habe haben hat hatte
    hatten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer im in ins ist ja jede jedem jeden
    jeder jedes jetzt kann kein keine können könnte man manche mehr mein mit muss musste nach nicht nichts
    noch nun nur ob oder ohne sehr sei sein seine seinem seinen seiner seit sich sie sind so solche soll
    sollte sondern sowie über um und uns unser unter vom von vor wann war waren warum was weil welche wenn
    wer werde werden wie wieder will wir wird wo wurde wurden zu zum zur zwei drei jahr jahre sagte laut`,
};

const cache = new Map<string, Set<string>>();

/** The stopword set of a language; for an unknown language, the union of all lists. */
export function stopwordsFor(lang: string): Set<string> {
  const key = LISTS[lang] ? lang : '*';
  let set = cache.get(key);
  if (!set) {
    const src = key === '*' ? Object.values(LISTS).join(' ') : LISTS[key];
    set = new Set(src.split(/\s+/).filter(Boolean));
    cache.set(key, set);
  }
  return set;
}
