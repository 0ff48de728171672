import type { z } from 'zod';

type PathPart = PropertyKey;

/** "briefs[3].brief.organisations[0].mentions" from a base path and a zod issue path. */
export function formatPath(base: PathPart[], path: readonly PathPart[]): string {
  let out = '';
  for (const p of [...base, ...path]) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += (out ? '.' : '') + String(p);
  }
  return out || '(top level)';
}

/** Up to `max` issues as "path: message" lines, plus how many more. */
export function formatIssues(issues: readonly z.core.$ZodIssue[], base: PathPart[] = [], max = 5): string {
  const lines = issues.slice(0, max).map((i) => `${formatPath(base, i.path)}: ${i.message}`);
  if (issues.length > max) lines.push(`…and ${issues.length - max} more problem(s)`);
  return lines.join('; ');
}
