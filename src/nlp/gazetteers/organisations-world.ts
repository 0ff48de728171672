/**
 * Well-known international organisations that French- and Dutch-language text names without a cue word:
 * parliaments and parties abroad, armed forces, academies and universities, companies, studios, game
 * publishers, carmakers and racing teams, media, bands. Public facts, written by hand from general
 * knowledge (not harvested from any corpus). Used by the nl and fr packs.
 */
const ORGS = `
Likoud|Likud|Kadima|Fianna Fáil|Fine Gael|Sinn Féin|Knesset|Bundestag|Bundesrat|Luftwaffe|Wehrmacht|Bundeswehr|Kuomintang|Congrès|Congres|Douma|Tsahal|Hezbollah|Fatah|ANC|Partido Popular|PSOE|Podemos|Labour|Tories|Parti communiste chinois|Parti démocrate|Parti républicain|Democratische Partij|Republikeinse Partij
Royal Society|Royal Academy|Académie française|Académie des sciences|Institut de France|Collège de France|CNRS|Inserm|CNES|Sorbonne|Sciences Po|ENA|MIT|Harvard|Stanford|Yale|Princeton|Max Planck|Smithsonian
Lockheed Martin|Hydro-Québec|Renfe|Athletic Bilbao|Athletic Club|Chelsea|Chelsea FC|Lockheed|General Electric|Northrop Grumman|Raytheon|Dassault|Dassault Aviation|Thales|Safran|Alstom|Bombardier|Canadair|Embraer|De Beers|Rio Tinto|ArcelorMittal|L'Oréal|Hermès|Chanel|Louis Vuitton|Gucci|Prada|SFR|Bouygues|Vivendi|T-Mobile|Red Bull|Sauber|Force India|Toro Rosso|Porsche|Audi|Volvo|Saab|Scania|Nissan|Honda|Chrysler|Dodge|Hyundai|Kia|Citroën|Peugeot|Opel|Skoda|Seat|Lamborghini|Maserati|Bugatti|Yamaha|Suzuki|Kawasaki|Ducati
Metro-Goldwyn-Mayer|MGM|Warner Bros.|Warner Bros|Paramount|Paramount Pictures|Universal Pictures|Columbia Pictures|20th Century Fox|Walt Disney|Disney|Pixar|DreamWorks|Lucasfilm|Gaumont|Pathé|Nintendo|Sega|Namco|Capcom|Konami|Square Enix|Ubisoft|Electronic Arts|Activision|Atari|Blizzard|Valve|Rockstar Games|Sony|Panasonic|Toshiba|Hitachi|Canon|Nikon|Motorola|Xerox|Kodak|Intel|Qualcomm|Spotify|Wikipedia|Wikimedia|Mozilla|Linux Foundation
Canal+|M6|France Télévisions|Radio France|RFI|France Inter|France Info|France Culture|France 2|France 3|France 5|Europe 1|BFM TV|BFMTV|LCI|TV5|TV5Monde|ITV|Channel 4|Sky|HBO|Netflix|MTV|Fox News|CBS|NBC|ABC|ESPN|Al-Jazeera|Radio-Canada|Radio Canada|Le Parisien|L'Équipe|Les Échos|Le Point|L'Express|Le Nouvel Observateur|Paris Match|Ouest-France|La Croix|Le Canard enchaîné|Rolling Stone|Billboard|Der Standard|Die Welt
Beatles|The Beatles|Rolling Stones|The Rolling Stones|Pink Floyd|Led Zeppelin|U2|ABBA|Metallica|Nirvana|Radiohead|Coldplay|Daft Punk|Indochine|Noir Désir|Deep Purple|The Who|The Doors|Depeche Mode|Kraftwerk|Iron Maiden|Guns N' Roses|Red Hot Chili Peppers|Dire Straits|Arctic Monkeys|The Cure|Sex Pistols|The Clash
`;

export const WORLD_ORG_NAMES: readonly string[] = ORGS.split(/[|\n]/)
  .map((s) => s.trim())
  .filter(Boolean);
