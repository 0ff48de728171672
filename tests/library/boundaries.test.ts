import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Library and export apart (../shared/DESIGN.md): the library stores briefs with their note and tags
 * and knows no file format; export turns saved briefs into files and reads backups, and never touches
 * storage. Checked on the modules' imports.
 */
const SRC = resolve(__dirname, '../../src');
const importsOf = (dir: string) =>
  readdirSync(join(SRC, dir))
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => [...readFileSync(join(SRC, dir, f), 'utf8').matchAll(/^import[^;]*?from '([^']+)'/gms)].map((m) => `${dir}/${f}: ${m[1]}`));

describe('library and export apart', () => {
  it('no library module imports export code', () => {
    expect(importsOf('library').filter((x) => /'?\.\.\/export\b/.test(x.split(': ')[1]))).toEqual([]);
  });
  it("no export module imports the library's storage (its database, its API) or Dexie; pure record helpers are shared", () => {
    expect(importsOf('export').filter((x) => /\/library(\/(index|library|db|catalog|search|errors-map))?$|^dexie$/.test(x.split(': ')[1]))).toEqual([]);
  });
});
