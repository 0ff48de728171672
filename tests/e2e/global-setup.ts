/** Once per e2e run: fail fast without a browser or a build, and start with empty outputs. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { assertPrerequisites, CHROMIUM, EXT_DIR, OUT_DIR } from './harness';

export default function setup(): void {
  assertPrerequisites();
  for (const f of ['e2e-requests.jsonl', 'screenshots', 'downloads']) rmSync(join(OUT_DIR, f), { recursive: true, force: true });
  console.log(`[e2e] Chromium ${CHROMIUM}; extension ${EXT_DIR}; output ${OUT_DIR}`);
}
