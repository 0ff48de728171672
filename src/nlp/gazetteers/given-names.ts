/**
 * Common given names across Dutch, French, German and English speaking countries (and the
 * most frequent international ones in their news). Public facts, written by hand. The last block: German,
 * Austrian and Swiss given names the lists above lacked ("Markus", "Uwe", "Jörg", "Heike"), written from the
 * common names of German-language public life, none taken from a corpus; names that are also common words
 * (Wolf, Hagen, Holm, Beat, Reiner) are left out.
 * Used to recognise "Given Surname" as a person; hyphenated given names ("Michel-Etienne")
 * are recognised when each part is listed.
 */
const NAMES = `
aaron abdel abdul abdullah abraham achille ada adam adele adolf adrian adriana adriano adrien agatha agathe agnes agnès ahmed ahmet aidan aileen aimé aimée alain alan alana albert alberto albrecht alec alejandro aleksandr alessandro alex alexander alexandra alexandre alexandru alexei alexis alfons alfonso alfred ali alice alicia aline alison alistair allan allison alma alois alphonse amanda amber ambroise amelia amélie amin amir amy ana anastasia anatole andré andrea andreas andrei andrew andries andy anette angela angelika angelina angelo angélique anita ann anna annabel anne anneke annelies anneliese annemarie annette annick annie anouk anton antoine antonio antonia anthony antje ariane ariel arjen arjan arlette armand armin arnaud arnold arno arnout aron arthur astrid audrey august auguste augustin aurélie aurélien axel ayaan aziz
barack barbara barend barry bart bartholomeus basil bastiaan bastien beatrix béatrice beatrice ben benedikt benjamin benoît benoit bent bernadette bernard bernd bernhard bert berta bertrand bettina betty bianca bill billy bjorn björn bob bobby bonnie boris boudewijn brad bradley bram brandon brenda brian bridget brigitte britta brooke bruce bruno bryan
caitlin camille carl carla carlo carlos carmen carol carola caroline carolyn carsten casper catherine cathy cecile cécile cecilia cedric cédric celine céline charles charlie charlotte chantal chiara chloé chloe chris christa christian christiane christina christine christoph christophe christopher chuck cindy claire clara clarence claude claudia claudine clemens clément colin connie conrad constance constant constantin cor coen cora corinne cornelia cornelis craig cynthia cyril cyrille
daan dagmar daisy dale damien dan daniel daniela daniele danielle danny dave david dawn dean debbie deborah denis denise dennis derek detlef diana diane dick didier diego dieter diederik dietrich dimitri dirk dmitri dmitry dolores dominik dominique don donald donna doris dorothea dorothy doug douglas dries dylan
eddy eddie edgar edith edmond edmund eduard eduardo edward edwin eefje egbert egon eileen ekaterina elaine eleanor elena eli elias elisa elisabeth eliza elizabeth elke ella ellen elmar elodie élodie elon els elsa else elvira emanuel emil emile émile emilia emilie émilie emily emma emmanuel emmanuelle emre enrico enzo eric éric erica erich erik erika ernest ernst erwin esther étienne etienne eugen eugène eugene eva evelyn evelien evert ewald
fabian fabien fabienne fabio fabrice fanny farid fatima fatma felix félix ferdinand fernand fernando filip filippo fiona floor florence florent florian fons france frances francesca francesco francine francis francisco franck françois francois françoise frank franka frans franz frederic frédéric frederik frédérique freek frida friedrich fritz frits
gabriel gabriele gabrielle gareth gary gaston gauthier gene geneviève george georg georges gérald gerald gérard gerard gerhard gerrit gert gertrud gertrude ghislain gideon gilbert gilles gillian gina giorgia giorgio giovanni gisela giuseppe gordon grace graham greet greg gregor gregory greta gretchen guido guillaume gunnar günter günther gustav gustave guus guy gwen
hanna hannah hannelore hans hansjörg harald harm harold harriet harry hartmut hasan hassan hazel heather hector hein heinrich heinz helen helena hélène helga helmut hendrik henk henri henriette henry herbert herman hermann hervé hilde hildegard hillary horst howard hubert hugo hugh hussein
ian ida igor ilse imke inge ingeborg ingrid irene irène iris irma isaac isabel isabella isabelle isidore ismail ivan ivo ivy
jaap jack jackie jacob jacqueline jacques jade jaime jake james jamie jan jana jane janet janine jannes jasper jason javier jay jean jeanne jeannette jef jeff jeffrey jelle jennifer jenny jens jeremy jérôme jeroen jesper jesse jessica jesus jill jim jimmy jo joachim joan joanna jochen jody joe joel joëlle johan johanna johannes john johnny jolanda jon jonas jonathan joop jordan jorge joris jos josé jose josef joseph josephine joséphine josh joshua joyce juan judith jules julia julian julie julien juliette jürgen justin justine jutta
kai kamala karel karen karin karina karl karla kasper kate katharina katherine kathleen kathrin kathy katie katja katrin kay keith kelly ken kenneth kerstin kevin kim kirsten klaas klaus koen koenraad konrad kris krista kristof kurt kyle
lars laura laurence laurens laurent lea léa leah leen lena léon leon leonard léonard leonie leopold léopold lieven lilian liliane lily linda lisa lise liselotte liz liza lodewijk lois lore lorenz lothar lotte louis louise luc luca lucas lucie lucien lucy ludwig luigi luis lukas luke lutz luuk lydia lynn
maarten madeleine magali magda magdalena maggie malcolm manfred manon manuel manuela marc marcel marco marcus margaret margarethe margot margriet maria marianne marie marieke marijke marina mario marion marius mark marleen marloes marta martha martin martina martine marvin mary mathias mathieu mathilde matt matteo matthew matthias matthieu maud maurice max maxime maximilian maya megan mehmet melanie mélanie melissa merel mia michael michaël michel michele michèle michelle miguel mike mikhail milan miranda mireille miriam mohamed mohammed monika monique morgan moritz muhammad murat mustafa
nadia nadine nancy naomi natalia natalie natasha nathalie nathan neil nele nicholas nick nicola nicolas nicole niels nienke niklas nikolai nils nina noah noël noel noémie nora norbert norman
odile olaf olga olivier olivia omar oscar oskar otto owen
pablo paolo pascal pascale patrick patricia patrice paul paula paulette pauline pedro peggy penelope per peter petra philip philipp philippe phil pierre piet pieter piotr pol priscilla
quentin
rachel rachid rafael rainer ralf ralph ramon randy raphaël raphael raoul ray raymond rebecca recep regina reinhard reinhold rémi remco rené renate renée richard rick rik rita rob robert roberta roberto robin rodrigo roel roger roland rolf romain roman ron ronald rosa rose rosemarie ross roy ruben rudi rudolf rudy rupert russell ruth rutger ryan
sabine sabrina sacha salma sam samantha samir samuel sandra sandrine sanne sara sarah sascha scott sean sebastian sébastien sebastiaan serge sergei sergio sharon sheila shirley siegfried silke silvia simon simone sofia sofie solange sonja sophia sophie stanislas stefan stefanie stéphane stephan stephanie stéphanie stephen steve steven susan susanne suzanne svenja sven sylvain sylvia sylvie
tanja tatiana ted teresa terry tess thea theo théo theodor thierry thijs thilo thomas thorsten tiago tijs tim timo timothy tina tobias tom tommy toni tony torsten tristan
udo ulrich ulrike ursula ute
valentin valentina valérie valerie vanessa vera veronika véronique victor victoria viktor vincent viola virginie vivian volker
walter warren wendy werner wesley wiebke wilfried wilhelm will willem william willy wim winston wolfgang wouter
xavier yann yannick yasmine yolanda yves yvette yvonne
zoe zoé
geert ludo jaak freddy leo katrijn sybille staf stijn stefaan stephaan filiep raf ronny rony toon gust gustaaf jozef katleen
katrien lien liesbeth lut lutgart mieke miet tine veerle viviane  annemie bea carine christel evelyne fientje gerda griet hanne
heidi ine jeanine jeannine josée kaat lisbeth machteld marie-rose rosette tania tinne trees yolande frieda godelieve marijn wannes warre seppe
lowie mathijs pieterjan joeri jurgen benny dany gino glenn gunther jean-luc jean-marie jean-pierre marnix michiel nico tijl hilda kristien kristel
kristine lieve lieselotte myriam ria trui veronique anja  evi femke fien goedele ilona jolien joke karolien noor tineke vicky
yana aad adriaan arie cees dolf gerben gijs huub kees koos menno niek noud onno pim rein rens rinus ruud
sjaak sjoerd stef teun twan wiebe wijnand wout ad bert-jan jan-peter mark-jan henk-jan pieter-jan hanneke ineke janneke loes riet wilma
willemijn annemiek fenna froukje geertje grietje jantje marjan marjolein mirjam saskia sietske mohammad abdelkader abdelaziz abdellah abdelhak abdeslam abderrahim abdou
aicha aïcha anouar anwar ayoub badr bilal brahim chaïma dounia driss fadoua fatiha fouad hamid hicham houda hamza ibrahim ilias
ilyas imane imad issam jamal kamal karim khadija khalid latifa laila leila loubna malika meryem miloud mimoun mounir mourad mustapha
nabil naima najat nordin noureddine othman rachida redouane rida saïd salah samira sanae soufiane tarik tariq yassine yasmina youssef yousef
zakaria zineb zohra abdelilah abdelmajid abderrahmane ahmad akram amal anas asma aziza bouchra el-hassan habib hafid hakim hanan jaouad karima
lahcen mehdi mina mohsin moussa nourdin reda salima siham younes zakia aylin ayse ayşe burak cem derya ebru elif emel
emine esra fatih gül hakan halil hatice hülya kemal leyla melek necla osman ozan selim serkan sevgi sinan suleyman süleyman
tayfun tolga tuncay umut yasemin yusuf zeynep ertugrul erdal ercan gökhan hüseyin mesut metin nihat orhan özlem sedat tarkan turgut
yilmaz zeki géraldine ghislaine gisèle huguette jacky josiane laurette marcelle micheline nadège odette thérèse raymonde gaëtan grégoire lionel loïc ludovic
mickaël régis rémy thibault thibaut valéry elio jean-claude anne-marie armelle colette delphine évelyne josette marie-claire marie-france marie-paule marthe sylviane bénédicte
clotilde edwige gaëlle ginette jocelyne laetitia lucienne marie-christine marie-hélène muriel noëlle rolande christelle murielle aymeric hugues jacques-yves jean-baptiste jean-françois jean-jacques
jean-louis jean-paul jean-yves rodolphe yvan gianni massimo stefano dino claudio davide fabrizio franco gianluca lorenzo mauro pietro riccardo salvatore silvio
umberto vincenzo marcello romano sandro beppe cesare dario ennio fausto gianfranco giulio luciano ottavio renato rocco tullio vittorio raúl jesús
óscar santiago iker xavi álvaro alvaro alfredo andrés ángel emilio enrique esteban federico felipe gonzalo ignacio joaquín josep jordi julio
mariano ricardo rubén salvador vicente lance todd jimi rod ike bucky dwight elvis garth glen hank jerry kirk lou marv
mel mitch  stan stu wayne vladimir nikita oleg yuri yevgeny anatoli sergej sergey vitali vasili vassily zoran slobodan dragan
goran milos miloš nenad predrag radovan ratko vojislav zlatko zdenek vaclav václav jiří jaroslav tomas tomáš lech bronislaw wojciech krzysztof
jerzy andrzej tadeusz aleksander
uwe gerd heike anke birgit gabi annalena markus sigmar hubertus katarina ricarda malu franziska bärbel henrike brita birte
dörte meike maike frauke hauke heiko holger ingo jörg knut marko mirko ole rüdiger sönke torben ulf wolfram dietmar eckhard
eckart gottfried hinrich karsten gudrun heidrun hiltrud irmgard waltraud elfriede sigrid finn annegret jens-uwe winfried ekkehard
eberhard benno bodo sepp johann ignaz konstantin xaver vreni ueli urs reto christof götz hajo kuno achim berthold burkhard
detlev dorothee edeltraud edelgard elfi felicitas friedhelm gerlinde gernot gisbert gitta godehard gunter gundula hannes hanno
hedwig heidemarie heiner helge helmar henning herta hertha hilmar hiltraud ilka ina irina irmela irmtraud isolde jakob janina
jannik josefine jule julius jupp knud konstanze kornelia lennart leonhard liesel ludger luise magnus malte mareike margit margret
mariele marita markus marlene meinhard michaela nadja ortwin ottmar otmar ricarda roderich ruprecht sabina siegbert siegmund
sieglinde sigmund steffen steffi swantje tabea tilman tilmann ulla uta veit volkmar walburga waldemar walther wenzel wernfried
wigbert wilhelmine willi winfried wolf-dieter wolfhard
`;

export const GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));

/** True when `word` (any case, possibly hyphenated) is a given name or a hyphenated pair of them. */
export function isGivenName(word: string): boolean {
  const w = word.toLowerCase();
  if (GIVEN_NAMES.has(w)) return true;
  if (w.includes('-')) return w.split('-').every((p) => GIVEN_NAMES.has(p));
  return false;
}
