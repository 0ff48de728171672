/**
 * Places that German-language news names and that the shared list (gazetteers/places.ts) lacks: German cities of
 * about 50,000 inhabitants and more, Austrian and Swiss towns, the Austrian states and the Swiss cantons in their
 * German names, and the German names of nearby foreign places (South Tyrol, Poland, Czechia, Italy). Public facts,
 * written by hand from general knowledge (not harvested from any corpus). Names that are also German common words
 * are left out: Zug, Posen, Sitten, Wels, Aalen (like Hof, Weil, Kamen, Schuld).
 */
const DE = `
Braunschweig|Herne|Mülheim an der Ruhr|Mülheim|Ludwigshafen|Ludwigshafen am Rhein|Offenbach|Offenbach am Main|Recklinghausen|Bottrop|Fürth|Remscheid|Reutlingen|Bremerhaven|Erlangen|Moers|Salzgitter|Hildesheim|Gera|Witten|Zwickau|Iserlohn|Schwäbisch Gmünd|Düren|Esslingen|Esslingen am Neckar|Ratingen|Tübingen|Marl|Lünen|Velbert|Ludwigsburg|Worms|Villingen-Schwenningen|Minden|Dessau|Dessau-Roßlau|Marburg|Viersen|Delmenhorst|Rheine|Gladbeck|Troisdorf|Dorsten|Detmold|Arnsberg|Lüdenscheid|Castrop-Rauxel|Wilhelmshaven|Bocholt|Celle|Kempten|Aschaffenburg|Dinslaken|Lippstadt|Plauen|Neubrandenburg|Stralsund|Greifswald|Wismar|Frankfurt (Oder)|Frankfurt an der Oder|Brandenburg an der Havel|Halle (Saale)|Halle an der Saale|Lutherstadt Wittenberg|Bautzen|Görlitz|Freiberg|Pirna|Meißen|Hoyerswerda|Suhl|Gotha|Eisenach|Nordhausen|Neumünster|Norderstedt|Elmshorn|Lüneburg|Cuxhaven|Wolfenbüttel|Goslar|Peine|Gifhorn|Hameln|Nordhorn|Lingen|Sindelfingen|Böblingen|Friedrichshafen|Ravensburg|Offenburg|Baden-Baden|Rastatt|Lörrach|Waiblingen|Göppingen|Neu-Ulm|Landshut|Rosenheim|Schweinfurt|Kaiserslautern|Speyer|Neuwied|Gießen|Fulda|Hanau|Wetzlar|Rüsselsheim|Bad Homburg|Langenfeld|Bergisch Gladbach|Bergheim|Kerpen|Grevenbroich|Dormagen|Hürth|Unna|Herford|Sankt Augustin|Stolberg|Eschweiler|Frechen|Euskirchen|Kleve|Wesel|Emsdetten|Gronau|Siegburg|Hattingen|Menden|Bad Salzuflen|Ahlen|Garbsen|Hilden|Meerbusch|Pulheim|Wesseling
Klagenfurt|Villach|St. Pölten|Sankt Pölten|Dornbirn|Wiener Neustadt|Steyr|Feldkirch|Bregenz|Leoben|Krems|Eisenstadt|Kufstein|Hallein|Niederösterreich|Oberösterreich|Steiermark|Kärnten|Vorarlberg|Burgenland
Winterthur|St. Gallen|Sankt Gallen|Biel|Thun|Köniz|Schaffhausen|Chur|Neuenburg|Aarau|Uster|Emmen|Kriens|Rapperswil|Frauenfeld|Solothurn|Olten|Bellinzona|Zermatt|Aargau|Thurgau|Wallis|Graubünden|Tessin|Waadt|Uri|Schwyz|Obwalden|Nidwalden|Glarus|Appenzell|Baselland|Basel-Land|Basel-Stadt
Bozen|Meran|Brixen|Trient|Südtirol|Breslau|Stettin|Kattowitz|Lemberg|Pressburg|Königsberg|Laibach|Pilsen|Karlsbad|Verona|Padua|Triest|Catania|Bari|Pisa|Siena|Parma|Lampedusa
`;

export const DE_PLACE_NAMES: readonly string[] = DE.split(/[|\n]/).map((s) => s.trim()).filter(Boolean);
