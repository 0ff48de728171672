/**
 * Readability speed-ups for documents the caller parsed itself with linkedom (the CLI, the
 * benchmarks): passed to extractArticle as `tuning` with `mutate`, and kept out of the script
 * injected into pages (a browser's DOM answers these questions natively and fast). Each gives
 * Readability's own answer with less work: see readability-fast.ts and readability-snapshot.ts.
 */
import type { ReaderTuning } from './extract-article';
import { boundedReadability } from './readability-bounds';
import { quickerReadability } from './readability-fast';
import { bodyBeforeSearch, deferBodySnapshot } from './readability-snapshot';

export const linkedomTuning: ReaderTuning = {
  parse(reader, doc, again) {
    quickerReadability(reader, { tagWalk: true });
    // Readability serialises the whole body before its article search, only to restore it should its
    // first pass come up short: with a copy of the page at hand, that HTML is built only then.
    const undo =
      again && doc.body
        ? deferBodySnapshot(doc.body, () => {
            const copy = again();
            const r = boundedReadability<unknown>(copy, {});
            quickerReadability(r, { tagWalk: true });
            return bodyBeforeSearch(r, copy);
          })
        : null;
    try {
      return reader.parse();
    } finally {
      undo?.();
    }
  },
};
