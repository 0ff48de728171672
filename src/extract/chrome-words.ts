/**
 * The words of page chrome, per language (nl, fr, de, en, es), as data: the cleanup steps
 * (prune-chrome-blocks, teaser-lines, photo-credits, consent-text) read them from here and
 * hold no language's words themselves. Lower case; matched case-insensitively, without
 * diacritics where noted. Adding a language = adding its lines here.
 */

/** Class/id/data-type/aria-label words of blocks that are never article text. */
export const CHROME_MARKUP_WORDS = {
  consent: ['consent', 'cookie', 'cookies', 'cookiebar', 'cookiebanner', 'cookiewall', 'gdpr', 'cmp', 'didomi', 'onetrust', 'usercentrics', 'privacywall', 'toestemming', 'einwilligung', 'consentimiento'],
  newsletter: ['newsletter', 'newsletters', 'signup', 'sign-up', 'nieuwsbrief', 'infolettre', 'lettre-info', 'boletin', 'boletines'],
  related: ['related', 'articlelist', 'teaser', 'teasers', 'recommended', 'recommendations', 'recirculation', 'outbrain', 'taboola', 'mostread', 'most-read', 'readmore', 'read-more', 'also-read', 'more-stories', 'gerelateerd', 'gerelateerde', 'verwandte', 'weiterlesen', 'a-lire-aussi', 'lire-aussi', 'relacionadas', 'relacionados', 'noticias-relacionadas', 'te-puede-interesar'],
  comments: ['comments', 'comment-list', 'commentlist', 'disqus', 'reacties', 'commentaires', 'kommentare', 'coral', 'comentarios'],
  tags: ['tags', 'taglist', 'tag-list', 'keywords'],
} as const;

/**
 * Openings of a line that points to another article ("Read more: …", "[Read: …]",
 * "Lees ook: …", "À lire aussi …", "Mehr zum Thema: …", "Te puede interesar: …"). Phrases of two words or more
 * may stand without a colon; single words need one (`lire:` but not "Lire le rapport").
 * "Vidéo: …" is not here: the title of the article's own video box is article text. Nor is a bare
 * "Más información …": "Más información en la web de la AEMET" is a sentence; with a colon it is a teaser.
 */
export const TEASER_OPENERS: Record<'nl' | 'fr' | 'de' | 'en' | 'es', { phrases: string[]; withColon: string[] }> = {
  en: {
    phrases: ['read more', 'also read', 'read also', 'read next', 'related article', 'related articles', 'related story', 'related stories', 'see also', 'more on this story', 'more on this', 'you may also like', 'recommended for you', 'watch now', 'click here to read', 'continue reading'],
    withColon: ['read', 'related', 'watch', 'listen', 'more', 'recommended', 'latest', 'opinion'],
  },
  nl: {
    phrases: ['lees ook', 'lees meer', 'lees verder', 'bekijk ook', 'kijk ook', 'meer over', 'ook interessant', 'zie ook', 'eerder verschenen'],
    withColon: ['lees', 'bekijk', 'kijk', 'luister', 'gerelateerd', 'meer'],
  },
  fr: {
    phrases: ['lire aussi', 'à lire aussi', 'a lire aussi', 'à lire également', 'lire également', 'voir aussi', 'à voir aussi', 'sur le même sujet', 'à découvrir', 'en savoir plus', 'notre dossier', 'découvrez aussi'],
    withColon: ['lire', 'voir'],
  },
  de: {
    phrases: ['lesen sie auch', 'lesen sie mehr', 'mehr zum thema', 'auch interessant', 'das könnte sie auch interessieren', 'das könnte sie interessieren', 'weitere artikel', 'weiterlesen', 'mehr dazu', 'siehe auch', 'zum thema'],
    withColon: ['lesen', 'mehr'],
  },
  es: {
    phrases: ['te puede interesar', 'también te puede interesar', 'le puede interesar', 'lee también', 'lea también', 'leer más', 'noticias relacionadas', 'noticia relacionada', 'contenido relacionado', 'te recomendamos', 'quizás te interese', 'sigue leyendo'],
    withColon: ['más información', 'lee', 'lea', 'leer', 'ver', 'relacionado', 'relacionada', 'escucha', 'mira'],
  },
};

/** Words that open a photo/video credit ("Foto: ANP", "Bild: IMAGO", "(Photo: X)", "Quelle: AFP", "Imagen: EFE"). */
export const CREDIT_OPENERS = ['foto', 'fotos', "foto's", 'beeld', 'photo', 'photos', 'image', 'images', 'picture', 'pictures', 'credit', 'credits', 'bild', 'bilder', 'quelle', 'source', 'illustration', 'copyright', 'crédit', 'crédits', 'photographie', 'fotograf', 'photographer', 'infografik', 'grafik', 'imagen', 'imágenes', 'fotografía', 'fuente', 'crédito', 'ilustración'];

/**
 * Picture agencies and wire services as they sign photo credits ("© BELGA", "Getty Images",
 * "Ammar Awad / Reuters"). Not a list of every organisation: only names that sign pictures.
 */
