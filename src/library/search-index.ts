import { blobMatches } from './search';

/**
 * An inverted index over the search blobs of a library, built in memory per window: distinct
 * folded word → the briefs containing it. A query word is looked up in the vocabulary (a
 * substring scan over one string of all distinct words, ~1–2 MB for 10,000 briefs), the postings
 * of the matching words are united, and the terms intersected. Cost grows with the vocabulary and
 * the hits, not with the total text.
 *
 * Writes after the build are not merged into the postings: changed briefs are kept aside
 * (`dirty`) and matched by scanning their blobs, until there are enough of them to rebuild.
 */
export class SearchIndex {
  private readonly ids: string[] = [];
  private readonly docOf = new Map<string, number>();
  private vocab = '';
  private tokStart: Int32Array = new Int32Array(0);
  private postings: Int32Array[] = [];
  private readonly dirty = new Map<string, string | null>();

  static readonly REBUILD_AFTER = 500;

  constructor(blobs: Map<string, string>) {
    const tokenNo = new Map<string, number>();
    const lists: number[][] = [];
    const lastDoc: number[] = [];
    const words: string[] = [];
    let d = 0;
    for (const [id, blob] of blobs) {
      this.ids.push(id);
      this.docOf.set(id, d);
      let i = 0;
      const n = blob.length;
      while (i < n) {
        let j = blob.indexOf(' ', i);
        if (j === -1) j = n;
        if (j > i) {
          const w = blob.slice(i, j);
          if (w !== '|') {
            let t = tokenNo.get(w);
            if (t === undefined) {
              t = words.length;
              tokenNo.set(w, t);
              words.push(w);
              lists.push([]);
              lastDoc.push(-1);
            }
            if (lastDoc[t] !== d) {
              lastDoc[t] = d;
              lists[t].push(d);
            }
          }
        }
        i = j + 1;
      }
      d++;
    }
    this.postings = lists.map((l) => Int32Array.from(l));
    // "\n" + w0 + "\n" + w1 + … + "\n": tokStart[t] is where word t starts.
    this.tokStart = new Int32Array(words.length);
    let pos = 1;
    for (let t = 0; t < words.length; t++) {
      this.tokStart[t] = pos;
      pos += words[t].length + 1;
    }
    this.vocab = '\n' + words.join('\n') + '\n';
  }

  get size(): number {
    return this.ids.length;
  }

  get staleness(): number {
    return this.dirty.size;
  }

  /** A brief was saved/changed (blob) or deleted (null) after the build. */
  touch(id: string, blob: string | null): void {
    this.dirty.set(id, blob);
  }

  /** Word number containing vocabulary position p (binary search). */
  private tokenAt(p: number): number {
    let lo = 0;
    let hi = this.tokStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.tokStart[mid] <= p) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Docs containing a word matching `w` (see blobMatches: prefix for 1–2 chars, substring otherwise). */
  private docsForWord(w: string): Uint8Array {
    const mark = new Uint8Array(this.ids.length);
    const needle = w.length <= 2 ? '\n' + w : w;
    let p = this.vocab.indexOf(needle);
    while (p !== -1) {
      const t = this.tokenAt(w.length <= 2 ? p + 1 : p);
      for (const doc of this.postings[t]) mark[doc] = 1;
      const next = t + 1 < this.tokStart.length ? this.tokStart[t + 1] : this.vocab.length;
      p = this.vocab.indexOf(needle, next - (w.length <= 2 ? 1 : 0));
    }
    return mark;
  }

  /**
   * A predicate: does brief `id` match every term (AND)? Phrases count as all their words
   * (as blobMatches does when the phrase is not verbatim in the title and names).
   */
  matcher(terms: string[]): (id: string, blob: () => string | undefined) => boolean {
    const words = [...new Set(terms.flatMap((t) => t.split(' ')).filter(Boolean))];
    let mark: Uint8Array | null = null;
    for (const w of words) {
      const m = this.docsForWord(w);
      if (mark) for (let i = 0; i < m.length; i++) mark[i] &= m[i];
      else mark = m;
    }
    const final = mark;
    return (id, blob) => {
      if (this.dirty.has(id)) {
        const b = this.dirty.get(id);
        return b ? terms.every((t) => blobMatches(b, t)) : false;
      }
      const d = this.docOf.get(id);
      if (d === undefined) {
        const b = blob();
        return b ? terms.every((t) => blobMatches(b, t)) : false;
      }
      return final ? final[d] === 1 : true;
    };
  }
}
