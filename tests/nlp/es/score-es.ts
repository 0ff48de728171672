import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadHtml } from '../../../src/cli/load-html';
import { extractArticle } from '../../../src/extract/extract-article';
import { analyseText } from '../../../src/nlp/pipeline';
import type { Entity } from '../../../src/nlp/types';
import type { AnnotatedText } from './annotated-es';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** The text to analyse: the annotated text, or the article extracted from its page. */
function textOf(t: AnnotatedText): string {
  if (!t.page) return t.text;
  const x = extractArticle(loadHtml(readFileSync(fileURLToPath(new URL(`../../../${t.page}`, import.meta.url)), 'utf8'), 'https://example.org/'), { url: 'https://example.org/' });
  if (!x.ok) throw new Error(`${t.page}: ${x.message}`);
  return x.article.text;
}

const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').trim();

/** Entity-level counts per kind (organisations, people, places, entities = the three together, dates) over a set. */
export async function scoreEs(set: AnnotatedText[]): Promise<{ rows: Record<string, Counts>; misses: string[] }> {
  const kinds = ['organisations', 'people', 'places'] as const;
  const rows: Record<string, Counts> = {};
  for (const k of [...kinds, 'entities', 'dates']) rows[k] = { tp: 0, fp: 0, fn: 0 };
  const misses: string[] = [];
  for (const t of set) {
    const r = await analyseText(textOf(t), { lang: 'es', published: t.published });
    const optional = new Set((t.optional ?? []).map(norm));
    for (const k of kinds) {
      const gold = t[k].map((forms) => forms.map(norm));
      const found = new Set<number>();
      for (const e of r[k] as Entity[]) {
        const forms = [e.name, ...e.aliases].map(norm);
        const g = gold.findIndex((any) => any.some((x) => forms.includes(x)));
        if (g >= 0 && !found.has(g)) {
          found.add(g);
          rows[k].tp++;
          rows.entities.tp++;
        } else if (g < 0 && !forms.some((x) => optional.has(x))) {
          rows[k].fp++;
          rows.entities.fp++;
          misses.push(`${t.id}: extra ${k} "${e.name}"`);
        }
      }
      gold.forEach((any, i) => {
        if (found.has(i)) return;
        rows[k].fn++;
        rows.entities.fn++;
        misses.push(`${t.id}: missed ${k} "${t[k][i][0]}"`);
      });
    }
    const values = new Set(r.dates.map((d) => d.value));
    for (const v of values) {
      if (t.dates.includes(v)) rows.dates.tp++;
      else {
        rows.dates.fp++;
        misses.push(`${t.id}: extra date ${v}`);
      }
    }
    for (const v of t.dates) if (!values.has(v)) {
      rows.dates.fn++;
      misses.push(`${t.id}: missed date ${v}`);
    }
  }
  return { rows, misses };
}
