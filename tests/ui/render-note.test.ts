import { beforeEach, describe, expect, it } from 'vitest';
import { renderNoteForm } from '../../src/ui/render-note';
import { translator, useDom } from './helpers';

describe('renderNoteForm', () => {
  let doc: Document;
  beforeEach(() => {
    doc = useDom();
  });

  it('visible labels for the note and the tags, filled with the stored values as text', async () => {
    const t = await translator('fr');
    const f = renderNoteForm(t, { note: '<b>pour lundi</b>', tags: ['crue', 'NCCN'], idPrefix: 'p', onSave: () => undefined });
    doc.body.append(f.form);
    const note = f.form.querySelector<HTMLTextAreaElement>('[data-testid="note"]')!;
    const tags = f.form.querySelector<HTMLInputElement>('[data-testid="tags"]')!;
    expect(f.form.querySelector(`label[for="${note.id}"]`)!.textContent).toBe('Note');
    expect(f.form.querySelector(`label[for="${tags.id}"]`)!.textContent).toBe('Étiquettes (séparées par des virgules)');
    expect(note.value).toBe('<b>pour lundi</b>');
    expect(f.form.querySelector('b')).toBeNull();
    expect(tags.value).toBe('crue, NCCN');
    expect(f.form.querySelector('[data-testid="save-note"]')!.textContent).toBe('Enregistrer la note et les étiquettes');
    expect(f.dirty()).toBe(false);
    // Notes stay on the machine: no browser spell checking (the enhanced one sends text to a server).
    expect(note.getAttribute('spellcheck')).toBe('false');
    expect(tags.getAttribute('spellcheck')).toBe('false');
  });

  it('submit passes the note and the parsed tags; dirty until marked saved; fill replaces', async () => {
    const t = await translator('en');
    const saved: [string, string[]][] = [];
    const f = renderNoteForm(t, { note: '', tags: [], onSave: (n, tg) => saved.push([n, tg]) });
    doc.body.append(f.form);
    f.form.querySelector<HTMLTextAreaElement>('[data-testid="note"]')!.value = 'for the Monday report';
    f.form.querySelector<HTMLInputElement>('[data-testid="tags"]')!.value = 'floods, NCCN , floods';
    expect(f.dirty()).toBe(true);
    f.form.dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).Event('submit', { cancelable: true }));
    expect(saved).toEqual([['for the Monday report', ['floods', 'NCCN']]]);
    expect(f.value()).toEqual({ note: 'for the Monday report', tags: ['floods', 'NCCN'] });
    f.markSaved();
    expect(f.dirty()).toBe(false);
    f.fill('other', ['x']);
    expect(f.form.querySelector<HTMLInputElement>('[data-testid="tags"]')!.value).toBe('x');
    expect(f.dirty()).toBe(false);
  });
});
