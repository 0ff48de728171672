/**
 * Marking a found text in the page without the Custom Highlight API (older Firefox): each
 * text-node piece is split out and wrapped in a `<mark>` made with createElement — no HTML
 * strings, nothing from the page is ever parsed. `clearMarks` restores the page.
 */
import type { TextSegment } from './find-text';

export const MARK_ATTR = 'data-crisislens-mark';

/** Wrap each segment in `<mark data-crisislens-mark>`; returns the marks, in page order. */
export function wrapSegments(doc: Document, segments: TextSegment[]): Element[] {
  const marks: Element[] = [];
  for (const seg of segments) {
    const node = seg.node;
    const parent = node.parentNode;
    const v = node.nodeValue ?? '';
    if (!parent || seg.end <= seg.start || seg.start >= v.length) continue;
    // New text nodes rather than splitText (which some DOMs lack): text in, text out.
    if (seg.start > 0) parent.insertBefore(doc.createTextNode(v.slice(0, seg.start)), node);
    const mark = doc.createElement('mark');
    mark.setAttribute(MARK_ATTR, '');
    mark.appendChild(doc.createTextNode(v.slice(seg.start, seg.end)));
    parent.insertBefore(mark, node);
    if (seg.end < v.length) parent.insertBefore(doc.createTextNode(v.slice(seg.end)), node);
    parent.removeChild(node);
    marks.push(mark);
  }
  return marks;
}

/** Remove our marks, putting their text back where it was. */
export function clearMarks(root: ParentNode): void {
  for (const mark of Array.from(root.querySelectorAll(`mark[${MARK_ATTR}]`))) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    if ('normalize' in parent && typeof (parent as Element).normalize === 'function') (parent as Element).normalize();
  }
}
