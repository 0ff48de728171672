/** Checks a popup showing a brief against an expectation file of ../shared/fixtures/expected/. */
import type { Page } from 'playwright-core';
import { type FixtureExpected } from '../helpers/fixture-match';
import { listItems, norm, someItemContains } from './harness';

export type Expected = FixtureExpected;

/** Text of each li of a list plus its machine-readable values (datetime, data-value, href). */
export async function listItemsWithValues(page: Page, testid: string): Promise<string[]> {
  return page.$$eval(`[data-testid="${testid}"] li`, (lis) =>
    lis.map((li) => {
      const vals = [...li.querySelectorAll('[datetime], [data-value], a[href]')].map(
        (e) => e.getAttribute('datetime') ?? e.getAttribute('data-value') ?? e.getAttribute('href') ?? '',
      );
      for (const a of ['datetime', 'data-value']) if (li.getAttribute(a)) vals.push(li.getAttribute(a)!);
      return [li.textContent ?? '', ...vals].join(' | ');
    }),
  );
}

function dateVariants(iso: string): string[] {
  const d = new Date(`${iso}T12:00:00Z`);
  const out = [iso];
  for (const loc of ['en-GB', 'en-US', 'nl', 'fr', 'de'])
    for (const dateStyle of ['short', 'medium', 'long', 'full'] as const)
      out.push(new Intl.DateTimeFormat(loc, { dateStyle, timeZone: 'UTC' }).format(d));
  return out;
}

/** Returns the list of unmet expectations (empty = the popup shows what the fixture expects). */
export async function briefMisses(page: Page, exp: Expected): Promise<string[]> {
  const misses: string[] = [];
  const title = (await page.locator('[data-testid="title"]').first().textContent().catch(() => null)) ?? '';
  if (norm(title) !== norm(exp.title)) misses.push(`title: got "${title.trim()}", want "${exp.title}"`);

  const body = (await page.locator('body').textContent()) ?? '';
  const attrs = await page.$$eval('[datetime], [lang], [data-value]', (els) =>
    els.flatMap((e) => ['datetime', 'lang', 'data-value'].map((a) => e.getAttribute(a) ?? '').filter(Boolean)),
  );
  if (!attrs.includes(exp.published) && !dateVariants(exp.published).some((v) => norm(body).includes(norm(v))))
    misses.push(`published ${exp.published} not shown (neither as text nor as <time datetime>)`);
  const langNames = ['en', 'nl', 'fr', 'de'].map((l) => new Intl.DisplayNames([l], { type: 'language' }).of(exp.lang) ?? '');
  const langShown =
    attrs.some((a) => a.toLowerCase().split('-')[0] === exp.lang) ||
    new RegExp(`\\b(${[exp.lang, ...langNames].map((n) => norm(n)).join('|')})\\b`).test(norm(body));
  if (!langShown) misses.push(`language ${exp.lang} not shown (no lang="${exp.lang}" attribute nor its name/code in the text)`);

  const lists: Record<string, string[]> = {};
  for (const k of ['organisations', 'people', 'places', 'agreements', 'dates', 'links']) lists[k] = await listItemsWithValues(page, k);
  for (const o of exp.organisations) {
    if (!someItemContains(lists.organisations, o.any)) misses.push(`organisation ${JSON.stringify(o.any)} missing`);
    else if (o.acronym && !someItemContains(lists.organisations.filter((t) => someItemContains([t], o.any)), [o.acronym]))
      misses.push(`organisation ${o.any[0]}: acronym ${o.acronym} not shown with it`);
  }
  for (const p of exp.people) {
    if (!someItemContains(lists.people, p.any)) misses.push(`person ${JSON.stringify(p.any)} missing`);
    else if (p.role_any && !someItemContains(lists.people.filter((t) => someItemContains([t], p.any)), p.role_any))
      misses.push(`person ${p.any[0]}: role ${JSON.stringify(p.role_any)} not shown`);
  }
  for (const p of exp.places) if (!someItemContains(lists.places, p.any)) misses.push(`place ${JSON.stringify(p.any)} missing`);
  for (const a of exp.agreements) {
    const hits = lists.agreements.filter((t) => someItemContains([t], a.any));
    if (!hits.length) misses.push(`agreement ${JSON.stringify(a.any)} missing`);
    else if (a.date && !hits.some((t) => t.includes(a.date!))) misses.push(`agreement ${a.any[0]}: date ${a.date} not shown`);
  }
  for (const d of exp.dates) if (!lists.dates.some((t) => t.includes(d))) misses.push(`date ${d} missing from the dates list`);
  for (const l of exp.links) if (!lists.links.some((t) => t.split(' | ').includes(l) || t.includes(l))) misses.push(`link ${l} missing`);
  const entityItems = [...lists.organisations, ...lists.people, ...lists.places, ...lists.agreements];
  for (const n of exp.not_entities ?? []) {
    // An item "is" the non-entity when its first line/name equals it.
    const named = entityItems.map((t) => norm(t.split(' | ')[0]));
    if (named.includes(norm(n))) misses.push(`"${n}" shown as an entity`);
  }
  // Context for whoever reads the failure: what the lists did show.
  if (misses.length)
    for (const k of ['organisations', 'people', 'places', 'agreements', 'dates'])
      misses.push(`(shown ${k}: ${lists[k].map((t) => t.replace(/\s+/g, ' ').trim().slice(0, 70)).join(' ; ').slice(0, 600)})`);
  return misses;
}

export { listItems };
