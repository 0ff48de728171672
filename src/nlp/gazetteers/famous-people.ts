/**
 * People the news and encyclopaedic text name by one word: writers, philosophers, scientists, rulers,
 * artists, composers, religious and sports figures, in French, Dutch and international spellings.
 * Public facts, written by hand from general knowledge (not harvested from any corpus). Words that are
 * also common words, given names or places are left out.
 */
const NAMES = `
Voltaire Rousseau Montesquieu Diderot Descartes Molière Racine Corneille Rabelais Montaigne Balzac Zola Flaubert Stendhal Baudelaire
Rimbaud Verlaine Proust Sartre Camus Platon Plato Aristote Aristoteles Socrate Socrates Homère Homerus Hérodote Herodotus Thucydide
Sophocle Euripide Eschyle Pythagore Pythagoras Euclide Archimède Archimedes Hippocrate Cicéron Cicero Virgile Vergilius Ovide Ovidius
Sénèque Seneca Tacite Tacitus Suétone Plutarque Caesar Néron Nero Caligula Tibère Trajan Hadrien Pompée Pompeius Cléopâtre Cleopatra
Hannibal Attila Charlemagne Clovis Mérovée Childéric Chilpéric Dagobert Pépin Napoléon Napoleon Bonaparte Robespierre Danton Mirabeau
Lafayette Talleyrand Richelieu Mazarin Colbert Vauban Luther Calvijn Érasme Erasmus Copernic Copernicus Galilée Galilei Kepler Newton
Darwin Einstein Pasteur Freud Marx Engels Lénine Lenin Staline Stalin Trotski Trotsky Hitler Mussolini Churchill Roosevelt Gandhi
Mandela Gorbatchev Gorbatsjov Poutine Poetin Khrouchtchev Chroesjtsjov Confucius Bouddha Boeddha Mahomet Jésus Jezus Moïse Mozes
Kant Hegel Nietzsche Schopenhauer Spinoza Leibniz Hobbes Machiavel Machiavelli Dante Pétrarque Petrarca Boccace Shakespeare Cervantes
Goethe Schiller Tolstoï Tolstoj Dostoïevski Dostojevski Tchekhov Tsjechov Pouchkine Poesjkin Rembrandt Vermeer Rubens Bruegel Breughel
Picasso Matisse Monet Manet Renoir Cézanne Gauguin Degas Rodin Dalí Magritte Michel-Ange Michelangelo Botticelli Titien Caravage
Caravaggio Bach Mozart Beethoven Chopin Liszt Wagner Verdi Puccini Debussy Ravel Tchaïkovski Tsjaikovski Brahms Schubert Haendel
Händel Vivaldi Stravinsky Strawinsky Madonna Beyoncé Rihanna Shakira Pelé Maradona Zidane Platini Cruijff Cruyff Merckx Ronaldo
Ronaldinho Messi Federer Nadal Djokovic Schumacher Senna Prost Hergé Peyo Goscinny Uderzo Saddam Khomeini Arafat Kadhafi Khadafi
Castro Pinochet Tito Ceausescu Mobutu Lumumba Kabila Mugabe Netanyahou Netanyahu Rabin Peres Sarkozy Mitterrand Chirac Macron
Merkel Schröder Kohl Adenauer Thatcher Blair Obama Clinton Bush Trump Biden Eltsine Jeltsin Medvedev Zelensky Zelenski
`;

export const FAMOUS_PEOPLE: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));
