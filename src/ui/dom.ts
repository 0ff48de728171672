/**
 * A tiny DOM builder that never parses HTML. Every string child becomes a Text node and
 * every attribute goes through setAttribute, so page-derived strings (titles, names, link
 * texts) can only ever be text. `href`/`src` accept http(s) URLs only; inline event-handler
 * attributes (`onclick="…"`) are refused; listeners are passed as functions under `on`.
 *
 *   h('a', { href: link.href, target: '_blank' }, link.text)
 *   h('button', { type: 'button', on: { click: () => … } }, name)
 */
export type Child = Node | string | number | null | undefined | false | readonly Child[];
export type AttrValue = string | number | boolean | null | undefined;
export interface Attrs {
  [name: string]: AttrValue | Record<string, EventListener> | undefined;
  on?: Record<string, EventListener>;
}

const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data']);
const FORBIDDEN_ATTRS = new Set(['srcdoc', 'style']);

/** The URL when it is an absolute http(s) URL, else null (javascript:, data:, relative, garbage). */
export function safeHttpUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    const url = new URL(trimmed);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.href;
  } catch {
    return null;
  }
}

function doc(): Document {
  return document;
}

/** Appends children as nodes / text nodes. */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, ...(child as Child[]));
    else if (typeof child === 'string' || typeof child === 'number') parent.appendChild(doc().createTextNode(String(child)));
    else parent.appendChild(child as Node);
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): HTMLElementTagNameMap[K];
export function h(tag: string, attrs?: Attrs | null, ...children: Child[]): HTMLElement;
export function h(tag: string, attrs?: Attrs | null, ...children: Child[]): HTMLElement {
  if (!/^[a-z][a-z0-9-]*$/.test(tag) || tag === 'script' || tag === 'iframe' || tag === 'object' || tag === 'embed') {
    throw new Error(`h(): refused tag <${tag}>`);
  }
  const el = doc().createElement(tag);
  if (attrs) {
    for (const [name, value] of Object.entries(attrs)) {
      if (name === 'on') {
        for (const [type, listener] of Object.entries((value ?? {}) as Record<string, EventListener>)) {
          el.addEventListener(type, listener);
        }
        continue;
      }
      const lower = name.toLowerCase();
      if (lower.startsWith('on')) throw new Error(`h(): inline handler attribute "${name}" refused; use { on: { … } }`);
      if (FORBIDDEN_ATTRS.has(lower)) throw new Error(`h(): attribute "${name}" refused`);
      if (value === null || value === undefined || value === false) continue;
      if (URL_ATTRS.has(lower)) {
        const url = safeHttpUrl(value);
        if (url === null) continue; // dropped: only http(s) links, never javascript:/data:
        el.setAttribute(lower, url);
        continue;
      }
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(el, ...children);
  return el;
}

/** Removes every child of a node. */
export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** Replaces the children of a node. */
export function replaceChildren(node: Node, ...children: Child[]): void {
  clear(node);
  append(node, ...children);
}