export const PICTURE_AGENCIES = [
  'afp', 'ap', 'anp', 'apa', 'belga', 'dpa', 'epa', 'epa-efe', 'efe', 'reuters', 'getty', 'getty images', 'imago', 'imago images', 'keystone', 'sda', 'shutterstock', 'istock', 'picture alliance', 'picture-alliance', 'pa', 'pa images', 'pa wire', 'pa media', 'anadolu', 'xinhua', 'ddp', 'aap', 'ansa', 'tass', 'alamy', 'sipa', 'abaca', 'hollandse hoogte', 'nurphoto', 'zuma', 'ipa', 'photonews', 'pool', 'ritzau', 'tt', 'ntb', 'bloomberg', 'afp photo', 'ap photo', 'unsplash',
  'europa press', 'agencia efe', 'efe/epa',
];

/** Words of consent and privacy dialogs (cookie walls, "one click for data protection" boxes). */
export const CONSENT_WORDS = {
  en: ['cookies', 'cookie', 'consent', 'privacy policy', 'accept all', 'reject all', 'manage preferences', 'personalised ads', 'personalized ads', 'our partners', 'legitimate interest', 'strictly necessary', 'your ip address'],
  nl: ['cookies', 'toestemming', 'privacyverklaring', 'akkoord', 'alles accepteren', 'instellingen', 'gepersonaliseerde advertenties', 'onze partners'],
  fr: ['cookies', 'consentement', 'tout accepter', 'tout refuser', 'données personnelles', 'nos partenaires', 'politique de confidentialité', 'intérêt légitime', 'paramétrer'],
  de: ['cookies', 'einwilligung', 'datenschutz', 'datenschutzerklärung', 'alle akzeptieren', 'zustimmen', 'ihre ip-adresse', 'externe server', 'unsere partner', 'berechtigtes interesse', 'einstellungen'],
  // Buttons as phrases: a bare "aceptar" or "rechazar" is also a story's word ("aceptar o rechazar la indemnización").
  es: ['cookies', 'utilizamos cookies', 'consentimiento', 'aceptar todo', 'aceptar todas', 'aceptar y cerrar', 'aceptar y continuar', 'rechazar todo', 'rechazar todas', 'configurar cookies', 'configuración de cookies', 'política de cookies', 'política de privacidad', 'datos personales', 'nuestros socios', 'interés legítimo', 'publicidad personalizada'],
} as const;

/** Phrases that invite the reader to another page ("Mehr … lesen Sie in unserem Liveblog:"). */
export const TEASER_INVITES = [
  'lesen sie in unserem', 'lesen sie hier', 'lesen sie im', 'finden sie in unserem', 'read our live', 'follow our live', 'follow the latest', 'sign up for', 'lees hier', 'volg ons liveblog', 'volg het laatste nieuws', 'suivez notre direct', 'suivez en direct', 'retrouvez notre', 'lisez notre',
  'sigue en directo', 'sigue nuestro directo', 'sigue la última hora', 'suscríbete a', 'suscribete a', 'apúntate a nuestro boletín', 'síguenos en',
];

/** Labels of live tickers and media boxes that stand alone on a line ("KEY EVENT", "Liveblog"). */
export const TICKER_LABELS = [
  'key event', 'pinned', 'pinned post', 'breaking', 'live', 'live updates', 'liveblog', 'live blog', 'ticker', 'liveticker', 'update', 'updated', 'aktualisiert', 'mis à jour', 'en direct', 'direct', 'bijgewerkt', 'autoplay', 'weitere videos', 'more videos', 'meer video\'s', 'plus de vidéos', 'advertisement', 'anzeige', 'advertentie', 'publicité', 'sponsored',
  'en directo', 'última hora', 'ultima hora', 'minuto a minuto', 'actualizado', 'destacado', 'fijado', 'más vídeos', 'publicidad', 'patrocinado', 'contenido patrocinado', 'suscríbete', 'suscríbase', 'suscribite', 'boletín',
];

/** Words that open a byline line ("Par E.P.", "Von Christian Unger und Laura Wagener", "Por Marta Soler Peris"). */
export const BYLINE_OPENERS = ['by', 'door', 'par', 'von', 'text', 'texte', 'tekst', 'written by', 'geschreven door', 'écrit par', 'verfasst von', 'por', 'texto'];

/**
 * A newsroom signing instead of a person, alone on a line among the first blocks ("Redacción",
 * "Redacción / EFE" is a credit line already). Spanish only for now: "Redactie", "Rédaction",
 * "Redaktion" would change what the four measured languages keep, untested on their pages.
 */
export const NEWSROOM_BYLINES = ['redacción', 'redaccion'];

/** Words that open a publication-time line ("Publié il y a 2 heures", "Updated 3 hours ago"). */
export const DATELINE_OPENERS = ['published', 'updated', 'last updated', 'posted', 'publié', 'mis à jour', 'actualisé', 'gepubliceerd', 'bijgewerkt', 'laatste update', 'veröffentlicht', 'aktualisiert', 'stand', 'lesedauer', 'reading time', 'temps de lecture', 'leestijd', 'publicado', 'actualizado', 'última actualización', 'tiempo de lectura'];
