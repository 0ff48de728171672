import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datesFigures, fixturesFigures, nerFigures, pagesFigures, summaryFigures, summaryPagesFigures } from '../../scripts/quality/figures';
import { compare, formatTable, raise, type Figure, type FloorsFile } from '../../scripts/quality/ratchet';

const ROOT = resolve(__dirname, '..', '..');
const fixture = (name: string) => join(__dirname, 'fixtures', name);
const readJson = (name: string) => JSON.parse(readFileSync(fixture(name), 'utf8'));

const floors = readJson('floors.json') as FloorsFile;
const onMain = (readJson('figures-main.json') as { figures: Figure[] }).figures;
/** Real figures of a branch that removes the place-preposition rule ("de Maas bij Visé" → Visé is a place). */
const withoutRule = (readJson('figures-without-place-preposition-rule.json') as { figures: Figure[] }).figures;

const fig = (id: string, value: number, better: 'higher' | 'lower' = 'higher', kind: Figure['kind'] = 'ratio'): Figure => ({ id, value, better, kind });
const file = (f: Record<string, number>): FloorsFile => ({ margins: { ratio: 0.001, rouge: 0.02, count: 0 }, floors: f });

describe('the quality ratchet', () => {
  it('passes on main: every figure at its floor', () => {
    const v = compare(onMain, floors);
    expect(v.ok).toBe(true);
    expect(v.rows.every((r) => r.status === 'ok')).toBe(true);
  });

  it('fails on a branch that removes a rule the crisis pages need, naming the figures that fell', () => {
    const v = compare(withoutRule, floors);
    expect(v.ok).toBe(false);
    const dropped = v.failures.filter((r) => r.status === 'drop').map((r) => r.id);
    expect(dropped).toEqual(expect.arrayContaining(['pages.all.entities.R', 'pages.all.places.R', 'pages.en.places.R', 'pages.fr.places.R', 'ner.fr.LOC.F1']));
    // What did not move is not blamed.
    expect(dropped).not.toContain('pages.all.roles.ok');
    expect(dropped).not.toContain('ner.nl.micro.F1');
  });

  it('a figure worse than its floor by no more than the margin passes; by more, fails', () => {
    const f = file({ 'pages.all.entities.P': 0.72 });
    expect(compare([fig('pages.all.entities.P', 0.7191)], f).ok).toBe(true);
    expect(compare([fig('pages.all.entities.P', 0.7189)], f).rows[0].status).toBe('drop');
  });

  it('error counts are better lower: one more not-entity fails, one fewer asks for the ceiling to come down', () => {
    const f = file({ 'pages.all.notEntities': 75 });
    expect(compare([fig('pages.all.notEntities', 76, 'lower', 'count')], f).rows[0].status).toBe('drop');
    expect(compare([fig('pages.all.notEntities', 75, 'lower', 'count')], f).ok).toBe(true);
    expect(compare([fig('pages.all.notEntities', 74, 'lower', 'count')], f).rows[0].status).toBe('raise');
  });

  it('an improvement must be recorded: a figure above its floor fails until --raise tightens it', () => {
    const better = [fig('pages.all.entities.P', 0.8)];
    const f = file({ 'pages.all.entities.P': 0.72 });
    expect(compare(better, f).rows[0].status).toBe('raise');
    const raised = raise(better, f);
    expect(raised.floors['pages.all.entities.P']).toBe(0.8);
    expect(compare(better, raised).ok).toBe(true);
  });

  it('--raise never lowers a floor (that is a hand edit with a reason)', () => {
    const f = file({ 'pages.all.entities.P': 0.72, 'pages.all.notEntities': 75 });
    const r = raise([fig('pages.all.entities.P', 0.5), fig('pages.all.notEntities', 90, 'lower', 'count')], f);
    expect(r.floors).toEqual(f.floors);
    const down = raise([fig('pages.all.notEntities', 60, 'lower', 'count')], f);
    expect(down.floors['pages.all.notEntities']).toBe(60);
  });

  it('a floor whose figure was not measured fails, unless its evaluation was skipped on purpose', () => {
    const f = file({ 'pages.all.entities.P': 0.72, 'dates.all.accuracy': 0.8 });
    const v = compare([fig('pages.all.entities.P', 0.72)], f);
    expect(v.rows.find((r) => r.id === 'dates.all.accuracy')?.status).toBe('missing');
    expect(v.ok).toBe(false);
    const s = compare([fig('pages.all.entities.P', 0.72)], f, ['dates']);
    expect(s.rows.find((r) => r.id === 'dates.all.accuracy')?.status).toBe('skipped');
    expect(s.ok).toBe(true);
  });

  it('a new figure without a floor fails until it is recorded', () => {
    const v = compare([fig('pages.all.entities.P', 0.72), fig('pages.all.roles.ok', 54, 'higher', 'count')], file({ 'pages.all.entities.P': 0.72 }));
    expect(v.rows.find((r) => r.id === 'pages.all.roles.ok')?.status).toBe('new');
    expect(v.ok).toBe(false);
  });

  it('the log shows each figure beside its floor, what moved first, and a last line with the verdict', () => {
    const lines = formatTable(compare(withoutRule, floors));
    expect(lines[0]).toMatch(/^figure\s+value\s+floor\s+change\s+margin\s+verdict$/);
    expect(lines[1]).toMatch(/FAIL/);
    const places = lines.find((l) => l.startsWith('pages.en.places.R'))!;
    expect(places).toMatch(/0\.7481\s+≥0\.8168\s+-0\.0687\s+0\.0010\s+FAIL below floor/);
    const notEnt = lines.find((l) => l.startsWith('pages.all.notEntities'))!;
    expect(notEnt).toMatch(/72\s+≤75\s+-3/);
    expect(lines.at(-1)).toMatch(/^quality: FAIL \| 12 figures: /);
  });
});

