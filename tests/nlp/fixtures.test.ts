import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../src/cli/load-html';
import { extractArticle } from '../../src/extract/extract-article';
import { analyseText } from '../../src/nlp/pipeline';
import type { Entity, NlpResult, Organisation, Person, Agreement } from '../../src/nlp/types';
import { normFixture, type FixtureExpected } from '../helpers/fixture-match';
import { HAS_SHARED, SHARED_SKIP_REASON, sharedPath } from '../helpers/shared';

const norm = normFixture;
const forms = (e: Entity) => [e.name, ...e.aliases].map(norm);

type Expected = FixtureExpected;

describe.skipIf(!HAS_SHARED)(`NLP on the four fixture articles (${HAS_SHARED ? 'shared fixtures' : SHARED_SKIP_REASON})`, () => {
  for (const lang of ['nl', 'fr', 'de', 'en']) {
    describe(lang, () => {
      // vitest collects a skipped describe's body too: read the fixture only when ../shared is there.
      const exp = (HAS_SHARED ? JSON.parse(readFileSync(sharedPath('fixtures', 'expected', `${lang}-benelux-resilience.json`), 'utf8')) : {}) as Expected;
      let r: NlpResult;
      it('extracts and analyses the article text', async () => {
        const html = readFileSync(sharedPath('fixtures', exp.page), 'utf8');
        const x = extractArticle(loadHtml(html, exp.url), { url: exp.url });
        if (!x.ok) throw new Error(x.message);
        r = await analyseText(x.article.text, { lang: x.article.lang, published: x.article.published ?? '2024-06-04' });
        expect(r.lang).toBe(lang);
      });
      it('organisations (with acronyms)', () => {
        for (const o of exp.organisations) {
          const hit = r.organisations.find((e) => o.any.some((a) => forms(e).includes(norm(a)))) as Organisation | undefined;
          expect(hit, `organisation ${o.any[0]} in ${JSON.stringify(r.organisations.map((e) => e.name))}`).toBeDefined();
          if (o.acronym) expect([hit!.acronym, ...hit!.aliases].map((x) => norm(x ?? ''))).toContain(norm(o.acronym));
        }
      });
      it('people with roles', () => {
        for (const p of exp.people) {
          const hit = r.people.find((e) => p.any.some((a) => forms(e).includes(norm(a)))) as Person | undefined;
          expect(hit, `person ${p.any[0]}`).toBeDefined();
          if (p.role_any) expect(p.role_any.some((role) => norm(hit!.role ?? '').includes(norm(role))), `role of ${hit!.name}: ${hit!.role}`).toBe(true);
        }
      });
      it('places', () => {
        for (const p of exp.places) expect(r.places.some((e) => p.any.some((a) => forms(e).includes(norm(a)))), `place ${p.any[0]}`).toBe(true);
      });
      it('agreements with dates', () => {
        for (const a of exp.agreements) {
          const hit = r.agreements.find((e) => a.any.some((x) => norm(e.name).includes(norm(x)))) as Agreement | undefined;
          expect(hit, `agreement ${a.any[0]} in ${JSON.stringify(r.agreements.map((e) => e.name))}`).toBeDefined();
          if (a.date) expect(hit!.date, hit!.name).toBe(a.date);
        }
      });
      it('dates', () => {
        for (const d of exp.dates) expect(r.dates.map((x) => x.value)).toContain(d);
      });
      it('no menu words, pronouns or sentence starts among the entities', () => {
        const all = [...r.organisations, ...r.people, ...r.places, ...r.agreements].flatMap(forms);
        for (const w of exp.not_entities ?? []) expect(all, w).not.toContain(norm(w));
      });
    });
  }
});
