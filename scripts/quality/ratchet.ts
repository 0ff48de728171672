/**
 * The quality ratchet: measured figures against committed floors (quality-floors.json).
 *
 * Pure functions only (no files, no processes) so the ratchet itself is unit-tested on small
 * fixtures of floors and figures (tests/quality/ratchet.test.ts). scripts/eval.ts runs the
 * evaluations, turns their output into figures (./figures.ts) and calls these.
 *
 * A figure is one number of one evaluation ("pages.nl.entities.P"). Most are better higher; a few
 * are counts of errors, better lower ("pages.all.notEntities"). Its floor is the figure main
 * reaches today (for a lower-is-better figure: a ceiling). A run:
 *   - fails where a figure is worse than its floor by more than the noise margin of its kind;
 *   - fails where a figure is better than its floor by more than the margin and the floor was not
 *     raised (a ratchet that is not tightened lets the next change quietly give the gain back):
 *     `npm run eval -- --raise` raises those floors, and the commit carries the new file;
 *   - fails where a figure with a floor was not measured at all (an evaluation that broke or was
 *     dropped must not pass as "nothing moved"), unless that evaluation was skipped on purpose.
 * Lowering a floor is a hand edit of quality-floors.json with a sentence in the commit message.
 */

export type Better = 'higher' | 'lower';

/** The kinds of figure, each with its noise margin (quality-floors.json "margins"). */
export type FigureKind = 'ratio' | 'rouge' | 'count';

export interface Figure {
  /** "<evaluation>.<group…>.<name>", e.g. "pages.nl.entities.P", "ner.de.micro.F1". */
  id: string;
  value: number;
  better: Better;
  kind: FigureKind;
}

export interface FloorsFile {
  /** Free text for humans: what the file is and how to change it. */
  about?: string[];
  /** Noise margin per kind of figure, in the figure's own unit. */
  margins: Record<FigureKind, number>;
  /** Figure id → floor (a ceiling for figures that are better lower). */
  floors: Record<string, number>;
}

export type Status =
  /** Within the margin of its floor. */
  | 'ok'
  /** Better than the floor by more than the margin: the floor must be raised. */
  | 'raise'
  /** Worse than the floor by more than the margin. */
  | 'drop'
  /** Measured, but no floor yet (a new figure): needs `--raise` to be recorded. */
  | 'new'
  /** Has a floor but was not measured (its evaluation ran and did not give it). */
  | 'missing'
  /** Has a floor, its evaluation was skipped on purpose (--only, or a data set absent). */
  | 'skipped';

export interface Row {
  id: string;
  value: number | null;
  floor: number | null;
  margin: number;
  better: Better;
  kind: FigureKind;
  status: Status;
  /** value − floor (null when either is missing). */
  delta: number | null;
}

export interface Verdict {
  rows: Row[];
  /** Rows that make the run fail. */
  failures: Row[];
  ok: boolean;
}

const EPS = 1e-9;

/** The evaluation a figure belongs to: the part of its id before the first dot. */
export const evaluationOf = (id: string): string => id.slice(0, id.indexOf('.') < 0 ? id.length : id.indexOf('.'));

/** How the kind of a figure that has a floor but no measurement is known: from its id. */
function kindOfId(id: string): FigureKind {
  if (id.startsWith('summary.')) return 'rouge';
  if (/(?:\.count|\.hit|\.ok|notEntities|\.wrong)$/.test(id)) return 'count';
  return 'ratio';
}

/** Lower-is-better figures are named so (error counts): used for floors without a measurement. */
function betterOfId(id: string): Better {
  return /(?:notEntities|\.wrong)$/.test(id) ? 'lower' : 'higher';
}

/**
 * Compare figures with floors. `skipped` lists evaluations that did not run on purpose: their
 * floors are reported as skipped, not missing.
 */
