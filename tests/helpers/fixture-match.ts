/**
 * The matching rules of ../shared/fixtures/README.md, for every test that checks a brief against
 * fixtures/expected/*.json: NFKC, lower case, no diacritics, `-`, `‐`, `’`, `'` and white-space runs
 * as one space, trimmed.
 */
export function normFixture(s: string | null | undefined): string {
  return (s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
    .replace(/[-‐’'\s]+/g, ' ')
    .trim();
}

/** One fixtures/expected/NAME.json. */
export interface FixtureExpected {
  page: string;
  url: string;
  lang: string;
  title: string;
  published: string;
  organisations: { any: string[]; acronym?: string }[];
  people: { any: string[]; role_any?: string[] }[];
  places: { any: string[] }[];
  agreements: { any: string[]; date?: string }[];
  dates: string[];
  links: string[];
  not_entities?: string[];
}
