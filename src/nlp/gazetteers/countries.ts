/** Country names from i18n-iso-countries (MIT; CLDR-derived public facts), one language's JSON at a time. */
export interface CountryJson {
  countries: Record<string, string | string[]>;
}

/** Every name and short form of every country in one language's table. */
export function countryNames(json: CountryJson): string[] {
  const out: string[] = [];
  for (const v of Object.values(json.countries)) {
    for (const name of Array.isArray(v) ? v : [v]) out.push(name);
  }
  return out;
}