export function compare(figures: readonly Figure[], file: FloorsFile, skipped: readonly string[] = []): Verdict {
  const rows: Row[] = [];
  const seen = new Set<string>();
  for (const f of figures) {
    seen.add(f.id);
    const margin = file.margins[f.kind] ?? 0;
    const floor = Object.prototype.hasOwnProperty.call(file.floors, f.id) ? file.floors[f.id] : null;
    if (floor === null) {
      rows.push({ id: f.id, value: f.value, floor: null, margin, better: f.better, kind: f.kind, status: 'new', delta: null });
      continue;
    }
    // Signed gain: positive = better than the floor, whatever the direction.
    const gain = f.better === 'higher' ? f.value - floor : floor - f.value;
    const status: Status = gain < -margin - EPS ? 'drop' : gain > margin + EPS ? 'raise' : 'ok';
    rows.push({ id: f.id, value: f.value, floor, margin, better: f.better, kind: f.kind, status, delta: f.value - floor });
  }
  const skip = new Set(skipped);
  for (const [id, floor] of Object.entries(file.floors)) {
    if (seen.has(id)) continue;
    const kind = kindOfId(id);
    rows.push({
      id,
      value: null,
      floor,
      margin: file.margins[kind] ?? 0,
      better: betterOfId(id),
      kind,
      status: skip.has(evaluationOf(id)) ? 'skipped' : 'missing',
      delta: null,
    });
  }
  const failures = rows.filter((r) => r.status === 'drop' || r.status === 'raise' || r.status === 'missing' || r.status === 'new');
  return { rows, failures, ok: failures.length === 0 };
}

/**
 * The floors after a change that improved figures: every floor moves to its figure where the
 * figure is better (never worse: lowering a floor is a hand edit with a reason), and new figures
 * get their first floor. Floors of figures not measured stay as they are.
 */
export function raise(figures: readonly Figure[], file: FloorsFile): FloorsFile {
  const floors: Record<string, number> = { ...file.floors };
  for (const f of figures) {
    const old = Object.prototype.hasOwnProperty.call(floors, f.id) ? floors[f.id] : null;
    if (old === null) floors[f.id] = f.value;
    else if (f.better === 'higher' ? f.value > old : f.value < old) floors[f.id] = f.value;
  }
  const sorted = Object.fromEntries(Object.keys(floors).sort().map((k) => [k, floors[k]]));
  return { ...file, floors: sorted };
}

const fmt = (x: number | null, kind: FigureKind): string => {
  if (x === null) return '-';
  if (kind === 'count') return String(Math.round(x));
  return kind === 'rouge' ? x.toFixed(2) : x.toFixed(4);
};

const fmtDelta = (r: Row): string => {
  if (r.delta === null) return '';
  if (Math.abs(r.delta) < EPS) return '=';
  const s = r.kind === 'count' ? String(Math.round(r.delta)) : r.kind === 'rouge' ? r.delta.toFixed(2) : r.delta.toFixed(4);
  return r.delta > 0 ? `+${s}` : s;
};

const STATUS_TEXT: Record<Status, string> = {
  ok: 'ok',
  raise: 'FAIL better than floor: raise it (npm run eval -- --raise)',
  drop: 'FAIL below floor',
  new: 'FAIL no floor yet (npm run eval -- --raise)',
  missing: 'FAIL not measured',
  skipped: 'skipped',
};

/**
 * The CI log's table: each figure beside its floor, its difference and its verdict; rows that
 * moved come first so a reader sees at once what changed. One line per figure.
 */
export function formatTable(v: Verdict): string[] {
  const moved = (r: Row) => r.status !== 'ok' && r.status !== 'skipped' ? 0 : r.delta !== null && Math.abs(r.delta) > EPS ? 1 : 2;
  const rows = [...v.rows].sort((a, b) => moved(a) - moved(b) || a.id.localeCompare(b.id));
  const w = Math.max(6, ...rows.map((r) => r.id.length));
  const out = [`${'figure'.padEnd(w)}  ${'value'.padStart(8)}  ${'floor'.padStart(8)}  ${'change'.padStart(8)}  ${'margin'.padStart(6)}  verdict`];
  for (const r of rows) {
    const floor = r.floor === null ? '-' : `${r.better === 'lower' ? '≤' : '≥'}${fmt(r.floor, r.kind)}`;
    out.push(
      `${r.id.padEnd(w)}  ${fmt(r.value, r.kind).padStart(8)}  ${floor.padStart(8)}  ${fmtDelta(r).padStart(8)}  ${fmt(r.margin, r.kind).padStart(6)}  ${STATUS_TEXT[r.status]}`,
    );
  }
  const count = (s: Status) => v.rows.filter((r) => r.status === s).length;
  out.push(
    `quality: ${v.ok ? 'PASS' : 'FAIL'} | ${v.rows.length} figures: ${count('ok')} at floor, ${count('drop')} below, ${count('raise')} above (floor not raised), ${count('new')} new, ${count('missing')} not measured, ${count('skipped')} skipped`,
  );
  return out;
}
