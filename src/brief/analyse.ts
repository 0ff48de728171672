import type { Article } from '../extract/article';
import { analyseText } from '../nlp/pipeline';
import { summarise } from '../summary/summarise';
import { capBrief } from './limits';
import { BRIEF_SCHEMA_VERSION, type Brief } from './schema';

/** Builds a language's NLP data ahead of the text (see prepareLanguage): for callers that know the page's language early. */
export { prepareLanguage } from '../nlp/pipeline';

/** Article → Brief: the one function the popup and the CLI both call. Pure, no DOM, no browser. */
export async function analyse(article: Article, opts: { explain?: boolean } = {}): Promise<Brief> {
  const nlp = await analyseText(article.text, {
    lang: article.lang,
    langCertain: article.langCertain,
    published: article.published,
    ...(opts.explain ? { explain: true } : {}),
  });
  const summary = summarise(article.text, nlp, article.title, { published: article.published, labels: article.labels, description: article.description });
  // Every list and string within BRIEF_LIMITS: any brief fits an export that imports.
  return capBrief({
    schemaVersion: BRIEF_SCHEMA_VERSION,
    url: article.url,
    canonicalUrl: article.canonicalUrl,
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    lang: nlp.lang,
    published: article.published,
    publishedSource: article.publishedSource ?? null,
    text: article.text,
    summary: summary.sentences,
    headline: summary.headline,
    organisations: nlp.organisations,
    people: nlp.people,
    places: nlp.places,
    agreements: nlp.agreements,
    dates: nlp.dates,
    links: article.links,
    entitiesSupported: nlp.supported,
    ...(article.truncated ? { truncated: true } : {}),
    ...(article.fromSelection ? { fromSelection: true } : {}),
  });
}
