/**
 * The note and tags of a brief, as one small form with visible labels, shown at the top of the
 * brief (popup and library), under its title and source, before the long lists. Plain form
 * controls: reachable with Tab, submitted with the button or Enter in the tags field.
 * Values are only ever set as `.value` (text); nothing is parsed as HTML.
 */
import { h } from './dom';
import type { Translator } from './i18n';
import { parseTags } from './parse-tags';

export interface NoteFormOptions {
  note: string;
  tags: readonly string[];
  /** Save: the note and the parsed tags. */
  onSave: (note: string, tags: string[]) => void;
  /** id prefix, so two forms never share ids (labels point at their own control). */
  idPrefix?: string;
  /** Extra buttons after "Save note and tags" (the library's Delete). */
  extra?: HTMLElement[];
  /** Rows of the note field (2 in the popup). */
  rows?: number;
}

export interface NoteForm {
  form: HTMLFormElement;
  /** The live region the caller writes "saved" / errors into. */
  message: HTMLElement;
  /** True when the fields differ from what was given (or last marked saved). */
  dirty(): boolean;
  /** The fields' current content, tags parsed. */
  value(): { note: string; tags: string[] };
  /** The current content is what is stored now. */
  markSaved(): void;
  /** Put new stored values in (a brief found saved after the popup rendered). */
  fill(note: string, tags: readonly string[]): void;
}

export function renderNoteForm(t: Translator, opts: NoteFormOptions): NoteForm {
  const p = opts.idPrefix ?? 'brief';
  // No spell checking: with the browser's "enhanced" spell check the text typed is sent to a
  // server, and even the basic one makes Chromium fetch a dictionary when the field is entered.
  // An analyst's notes stay on the machine, like everything else.
  const note = h('textarea', { id: `${p}-note`, 'data-testid': 'note', rows: opts.rows ?? 3, spellcheck: 'false' });
  const tags = h('input', { type: 'text', id: `${p}-tags`, 'data-testid': 'tags', autocomplete: 'off', spellcheck: 'false' });
  let saved = { note: '', tags: '' };
  const fill = (n: string, tg: readonly string[]) => {
    note.value = n;
    tags.value = tg.join(', ');
    saved = { note: note.value, tags: tags.value };
  };
  fill(opts.note, opts.tags);
  const message = h('p', { class: 'message', role: 'status', 'aria-live': 'polite', 'data-testid': 'note-message' });
  const form = h(
    'form',
    {
      class: 'edit note-form',
      'data-testid': 'note-form',
      'aria-label': t.t('library.noteAndTags'),
      on: {
        submit: (e: Event) => {
          e.preventDefault();
          opts.onSave(note.value, parseTags(tags.value));
        },
      },
    },
    h('div', { class: 'field' }, h('label', { for: note.id }, t.t('library.note')), note),
    h('div', { class: 'field' }, h('label', { for: tags.id }, t.t('library.tags')), tags),
    h('div', { class: 'bar' }, h('button', { type: 'submit', class: 'primary', 'data-testid': 'save-note' }, t.t('library.saveNote')), opts.extra ?? []),
    message,
  );
  return {
    form,
    message,
    dirty: () => note.value !== saved.note || tags.value !== saved.tags,
    value: () => ({ note: note.value, tags: parseTags(tags.value) }),
    markSaved: () => {
      saved = { note: note.value, tags: tags.value };
    },
    fill,
  };
}
