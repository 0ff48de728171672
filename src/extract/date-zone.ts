/**
 * The publisher's local day of a UTC timestamp. `2023-11-09T03:28:35Z` on a New York site was
 * published on 8 November there: readers (and the page's own URL and dateline) say the 8th.
 * The page says which zone it lives in through other timestamps with an offset, a time-zone
 * name or WordPress's `tz` setting in its scripts, or its country's domain; failing those, a
 * date in its URL or next to its headline one day off the UTC day is the local one.
 */
import type { DocIndex } from './doc-index';
import { addDays, datetimeAttr, localDay, parseStamp, type Stamp } from './date-text';

const IANA = /"(?:timezone|timeZone|time_zone|tz|tzName)"\s*:\s*(?:\{[^{}]{0,80}?)?"((?:America|Europe|Asia|Australia|Africa|Pacific|Atlantic|Indian)\/[A-Za-z_]+(?:\/[A-Za-z_]+)?)"/;
const WP_TZ = /\b(?:blog_)?tz['"]?\s*[:=]\s*['"]?([+-]?\d{1,2}(?:\.\d+)?)(?=['"&,\s}])/;

/** Country domains with one civil time zone. */
const TLD_ZONE: Record<string, string> = {};
for (const [zone, tlds] of [
  ['Europe/Paris', 'de at ch it fr be nl lu es pl cz sk hu dk se no si hr rs li mt'],
  ['Europe/London', 'uk ie pt'],
  ['Europe/Helsinki', 'fi gr ro bg ua ee lv lt md cy'],
  ['Asia/Tokyo', 'jp'],
  ['Asia/Seoul', 'kr'],
  ['Asia/Shanghai', 'cn tw hk'],
  ['Asia/Kolkata', 'in'],
  ['Asia/Jerusalem', 'il'],
  ['Europe/Istanbul', 'tr'],
] as const) for (const t of tlds.split(' ')) TLD_ZONE[t] = zone;

/** Minutes east of UTC in `zone` at `utcMs`, or null for an unknown zone. */
export function zoneOffset(zone: string, utcMs: number): number | null {
  try {
    const f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
    const p: Record<string, number> = {};
    for (const x of f.formatToParts(new Date(utcMs))) if (x.type !== 'literal') p[x.type] = +x.value;
    const local = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour! % 24, p.minute!);
    return Math.round((local - utcMs) / 60_000);
  } catch {
    return null;
  }
}

function utcMs(s: Stamp): number {
  return Date.parse(`${s.date}T00:00:00Z`) + ((s.time ?? 0) - (s.offset ?? 0)) * 60_000;
}

export interface ZoneInputs {
  idx: DocIndex;
  meta: Map<string, string>;
  canonicalUrl: string | null;
  url: string;
}

/** The page's UTC offset (minutes east) at the stamp's instant, when the page says it; else null. */
export function pageZoneOffset(i: ZoneInputs, stamp: Stamp): number | null {
  // 1. another timestamp of the page written with its offset
  const stamps: string[] = [...i.meta.values()];
  for (const t of i.idx.tags.time.slice(0, 50)) stamps.push(datetimeAttr(t) ?? '');
  for (const v of stamps) {
    const s = v && v.length < 60 ? parseStamp(v) : null;
    if (s && s.offset) return s.offset;
  }
  // 2. a zone named in the page's scripts (site settings, analytics)
  let n = 0;
  for (const sc of i.idx.tags.script) {
    const src = (sc.textContent ?? '').slice(0, 300_000);
    if (!src) continue;
    if (n++ > 60) break;
    const z = IANA.exec(src);
    if (z) {
      const o = zoneOffset(z[1]!, utcMs(stamp));
      if (o != null) return o;
    }
    const w = WP_TZ.exec(src);
    if (w && Math.abs(+w[1]!) <= 14) return Math.round(+w[1]! * 60);
  }
  // 3. a country domain with one time zone
  for (const u of [i.canonicalUrl, i.meta.get('og:url'), i.url]) {
    let host = '';
    try {
      host = u ? new URL(u).hostname : '';
    } catch {
      /* ignore */
    }
    const zone = TLD_ZONE[host.split('.').pop() ?? ''];
    if (zone) return zoneOffset(zone, utcMs(stamp));
  }
  return null;
}

export interface LocalEvidence {
  offset: () => number | null;
  urlDate: () => string | null;
  near: () => string | null;
}

/**
 * The local day of a UTC stamp (offset 0, with a time), from the evidence the page gives: the
 * date shown next to the headline when it is the UTC day or a day off it that a real offset
 * could explain, else the page's offset, else a date in its URL one plausible day off.
 */
export function toLocalDay(stamp: Stamp, ev: LocalEvidence): string {
  const t = stamp.time ?? 720;
  const plausible = (d: string | null) =>
    d === stamp.date || (d === addDays(stamp.date, -1) && t < 600) || (d === addDays(stamp.date, 1) && t >= 600);
  const near = ev.near();
  if (near && plausible(near)) return near;
  const off = ev.offset();
  if (off != null) return localDay(stamp, off);
  const u = ev.urlDate();
  return u && plausible(u) ? u : stamp.date;
}
