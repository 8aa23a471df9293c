import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it, vi } from 'vitest';
import { DraftEditor, type DraftInit, type SavedDraft } from './draft.svelte.ts';

const init = (
  revision = 1,
  content: object = { title: 'Titre', grains: [{ id: 'g1' }, { id: 'g2' }, { id: 'g3' }] },
): DraftInit<never> => ({
  revision,
  contentJson: JSON.stringify(content),
  issues: [],
  preview: [],
  previewSkipped: 0,
});

const saved = (revision: number, issues: SavedDraft<never>['issues'] = []): SavedDraft<never> => ({
  revision,
  issues,
  preview: [],
  previewSkipped: 0,
});

const conflict = () =>
  new CombinedGraphQLErrors({ errors: [{ message: 'conflict', extensions: { code: 'CONFLICT', reason: 'DRAFT_CONFLICT' } }] });

function editor(save: (revision: number, json: string) => Promise<SavedDraft<never>>, load = async () => init(5)) {
  return new DraftEditor<never>(init(), { save, load }, 10_000);
}

describe('DraftEditor', () => {
  it('changes fields by path, makes missing groups, and removes an optional field left empty', () => {
    const draft = editor(async () => saved(2));

    draft.set(['grains', 0, 'feedback', 'correct'], 'Bravo');
    draft.set(['title'], undefined);

    expect(draft.content).toEqual({ grains: [{ id: 'g1', feedback: { correct: 'Bravo' } }, { id: 'g2' }, { id: 'g3' }] });
    expect(draft.status).toBe('pending');
  });

  it('moves, inserts and removes list items, and refuses a move past either end', () => {
    const draft = editor(async () => saved(2));

    expect(draft.move(['grains'], 2, 0)).toBe(true);
    expect(draft.move(['grains'], 0, -1)).toBe(false);
    draft.insert(['grains'], { id: 'g4' }, 1);
    draft.remove(['grains'], 3);

    expect(draft.list(['grains'])).toEqual([{ id: 'g3' }, { id: 'g4' }, { id: 'g1' }]);
  });

  it('saves on flush over the revision it edited, and takes the new revision and issues', async () => {
    const save = vi.fn(async () => saved(2, [{ path: 'title', message: 'Vide', blocking: true }]));
    const draft = editor(save);

    draft.set(['title'], '');
    await draft.flush();

    expect(save).toHaveBeenCalledWith(1, JSON.stringify({ title: '', grains: [{ id: 'g1' }, { id: 'g2' }, { id: 'g3' }] }));
    expect(draft.status).toBe('saved');
    expect(draft.revision).toBe(2);
    expect(draft.issuesAt(['title'])).toEqual([{ path: 'title', message: 'Vide', blocking: true }]);
  });

  it('keeps the trainer’s text on a conflict, sends nothing until they choose, then saves over the newer revision', async () => {
    const save = vi.fn<(revision: number, json: string) => Promise<SavedDraft<never>>>().mockRejectedValueOnce(conflict());
    const draft = editor(save);

    draft.set(['title'], 'Mon texte');
    await draft.flush();
    draft.set(['title'], 'Mon texte, suite');
    await draft.flush();

    expect(draft.status).toBe('conflict');
    expect(draft.errorKey).toBe('error.reason.DRAFT_CONFLICT');
    expect(draft.content.title).toBe('Mon texte, suite');
    expect(save).toHaveBeenCalledTimes(1);

    save.mockResolvedValueOnce(saved(6));
    await draft.keepMine();

    expect(save).toHaveBeenLastCalledWith(5, expect.stringContaining('Mon texte, suite'));
    expect(draft).toMatchObject({ status: 'saved', revision: 6 });
  });

  it('loads the other version when the trainer chooses it', async () => {
    const draft = editor(
      async () => Promise.reject(conflict()),
      async () => init(7, { title: 'Leur version' }),
    );

    draft.set(['title'], 'Mon texte');
    await draft.flush();
    await draft.takeTheirs();

    expect(draft.content).toEqual({ title: 'Leur version' });
    expect(draft).toMatchObject({ status: 'saved', revision: 7 });
  });

  it('keeps the text after a network failure and sends it again on retry', async () => {
    const save = vi.fn<(revision: number, json: string) => Promise<SavedDraft<never>>>().mockRejectedValueOnce(new TypeError('offline'));
    const draft = editor(save);

    draft.set(['title'], 'Hors ligne');
    await draft.flush();
    const failed = draft.status;
    save.mockResolvedValueOnce(saved(2));
    await draft.retry();

    expect(failed).toBe('error');
    expect(save).toHaveBeenCalledTimes(2);
    expect(draft).toMatchObject({ status: 'saved', revision: 2 });
  });
});
