/** Tags as the user types them in the note form (popup and library). */

/** "floods, NCCN , floods" → ["floods", "NCCN"] (trimmed, no duplicates ignoring case, order kept). */
export function parseTags(input: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of input.split(/[,;\n]/)) {
    const tag = raw.replace(/\s+/g, ' ').trim().slice(0, 60);
    const key = tag.toLocaleLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}
