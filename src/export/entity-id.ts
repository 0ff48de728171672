import { knownEntity } from '../library/entity-identity';
import { nameKey } from '../library/fold';
import type { EntityKind } from '../library/types';

/**
 * The stable id an export gives an entity, the same in every brief and language: the known
 * entity's id (a verified Wikidata QID such as "Q76", else "cl:…" / "iso:XX") when its name,
 * acronym or an alias is known; else "kind:normalised acronym or name" ("organisation:vmm"),
 * which joins the same name however it is written.
 */
export function entityId(kind: EntityKind, name: string, acronym?: string, aliases: readonly string[] = []): string {
  const forms = kind === 'person' ? [name] : [name, ...(acronym ? [acronym] : []), ...aliases];
  for (const f of forms) {
    const k = knownEntity(kind, f);
    if (k) return k.id;
  }
  return `${kind}:${nameKey(acronym || name) || name}`;
}
