/**
 * What the summary does on real pages, where there are no reference summaries: for each page of
 * ../shared/data/crisis-pages (and, with --pages, the 124 Readability pages of ../shared/data/pages) it
 * extracts the article as the CLI does and prints
 * - lead: whether the summary keeps the text's first usable sentence (news is written lead first: the
 *   lead is the one sentence a summary of hard news should seldom lose);
 * - questions: picked sentences that end with "?" (a summary states; a question is a teaser or a
 *   sub-heading the extractor did not mark);
 * - unpunctuated: picked sentences that do not end like a sentence (a heading, a caption, a rubric).
 *
 *   npm run eval:summary-pages -- [--pages] [--list [--scores]] [--json]   (= npx tsx scripts/summary-pages.ts …)
 *
 * --json prints one line of JSON first ({"crisis-pages": {pages, leadKept, questions, unpunctuated, picks}, …}:
 * the quality ratchet reads it, scripts/quality/figures.ts). --list prints every page's picks (--scores: and the model's score of its first six usable sentences). Skips with a message when ../shared is absent. The development sets'
 * lead figures (share of articles whose summary keeps the first sentence) come from
 * `node ../shared/tools/rouge.mjs --perdoc` and are quoted in the README.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadHtml } from '../src/cli/load-html';
import { decodeHtml } from '../src/cli/read-input';
import { extractArticle } from '../src/extract/extract-article';
import { linkedomTuning } from '../src/extract/readability-node';
import { analyseText } from '../src/nlp/pipeline';
import { scoreSentences, summarise } from '../src/summary/summarise';

const ROOT = resolve(import.meta.dirname, '..');
const SHARED = resolve(process.env.CRISISLENS_SHARED ?? join(ROOT, '..', 'shared'));
const args = process.argv.slice(2);
const sets = ['crisis-pages', ...(args.includes('--pages') ? ['pages'] : [])];
const list = args.includes('--list');
const json = args.includes('--json');

const ENDS = /[.!?…"'”’»)。！？」』）]$/;

async function page(file: string, name: string) {
  const html = decodeHtml(readFileSync(file));
  const url = `file://${file}`;
  const res = extractArticle(loadHtml(html, url), { url, mutate: true, tuning: linkedomTuning, fresh: () => loadHtml(html, url) });
  if (!res.ok) return null;
  const a = res.article;
  const nlp = await analyseText(a.text, { lang: a.lang, langCertain: a.langCertain, published: a.published });
  const summary = summarise(a.text, nlp, a.title, { published: a.published, labels: a.labels, description: a.description });
  const usable = scoreSentences(a.text, nlp.sentences, nlp.lang, undefined, undefined, a.labels ?? [], nlp.places.flatMap((p) => p.mentions));
  const lead = usable[0];
  const picks = summary.sentences.map((s) => s.text);
  const kept = !lead || summary.sentences.some((s) => s.start === lead.start);
  const questions = picks.filter((t) => /\?["”»’'\s]*$/.test(t)).length;
  const unpunctuated = picks.filter((t) => !ENDS.test(t)).length;
  if (list) {
    console.log(`${name} [${nlp.lang}] lead ${kept ? 'kept' : 'LOST'}: ${lead ? a.text.slice(lead.start, lead.end).slice(0, 100) : '-'}`);
    for (const t of picks) console.log(`   · ${t.slice(0, 140)}`);
    if (args.includes('--scores')) for (const c of usable.slice(0, 6)) console.log(`     ${c.score.toFixed(2)} ${a.text.slice(c.start, c.end).slice(0, 90)}`);
  }
  return { lang: nlp.lang, kept, questions, unpunctuated, picks: picks.length };
}

async function main() {
  const out: Record<string, { pages: number; leadKept: number; questions: number; unpunctuated: number; picks: number }> = {};
  const lines: string[] = [];
  for (const set of sets) {
    const dir = join(SHARED, 'data', set);
    if (!existsSync(dir)) {
      console.log(`summary-pages: skipped, ${dir} is absent (the shared data sits beside the repository; set CRISISLENS_SHARED)`);
      return;
    }
    const byLang = new Map<string, { n: number; kept: number }>();
    let n = 0;
    let kept = 0;
    let questions = 0;
    let unpunctuated = 0;
    let picks = 0;
    for (const name of readdirSync(dir).sort()) {
      const file = join(dir, name, 'source.html');
      if (!existsSync(file)) continue;
      const r = await page(file, name);
      if (!r) continue;
      n++;
      kept += r.kept ? 1 : 0;
      questions += r.questions;
      unpunctuated += r.unpunctuated;
      picks += r.picks;
      const l = byLang.get(r.lang) ?? { n: 0, kept: 0 };
      l.n++;
      l.kept += r.kept ? 1 : 0;
      byLang.set(r.lang, l);
    }
    const langs = [...byLang].sort((x, y) => y[1].n - x[1].n).map(([l, v]) => `${l} ${v.kept}/${v.n}`).join(', ');
    out[set] = { pages: n, leadKept: kept, questions, unpunctuated, picks };
    lines.push(`summary-pages ${set}: pages ${n} | lead kept ${kept}/${n} (${langs}) | picks ${picks}: questions ${questions}, unpunctuated ${unpunctuated}`);
  }
  if (json) console.log(JSON.stringify(out));
  for (const l of lines) console.log(l);
}

await main();