describe('figures from each scorer', () => {
  it('score-pages: P/R/F1 per kind, counts, error counts better lower', () => {
    const t = {
      organisations: { hit: 6, gold: 10, good: 8, bad: 9 },
      people: { hit: 5, gold: 7, good: 5, bad: 40 },
      places: { hit: 3, gold: 3, good: 3, bad: 23 },
      entities: { hit: 14, gold: 20, good: 16, bad: 72 },
      dates: { hit: 8, gold: 10, good: 8, bad: 20 },
      agreements: { hit: 0, gold: 1, good: 0, bad: 2 },
      published: { ok: 4, n: 4 },
      roles: { ok: 3, n: 5 },
      agreementDates: { ok: 0, n: 0 },
      notEntities: 34,
      pages: 4,
      failed: 1,
      scores: { entities: { P: 0.181818, R: 0.7, F1: 0.2886 }, organisations: { P: 0.47, R: 0.6, F1: 0.5 }, people: { P: null, R: 0.71, F1: 0.19 } },
    };
    const figs = pagesFigures({ tallies: { nl: t } } as never);
    const by = Object.fromEntries(figs.map((f) => [f.id, f]));
    expect(by['pages.nl.entities.P'].value).toBe(0.1818);
    expect(by['pages.nl.people.P']).toBeUndefined(); // no P where nothing was reported
    expect(by['pages.nl.notEntities']).toMatchObject({ value: 34, better: 'lower', kind: 'count' });
    expect(by['pages.nl.agreements.wrong']).toMatchObject({ value: 2, better: 'lower' });
    expect(by['pages.nl.briefs.ok'].value).toBe(3);
    expect(by['pages.nl.roles.ok']).toMatchObject({ value: 3, better: 'higher', kind: 'count' });
  });

  it('score-dates: overall and German/English', () => {
    const g = (group: string, a: number) => ({ group, n: 10, accuracy: a, coverage: 0.9, precision: 0.95 });
    const figs = datesFigures({ overall: g('all', 0.8), byLang: [g('de', 0.78), g('en', 0.88), g('fr', 0.6)] });
    expect(figs.map((f) => f.id)).toEqual([
      'dates.all.accuracy', 'dates.all.coverage', 'dates.all.precision',
      'dates.de.accuracy', 'dates.de.coverage', 'dates.de.precision',
      'dates.en.accuracy', 'dates.en.coverage', 'dates.en.precision',
    ]);
  });

  it('rouge: the project and its margin over Lead at the same length, in ROUGE points', () => {
    const figs = summaryFigures('fr', { systems: { project: { r1: 24.424, r2: 9.141, rl: 15.82 } }, deltas: { 'lead@len': { r1: { mean: -0.94 }, r2: { mean: -0.626 } } } });
    expect(figs.map((f) => [f.id, f.value, f.kind])).toEqual([
      ['summary.fr.R1', 24.42, 'rouge'], ['summary.fr.R2', 9.14, 'rouge'], ['summary.fr.RL', 15.82, 'rouge'],
      ['summary.fr.R1-vs-lead@len', -0.94, 'rouge'], ['summary.fr.R2-vs-lead@len', -0.63, 'rouge'],
    ]);
  });

  it('eval-ner: F1 per type and micro, German named for its held-out documents', () => {
    const figs = nerFigures({ de: { rows: [{ type: 'ORG', f1: 0.538 }], micro: { type: 'micro', f1: 0.67391 } } }, { de: 'de-even' });
    expect(figs).toEqual([fig('ner.de-even.ORG.F1', 0.538), fig('ner.de-even.micro.F1', 0.6739)]);
  });

  it('check-fixtures: expectations met', () => {
    expect(fixturesFigures('x\nfixtures: 131/132 expectations met (4 pages)\n')).toEqual([fig('fixtures.all.met.count', 131, 'higher', 'count')]);
    expect(fixturesFigures('no summary line')).toEqual([]);
  });

  it('summary-pages: lead kept (higher is better), questions and unpunctuated picks (lower is better)', () => {
    expect(summaryPagesFigures({ 'crisis-pages': { leadKept: 26, questions: 0, unpunctuated: 4 } })).toEqual([
      fig('summarypages.crisis-pages.leadKept.count', 26, 'higher', 'count'),
      fig('summarypages.crisis-pages.questions.count', 0, 'lower', 'count'),
      fig('summarypages.crisis-pages.unpunctuated.count', 4, 'lower', 'count'),
    ]);
  });
});

