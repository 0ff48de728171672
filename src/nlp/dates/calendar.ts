/** Calendar arithmetic for date resolution: pure, UTC-based, no dependence on "today". */

export interface Ymd {
  y: number;
  /** 1–12 */
  m: number;
  /** 1–31 */
  d: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** YYYY, YYYY-MM or YYYY-MM-DD. */
export function isoOf(y: number, m?: number, d?: number): string {
  if (m === undefined) return pad(y, 4);
  if (d === undefined) return `${pad(y, 4)}-${pad(m)}`;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export const ymdIso = (v: Ymd) => isoOf(v.y, v.m, v.d);

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Parses a reference date (YYYY-MM-DD, optionally followed by a time); null when absent or malformed. */
export function parseReference(s: string | null | undefined): Ymd | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const y = +m[1], mo = +m[2], d = +m[3];
  return isValidYmd(y, mo, d) ? { y, m: mo, d } : null;
}

export function addDays(v: Ymd, n: number): Ymd {
  const t = new Date(Date.UTC(v.y, v.m - 1, v.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Days from a to b (negative when b is earlier); b's day is clamped to its month. */
export function daysBetween(a: Ymd, b: Ymd): number {
  const day = Math.min(b.d, daysInMonth(b.y, b.m));
  return Math.round((Date.UTC(b.y, b.m - 1, day) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(v: Ymd): number {
  return new Date(Date.UTC(v.y, v.m - 1, v.d)).getUTCDay();
}

/** The most recent `weekday` on or before `ref` (strictly before when `strict`). */
export function previousWeekday(ref: Ymd, weekday: number, strict = false): Ymd {
  let back = (weekdayOf(ref) - weekday + 7) % 7;
  if (back === 0 && strict) back = 7;
  return addDays(ref, -back);
}

/** The first `weekday` strictly after `ref`. */
export function nextWeekday(ref: Ymd, weekday: number): Ymd {
  let fwd = (weekday - weekdayOf(ref) + 7) % 7;
  if (fwd === 0) fwd = 7;
  return addDays(ref, fwd);
}

/** The first `weekday` on or after `ref`. */
export function upcomingWeekday(ref: Ymd, weekday: number): Ymd {
  return addDays(ref, (weekday - weekdayOf(ref) + 7) % 7);
}

/** Year of the most recent `month` on or before ref's month (strictly before when `strict`). */
export function previousMonthYear(ref: Ymd, month: number, strict = false): number {
  return month < ref.m || (!strict && month === ref.m) ? ref.y : ref.y - 1;
}

/** Year of the first `month` strictly after ref's month. */
export function nextMonthYear(ref: Ymd, month: number): number {
  return month > ref.m ? ref.y : ref.y + 1;
}

/** ref's month shifted by n months, as [year, month]. */
export function addMonths(ref: Ymd, n: number): [number, number] {
  const idx = ref.y * 12 + (ref.m - 1) + n;
  return [Math.floor(idx / 12), (idx % 12) + 1];
}
