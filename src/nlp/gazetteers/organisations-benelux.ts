/**
 * Organisations that Belgian and Dutch news (in Dutch and in French) name without a cue word:
 * parties, institutions, companies, media, unions, universities, clubs and teams. Public facts,
 * written by hand from general knowledge (not harvested from any corpus). Used by the nl and fr packs.
 */
const ORGS = `
Vlaams Blok|Vlaams Belang|Volksunie|VU|ID21|VU-ID|Spirit|Agalev|CVP|PSC|PRL|FDF|MCC|PRL-FDF-MCC|cdH|Open VLD|LDD|Lijst Dedecker|Front National|Vivant|SP.A-Spirit
LPF|Lijst Pim Fortuyn|Partij voor de Dieren|Forum voor Democratie|FvD|JA21|Volt
Vlaams Parlement|Waals Parlement|Brussels Parlement|Europees Parlement|Europese Commissie|Europese Unie|Europese Raad|Raad van Ministers|Europese Centrale Bank|Europees Hof van Justitie|Europees Hof voor de Rechten van de Mens|Internationaal Strafhof|Grondwettelijk Hof|Arbitragehof|Hof van Cassatie|Rekenhof|Comité P|Comité I|Rijkswacht|Gerechtelijke Politie|Hoge Raad voor de Justitie|Vlaamse Gemeenschap|Franse Gemeenschap|Duitstalige Gemeenschap
De Lijn|NMBS|MIVB|TEC|Belgacom|Mobistar|Telenet|Electrabel|Tractebel|Fortis|Dexia|Gemeentekrediet|Generale Bank|Kredietbank|BBL|Almanij|Cera|Artesia|Bacob|Ethias|Sabena|SN Brussels Airlines|Swissair|British Airways|Virgin Express|DHL|De Post|Bpost|Interbrew|Stella Artois|Aldi|Lidl|Ikea|Bekaert|UCB|Barco|Agfa-Gevaert|Agfa|Gevaert|Union Minière|Lernout & Hauspie|Janssen Pharmaceutica|Cockerill|Cockerill Sambre|Arcelor|Sidmar|Petrofina|Fina|TotalFina|TotalFinaElf|Exxon|Esso|KPN|Vodafone|Nokia|Ericsson|Cisco|Oracle|AOL|Time Warner|Yahoo|eBay|Napster|Netscape|Compaq|Dell|Hewlett-Packard|Fiat|Ferrari|McLaren|Benetton|DaimlerChrysler|General Motors|Coca-Cola|McDonald's|Nike|Adidas|Reebok|Nestlé|Procter & Gamble|Microsoft|Albert Heijn|Ahold
NASA|ESA|CIA|FBI|KGB|Mossad|Knesset|Hamas|Hezbollah|PLO|Fatah|IRA|ETA|UCK|KLA|NAVO|VN|Verenigde Naties|Unicef|UNHCR|Unesco|Wereldgezondheidsorganisatie|Wereldhandelsorganisatie|Internationaal Monetair Fonds|IMF|Wereldbank|OESO|OPEC|OVSE|Raad van Europa|Rode Kruis|Artsen zonder Grenzen|Médecins Sans Frontières|Greenpeace|Amnesty International|Oxfam|Human Rights Watch|Broederlijk Delen|Child Focus|Attac|Interpol|Europol
ABVV|ACV|ACLVB|FGTB|CSC|CGSLB|VBO|FEB|Unizo|Boerenbond|VEV|Voka|NCMV|FNV|VNO-NCW
KU Leuven|Katholieke Universiteit Leuven|Universiteit Gent|UGent|VUB|Vrije Universiteit Brussel|ULB|Université libre de Bruxelles|UCL|UCLouvain|Universiteit Antwerpen|UFSIA|UIA|RUCA|Vlerick|Universiteit van Amsterdam|Universiteit Leiden|Universiteit Utrecht|Erasmus Universiteit
VRT|BRTN|VTM|VT4|Kanaal 2|Ketnet|Canvas|Radio 1|Radio 2|Studio Brussel|Radio Donna|MNM|RTBF|RTL-TVI|TF1|France 2|Canal+|Arte|CNN|Al Jazeera|Belga|Dow Jones|Het Volk|Het Belang van Limburg|De Tijd|Financieel-Economische Tijd|Knack|Humo|Le Soir|La Libre Belgique|La Dernière Heure|Le Vif|L'Echo|Trouw|Algemeen Dagblad|Newsweek|Frankfurter Allgemeine|El País|Corriere della Sera|La Repubblica|Het Financieele Dagblad
Rode Duivels|Diables rouges|Diables Rouges|Bayern|Bayern Munich|Ajax Amsterdam|PSV Eindhoven|Olympique de Marseille|Olympique lyonnais|Paris SG|RSC Anderlecht|Standard Luik|KRC Genk|Racing Genk|Lierse|Germinal Beerschot|Beerschot|Sporting Lokeren|Cercle Brugge|Excelsior Moeskroen|Sporting Charleroi|Lazio Roma|AS Roma|AC Milan|Inter Milaan|Internazionale|Leeds United|Newcastle United|Olympique Marseille|Olympique Lyon|Galatasaray|Fenerbahçe|Besiktas|FC Porto|Benfica|Sporting Lissabon|Schalke 04|Bayer Leverkusen|Werder Bremen|Hamburger SV|Valencia CF|Atlético Madrid|Deportivo La Coruña|Fifa|Uefa|BOIC|KBVB|UCI|ATP|WTA|NBA|NHL|Mapei|Festina|Telekom|US Postal|Cofidis|Mercatone Uno|Saeco|Domo|Farm Frites|Kelme|Banesto|ONCE|Lampre|Polti|Quick-Step|Team Telekom|Française des Jeux|La Française des Jeux
`;

export const BENELUX_ORG_NAMES: readonly string[] = ORGS.split(/[|\n]/)
  .map((s) => s.trim())
  .filter(Boolean);