describe('npm run eval, on saved figures (what .ci/run does after measuring)', () => {
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  const evalCli = (figures: string) =>
    spawnSync(tsx, ['scripts/eval.ts', '--figures', figures, '--floors', fixture('floors.json')], { cwd: ROOT, encoding: 'utf8' });

  it('exits 0 on main', () => {
    const r = evalCli(fixture('figures-main.json'));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/quality: PASS \| 12 figures: 12 at floor/);
  });

  it('exits 1 on the branch without the rule, and the log says which figures fell', () => {
    const r = evalCli(fixture('figures-without-place-preposition-rule.json'));
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/pages\.all\.places\.R\s+0\.7831\s+≥0\.8272\s+-0\.0441\s+0\.0010\s+FAIL below floor/);
    expect(r.stdout).toMatch(/quality: FAIL/);
  });

  it('--raise writes the better floors and still fails on what fell', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ratchet-'));
    const floorsCopy = join(dir, 'floors.json');
    writeFileSync(floorsCopy, readFileSync(fixture('floors.json')));
    const r = spawnSync(tsx, ['scripts/eval.ts', '--figures', fixture('figures-without-place-preposition-rule.json'), '--floors', floorsCopy, '--raise'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(1);
    const after = JSON.parse(readFileSync(floorsCopy, 'utf8')) as FloorsFile;
    expect(after.floors['pages.all.places.P']).toBe(0.8487); // raised
    expect(after.floors['pages.all.places.R']).toBe(0.8272); // never lowered
    expect(after.floors['pages.all.notEntities']).toBe(72); // ceiling down
  });
});
