/**
 * Once per e2e run: fail fast without a browser or a build, start with empty outputs, and take a
 * snapshot of the built extension, so that a rebuild during the run (`wxt build` empties
 * .output/, e.g. the Firefox test or a developer's build) cannot pull it from under the tests.
 */
import { cpSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { assertPrerequisites, CHROMIUM, EXT_DIR, OUT_DIR } from './harness';

export default function setup(): void {
  assertPrerequisites();
  for (const f of ['e2e-requests.jsonl', 'screenshots', 'downloads']) rmSync(join(OUT_DIR, f), { recursive: true, force: true });
  const snapshot = join(OUT_DIR, 'extension-under-test');
  if (resolve(EXT_DIR) !== resolve(snapshot)) {
    rmSync(snapshot, { recursive: true, force: true });
    cpSync(EXT_DIR, snapshot, { recursive: true });
  }
  process.env.CRISISLENS_EXT_SNAPSHOT = snapshot;
  console.log(`[e2e] Chromium ${CHROMIUM}; extension ${EXT_DIR} (snapshot: ${snapshot}); output ${OUT_DIR}`);
}
