import { describe, expect, it } from 'vitest';
import { ANSWERABLE_ELEMENT_TYPES, isAnswerable, parseModule, type ContentModule } from './index.js';
import { elementAt, validModule } from './testing/fixtures.js';

function issuesOf(data: unknown) {
  const result = parseModule(data);
  if (result.success) throw new Error('expected the module to be rejected');
  return result.issues;
}

function parsed(data: unknown): ContentModule {
  const result = parseModule(data);
  if (!result.success) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.module;
}

describe('moduleSchema', () => {
  it('accepts a module that uses every element type', () => {
    const module = parsed(validModule());

    expect(module.grains.flatMap((g) => g.elements.map((e) => e.type))).toEqual([
      'text',
      'image',
      'single-choice',
      'multiple-choice',
      'short-answer',
      'callout',
      'video',
    ]);
  });

  it('fills the short-answer tolerance with its defaults', () => {
    const element = parsed(validModule()).grains[1]?.elements[1];

    expect(element).toMatchObject({
      tolerance: {
        case: true,
        accents: true,
        spaces: true,
        punctuation: true,
        typos: 1,
      },
    });
  });

  it('keeps a tolerance the author set and completes the rest', () => {
    const data = validModule();
    elementAt(data, 1, 1).tolerance = { typos: 0, case: false };

    const element = parsed(data).grains[1]?.elements[1];

    expect(element).toMatchObject({
      tolerance: {
        case: false,
        accents: true,
        spaces: true,
        punctuation: true,
        typos: 0,
      },
    });
  });

  it('tells graded elements apart', () => {
    const elements = parsed(validModule()).grains.flatMap((g) => g.elements);

    expect(elements.filter(isAnswerable).map((e) => e.id)).toEqual(['q1', 'q2', 'q3']);
    expect(ANSWERABLE_ELEMENT_TYPES).toEqual(['single-choice', 'multiple-choice', 'short-answer']);
  });

  it('rejects an image without alt text, in French, at the alt path', () => {
    const data = validModule();
    delete elementAt(data, 0, 1).alt;

    expect(issuesOf(data)).toEqual([
      expect.objectContaining({
        path: 'grains[0].elements[1].alt',
        message: expect.stringContaining('texte alternatif'),
      }),
    ]);
  });

  it('rejects an image whose alt text is blank', () => {
    const data = validModule();
    elementAt(data, 0, 1).alt = '   ';

    expect(issuesOf(data)[0]?.path).toBe('grains[0].elements[1].alt');
  });

  it('rejects a video with neither captions nor transcript', () => {
    const data = validModule();
    delete elementAt(data, 1, 3).captions;

    expect(issuesOf(data)).toEqual([
      expect.objectContaining({
        path: 'grains[1].elements[3].captions',
        message: expect.stringContaining('sous-titres'),
      }),
    ]);
  });

  it('accepts a video with a transcript only', () => {
    const data = validModule();
    const video = elementAt(data, 1, 3);
    delete video.captions;
    video.transcript = 'Ce que dit la vidéo.';

    expect(parseModule(data).success).toBe(true);
  });

  it('rejects an answer that names no choice', () => {
    const data = validModule();
    elementAt(data, 0, 2).answer = 'z';

    expect(issuesOf(data)).toEqual([
      expect.objectContaining({
        path: 'grains[0].elements[2].answer',
        message: expect.stringContaining('« z »'),
      }),
    ]);
  });

  it('rejects multiple-choice answers that name no choice', () => {
    const data = validModule();
    elementAt(data, 1, 0).answers = ['a', 'x'];

    expect(issuesOf(data).map((i) => i.path)).toEqual(['grains[1].elements[0].answers[1]']);
  });

  it('rejects two choices with the same id in one element', () => {
    const data = validModule();
    elementAt(data, 0, 2).choices = [
      { id: 'a', text: 'Un' },
      { id: 'a', text: 'Deux' },
    ];

    expect(issuesOf(data).map((i) => i.path)).toEqual(['grains[0].elements[2].choices[1].id']);
  });

  it('rejects an element id used twice in the module', () => {
    const data = validModule();
    elementAt(data, 1, 2).id = 'q1';

    expect(issuesOf(data)).toEqual([
      expect.objectContaining({
        path: 'grains[1].elements[2].id',
        message: expect.stringContaining('déjà utilisé'),
      }),
    ]);
  });

  it('rejects an element that reuses a grain id', () => {
    const data = validModule();
    elementAt(data, 0, 0).id = 'activite';

    expect(issuesOf(data).map((i) => i.path)).toEqual(['grains[1].id']);
  });

  it.each([
    ['../secret.svg', '« .. »'],
    ['images/../../x.svg', '« .. »'],
    ['/etc/image.svg', 'absolu'],
    ['https://example.org/image.svg', 'URL'],
    ['//example.org/image.svg', 'URL'],
    ['images/.cache.svg', 'caché'],
    ['image.exe', 'Extension'],
  ])('rejects the image path %s', (src, reason) => {
    const data = validModule();
    elementAt(data, 0, 1).src = src;

    expect(issuesOf(data)).toEqual([
      expect.objectContaining({
        path: 'grains[0].elements[1].src',
        message: expect.stringContaining(reason),
      }),
    ]);
  });

  it('rejects captions that are not a WebVTT file', () => {
    const data = validModule();
    elementAt(data, 1, 3).captions = 'film.srt';

    expect(issuesOf(data).map((i) => i.path)).toEqual(['grains[1].elements[3].captions']);
  });

  it.each(['Mon-Module', 'mon_module', '-mon-module', 'mon--module', 'mon module'])('rejects the slug %s', (slug) => {
    const data = validModule();
    data.slug = slug;

    expect(issuesOf(data)).toEqual([
      expect.objectContaining({
        path: 'slug',
        message: expect.stringContaining('Slug invalide'),
      }),
    ]);
  });

  it('rejects an id that is not lowercase kebab-case', () => {
    const data = validModule();
    elementAt(data, 0, 0).id = 'Intro';

    expect(issuesOf(data).map((i) => i.path)).toEqual(['grains[0].elements[0].id']);
  });

  it('rejects a module without any graded element', () => {
    const data = validModule();
    data.grains = [
      {
        id: 'seul',
        type: 'lesson',
        title: 'Leçon',
        elements: [{ type: 'text', id: 't', markdown: 'Texte.' }],
      },
    ];

    expect(issuesOf(data)).toEqual([
      expect.objectContaining({
        path: 'grains',
        message: expect.stringContaining('activité notée'),
      }),
    ]);
  });

  it('rejects an unknown element type and lists the known ones', () => {
    const data = validModule();
    elementAt(data, 0, 0).type = 'quiz';

    expect(issuesOf(data)).toEqual([
      expect.objectContaining({
        path: 'grains[0].elements[0].type',
        message: expect.stringContaining('« single-choice »'),
      }),
    ]);
  });

  it('rejects a misspelt key instead of ignoring it', () => {
    const data = validModule();
    elementAt(data, 0, 1).altText = 'typo';

    expect(issuesOf(data)).toEqual([
      expect.objectContaining({
        path: 'grains[0].elements[1]',
        message: expect.stringContaining('« altText »'),
      }),
    ]);
  });

  it.each([2, 8, 4.5])('rejects a duration of %s minutes', (minutes) => {
    const data = validModule();
    data.durationMinutes = minutes;

    expect(issuesOf(data).map((i) => i.path)).toEqual(['durationMinutes']);
  });

  it('rejects a source URL that is not https', () => {
    const data = validModule();
    data.sources = [{ title: 'Source', url: 'http://example.org' }];

    expect(issuesOf(data).map((i) => i.path)).toEqual(['sources[0].url']);
  });

  it('rejects a graded element without feedback for the wrong answer', () => {
    const data = validModule();
    elementAt(data, 1, 1).feedback = { correct: 'Oui.' };

    expect(issuesOf(data)).toEqual([
      expect.objectContaining({
        path: 'grains[1].elements[1].feedback.incorrect',
        message: 'Champ obligatoire manquant.',
      }),
    ]);
  });

  it('rejects a skill reference that is not @tube + level', () => {
    const data = validModule();
    elementAt(data, 0, 2).skill = 'motDePasse2';

    expect(issuesOf(data).map((i) => i.path)).toEqual(['grains[0].elements[2].skill']);
  });

  it('rejects a single choice with one choice only', () => {
    const data = validModule();
    elementAt(data, 0, 2).choices = [{ id: 'a', text: 'Seul' }];

    expect(issuesOf(data)).toEqual([
      expect.objectContaining({
        path: 'grains[0].elements[2].choices',
        message: 'Au moins 2 choix.',
      }),
    ]);
  });
});
