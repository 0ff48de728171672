/**
 * Property-based fuzzing of the whole pipeline (extract + analyse) on mutated pages: it never
 * throws, each case stays under a time bound, mentions and summary offsets point into the text,
 * and the brief validates against BriefSchema. A modest number of cases here; the long run is
 * `npm run fuzz -- --runs 10000`. Seeds: pages written here (always) and the real pages of
 * ../shared/data/pages (skipped, clearly, when ../shared is absent).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HAS_SHARED, SHARED_DIR, SHARED_SKIP_REASON } from '../helpers/shared';
import { buildCase, caseArb, generatedPages, runCase, sharedPages, timeBound, type SeedPage } from './fuzz-core';

/** Per case, in CPU time (immune to other processes' load): 1.5 s + 4 ms per KiB of HTML (a 1 MB page:
 * 5.5 s; it takes about 2 s cold). It catches pathological blow-ups; `npm run bench` measures speed. */
const BASE_MS = 1500;
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);

async function fuzz(seeds: SeedPage[], numRuns: number) {
  let slowest = { ms: 0, label: '' };
  // Each failing case is reported by fast-check with its seed and a replayable counterexample.
  await fc.assert(
    fc.asyncProperty(caseArb(seeds), async (c) => {
      const { html, label } = buildCase(seeds, c);
      const r = await runCase(html, timeBound(html, BASE_MS));
      if (r.ms > slowest.ms) slowest = { ms: r.ms, label };
    }),
    { numRuns, endOnFailure: true },
  );
  console.info(`fuzz: ${numRuns} cases passed; slowest ${slowest.ms.toFixed(0)} ms CPU: ${slowest.label}`);
  return slowest;
}

describe('pipeline fuzzing: pages written here', () => {
  const seeds = generatedPages();

  it('the unmutated seed pages pass', async () => {
    for (const s of seeds) await expect(runCase(s.html, timeBound(s.html, BASE_MS)), s.name).resolves.toBeTruthy();
  });

  it(`${RUNS} mutated cases: never throws, bounded time, offsets exact, schema valid`, async () => {
    await fuzz(seeds, RUNS);
  }, 120_000);
});

describe.skipIf(!HAS_SHARED)(`pipeline fuzzing: real pages of ../shared/data/pages${HAS_SHARED ? '' : ` (skipped: ${SHARED_SKIP_REASON})`}`, () => {
  it(`${RUNS} mutated real pages: never throws, bounded time, offsets exact, schema valid`, async () => {
    const seeds = sharedPages(SHARED_DIR);
    expect(seeds.length).toBeGreaterThan(100);
    await fuzz(seeds, RUNS);
  }, 180_000);
});
