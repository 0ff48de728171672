import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** `../shared` beside the repo: fixtures and corpora for development. A user's clone has none. */
export const SHARED_DIR = resolve(process.env.CRISISLENS_SHARED ?? join(__dirname, '..', '..', '..', 'shared'));
export const HAS_SHARED = existsSync(join(SHARED_DIR, 'fixtures'));
export const SHARED_SKIP_REASON = `../shared not found at ${SHARED_DIR}: tests on the shared fixtures and corpora are skipped (set CRISISLENS_SHARED to point at it)`;

if (!HAS_SHARED) {
  // Say it once, clearly, in the test output.
  console.warn(`[skip] ${SHARED_SKIP_REASON}`);
}

export const sharedPath = (...parts: string[]) => join(SHARED_DIR, ...parts);
