import { describe, expect, it } from 'vitest';
import {
  ANSWERABLE_ELEMENT_TYPES,
  ELEMENT_TYPES,
  gradedItemsOf,
  gradedItemsOfModule,
  isAnswerable,
  isInteractive,
  mediaOf,
  parseModule,
  responseKeysOf,
  skillOf,
  type ContentModule,
} from './index.js';
import { elementAt, validModuleV2 } from './testing/fixtures.js';

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

/** The v2 element at grains[2].elements[e] of `validModuleV2`. */
const v2 = (data: ReturnType<typeof validModuleV2>, e: number) => elementAt(data, 2, e);
const ORDERING = 0;
const MATCHING = 1;
const TRUE_FALSE = 2;
const FLASHCARDS = 3;
const SCENARIO = 4;
const POLL = 5;

function steps(data: ReturnType<typeof validModuleV2>) {
  return v2(data, SCENARIO).steps as { id: string; image?: Record<string, unknown>; choices?: Record<string, unknown>[] }[];
}

describe('content format v2 activities', () => {
  it('accepts one element of each new type and lists them in ELEMENT_TYPES', () => {
    const module = parsed(validModuleV2());

    const types = module.grains[2]?.elements.map((e) => e.type);
    expect(types).toEqual(['ordering', 'matching', 'true-false', 'flashcards', 'scenario', 'poll']);
    expect(ELEMENT_TYPES).toEqual(expect.arrayContaining(types ?? []));
  });

  it('defaults a poll to a single answer', () => {
    const poll = parsed(validModuleV2()).grains[2]?.elements[POLL];

    expect(poll).toMatchObject({ type: 'poll', multiple: false });
  });

  it('keeps isAnswerable to the three v1 question types and counts all nine as interactive', () => {
    const elements = parsed(validModuleV2()).grains.flatMap((g) => g.elements);

    expect(ANSWERABLE_ELEMENT_TYPES).toEqual(['single-choice', 'multiple-choice', 'short-answer']);
    expect(elements.filter(isAnswerable).map((e) => e.id)).toEqual(['q1', 'q2', 'q3']);
    expect(elements.filter(isInteractive).map((e) => e.id)).toEqual([
      'q1',
      'q2',
      'q3',
      'ordre',
      'paires',
      'vrai-faux',
      'cartes',
      'scenario',
      'sondage',
    ]);
  });

  it('lists graded items with composite keys for statements and scenario steps, none for flashcards and polls', () => {
    const elements = parsed(validModuleV2()).grains[2]?.elements ?? [];

    expect(elements.map(gradedItemsOf)).toEqual([
      [{ key: 'ordre', skill: '@motDePasse2' }],
      [{ key: 'paires', skill: '@motDePasse2' }],
      [
        { key: 'vrai-faux/v1', skill: '@motDePasse3' },
        { key: 'vrai-faux/f1', skill: '@motDePasse3' },
      ],
      [],
      [
        { key: 'scenario/debut', skill: '@motDePasse3' },
        { key: 'scenario/suite', skill: '@motDePasse3' },
      ],
      [],
    ]);
  });

  it('counts the graded items of a whole module', () => {
    const module = parsed(validModuleV2());

    expect(gradedItemsOfModule(module).map((item) => item.key)).toEqual([
      'q1',
      'q2',
      'q3',
      'ordre',
      'paires',
      'vrai-faux/v1',
      'vrai-faux/f1',
      'scenario/debut',
      'scenario/suite',
    ]);
  });

  it('gives the keys a response is sent under, flashcards per card and the poll once', () => {
    const elements = parsed(validModuleV2()).grains[2]?.elements ?? [];

    expect(responseKeysOf(elements[FLASHCARDS]!)).toEqual(['cartes/c1']);
    expect(responseKeysOf(elements[POLL]!)).toEqual(['sondage']);
    expect(responseKeysOf(elements[TRUE_FALSE]!)).toEqual(['vrai-faux/v1', 'vrai-faux/f1']);
    expect(elements.map(skillOf)).toEqual(['@motDePasse2', '@motDePasse2', '@motDePasse3', '@motDePasse1', '@motDePasse3', undefined]);
  });

  it('lists scenario images as media with their path inside the element', () => {
    const scenario = parsed(validModuleV2()).grains[2]?.elements[SCENARIO];

    expect(mediaOf(scenario!)).toEqual([{ key: 'steps[0].image.src', path: 'images/schema.svg', at: ['steps', 0, 'image', 'src'] }]);
  });

  it('lets a module count true/false statements as its graded activity', () => {
    const data = validModuleV2();
    data.grains = [{ id: 'seul', type: 'activity', title: 'Vrai ou faux', elements: [v2(validModuleV2(), TRUE_FALSE)] }];

    expect(parseModule(data).success).toBe(true);
  });

  it('does not count flashcards and polls as graded activities', () => {
    const data = validModuleV2();
    const source = validModuleV2();
    data.grains = [{ id: 'seul', type: 'activity', title: 'Cartes', elements: [v2(source, FLASHCARDS), v2(source, POLL)] }];

    expect(issuesOf(data)).toEqual([expect.objectContaining({ path: 'grains', message: expect.stringContaining('activité notée') })]);
  });
});

describe('ordering', () => {
  it('rejects fewer than 3 items', () => {
    const data = validModuleV2();
    v2(data, ORDERING).items = [
      { id: 'un', text: 'Un' },
      { id: 'deux', text: 'Deux' },
    ];

    expect(issuesOf(data)).toEqual([
      expect.objectContaining({ path: 'grains[2].elements[0].items', message: expect.stringContaining('Au moins 3') }),
    ]);
  });

  it('rejects two items with the same id or the same text', () => {
    const data = validModuleV2();
    v2(data, ORDERING).items = [
      { id: 'un', text: 'Un' },
      { id: 'un', text: 'Deux' },
      { id: 'trois', text: 'deux ' },
    ];

    expect(issuesOf(data).map((i) => i.path)).toEqual(['grains[2].elements[0].items[1].id', 'grains[2].elements[0].items[2].text']);
  });

  it('rejects an ordering without feedback', () => {
    const data = validModuleV2();
    delete v2(data, ORDERING).feedback;

    expect(issuesOf(data)).toEqual([
      expect.objectContaining({ path: 'grains[2].elements[0].feedback', message: 'Champ obligatoire manquant.' }),
    ]);
  });
});

describe('matching', () => {
  it('rejects more than 8 pairs', () => {
    const data = validModuleV2();
    v2(data, MATCHING).pairs = Array.from({ length: 9 }, (_, i) => ({ id: `p${i}`, left: `G${i}`, right: `D${i}` }));

    expect(issuesOf(data)).toEqual([expect.objectContaining({ path: 'grains[2].elements[1].pairs', message: 'Au plus 8 paires.' })]);
  });

  it('rejects two pairs with the same right-hand side', () => {
    const data = validModuleV2();
    v2(data, MATCHING).pairs = [
      { id: 'a', left: 'A', right: 'Même' },
      { id: 'b', left: 'B', right: 'Même' },
    ];

    expect(issuesOf(data).map((i) => i.path)).toEqual(['grains[2].elements[1].pairs[1].right']);
  });
});

describe('true-false', () => {
  it('rejects a statement without explanation', () => {
    const data = validModuleV2();
    const statements = v2(data, TRUE_FALSE).statements as Record<string, unknown>[];
    delete statements[0]!.explanation;

    expect(issuesOf(data).map((i) => i.path)).toEqual(['grains[2].elements[2].statements[0].explanation']);
  });

  it('rejects an answer that is not a boolean, in French', () => {
    const data = validModuleV2();
    const statements = v2(data, TRUE_FALSE).statements as Record<string, unknown>[];
    statements[0]!.answer = 'vrai';

    expect(issuesOf(data)).toEqual([
      expect.objectContaining({ path: 'grains[2].elements[2].statements[0].answer', message: expect.stringContaining('true') }),
    ]);
  });

  it('rejects a statement id with a slash, which would break the answer key', () => {
    const data = validModuleV2();
    const statements = v2(data, TRUE_FALSE).statements as Record<string, unknown>[];
    statements[0]!.id = 'a/b';

    expect(issuesOf(data).map((i) => i.path)).toEqual(['grains[2].elements[2].statements[0].id']);
  });

  it('rejects two statements with the same id', () => {
    const data = validModuleV2();
    const statements = v2(data, TRUE_FALSE).statements as Record<string, unknown>[];
    statements[1]!.id = 'v1';

    expect(issuesOf(data)).toEqual([
      expect.objectContaining({ path: 'grains[2].elements[2].statements[1].id', message: expect.stringContaining('en double') }),
    ]);
  });
});

describe('flashcards', () => {
  it('rejects an empty deck and a deck of 13', () => {
    const empty = validModuleV2();
    v2(empty, FLASHCARDS).cards = [];
    const big = validModuleV2();
    v2(big, FLASHCARDS).cards = Array.from({ length: 13 }, (_, i) => ({ id: `c${i}`, front: 'R', back: 'V' }));

    expect(issuesOf(empty).map((i) => i.message)).toEqual(['Au moins 1 carte.']);
    expect(issuesOf(big).map((i) => i.message)).toEqual(['Au plus 12 cartes.']);
  });

  it('rejects a card without back', () => {
    const data = validModuleV2();
    v2(data, FLASHCARDS).cards = [{ id: 'c1', front: 'Recto' }];

    expect(issuesOf(data).map((i) => i.path)).toEqual(['grains[2].elements[3].cards[0].back']);
  });
});

describe('scenario', () => {
  it('accepts a choice that ends the scenario with next: null', () => {
    const module = parsed(validModuleV2());
    const scenario = module.grains[2]?.elements[SCENARIO];

    expect(scenario?.type === 'scenario' && scenario.steps[1]?.choices?.[1]?.next).toBeNull();
  });

  it('rejects a start that names no step', () => {
    const data = validModuleV2();
    v2(data, SCENARIO).start = 'ailleurs';

    expect(issuesOf(data)).toEqual([
      expect.objectContaining({ path: 'grains[2].elements[4].start', message: expect.stringContaining('« ailleurs »') }),
    ]);
  });

  it('rejects a next that names no step', () => {
    const data = validModuleV2();
    steps(data)[0]!.choices![0]!.next = 'nulle-part';

    expect(issuesOf(data).map((i) => i.path)).toEqual(['grains[2].elements[4].steps[0].choices[0].next']);
  });

  it('rejects a step that cannot be reached from the start', () => {
    const data = validModuleV2();
    steps(data)[0]!.choices![1]!.next = 'fin';

    expect(issuesOf(data)).toEqual([
      expect.objectContaining({ path: 'grains[2].elements[4].steps[3].id', message: expect.stringContaining('inaccessible') }),
    ]);
  });

  it('rejects a cycle between steps', () => {
    const data = validModuleV2();
    steps(data)[1]!.choices![0]!.next = 'debut';

    expect(issuesOf(data)).toEqual([
      expect.objectContaining({ path: 'grains[2].elements[4].steps[1].choices[0].next', message: expect.stringContaining('Boucle') }),
      expect.objectContaining({ path: 'grains[2].elements[4].steps[2].id', message: expect.stringContaining('inaccessible') }),
    ]);
  });

  it('rejects a choice that leads back to its own step', () => {
    const data = validModuleV2();
    steps(data)[1]!.choices![0]!.next = 'suite';

    expect(issuesOf(data).map((i) => i.path)).toContain('grains[2].elements[4].steps[1].choices[0].next');
  });

  it('rejects a scenario without an ending', () => {
    const data = validModuleV2();
    const all = steps(data);
    v2(data, SCENARIO).steps = all.slice(0, 2).map((step) => ({
      ...step,
      choices: step.choices!.map((choice) => ({ ...choice, next: choice.next === 'suite' ? 'suite' : null })),
    }));

    expect(issuesOf(data)).toEqual([
      expect.objectContaining({ path: 'grains[2].elements[4].steps', message: expect.stringContaining('fin') }),
    ]);
  });

  it('rejects a step whose choices are all wrong', () => {
    const data = validModuleV2();
    steps(data)[0]!.choices![0]!.quality = 'acceptable';

    expect(issuesOf(data)).toEqual([
      expect.objectContaining({ path: 'grains[2].elements[4].steps[0].choices', message: expect.stringContaining('good') }),
    ]);
  });

  it('rejects a quality outside good, acceptable and bad', () => {
    const data = validModuleV2();
    steps(data)[0]!.choices![0]!.quality = 'parfait';

    expect(issuesOf(data)).toEqual([
      expect.objectContaining({ path: 'grains[2].elements[4].steps[0].choices[0].quality', message: expect.stringContaining('« good »') }),
    ]);
  });

  it('rejects a step with one choice only (an ending has no choices at all)', () => {
    const data = validModuleV2();
    steps(data)[1]!.choices = steps(data)[1]!.choices!.slice(0, 1);

    expect(issuesOf(data)).toEqual([
      expect.objectContaining({ path: 'grains[2].elements[4].steps[1].choices', message: expect.stringContaining('Au moins 2 choix') }),
    ]);
  });

  it('rejects a scenario image without alt text', () => {
    const data = validModuleV2();
    const image = steps(data)[0]!.image!;
    delete image.alt;

    expect(issuesOf(data)).toEqual([
      expect.objectContaining({ path: 'grains[2].elements[4].steps[0].image.alt', message: expect.stringContaining('texte alternatif') }),
    ]);
  });

  it('rejects a scenario image given as a URL', () => {
    const data = validModuleV2();
    steps(data)[0]!.image!.src = 'https://example.org/x.svg';

    expect(issuesOf(data).map((i) => i.path)).toEqual(['grains[2].elements[4].steps[0].image.src']);
  });

  it('rejects two steps with the same id', () => {
    const data = validModuleV2();
    steps(data)[3]!.id = 'fin';

    expect(issuesOf(data).map((i) => i.path)).toContain('grains[2].elements[4].steps[3].id');
  });
});

describe('poll', () => {
  it('rejects a skill, since a poll has no right answer', () => {
    const data = validModuleV2();
    v2(data, POLL).skill = '@motDePasse1';

    expect(issuesOf(data)).toEqual([
      expect.objectContaining({ path: 'grains[2].elements[5]', message: expect.stringContaining('« skill »') }),
    ]);
  });

  it('rejects a single choice and duplicate choice ids', () => {
    const one = validModuleV2();
    v2(one, POLL).choices = [{ id: 'oui', text: 'Oui' }];
    const twice = validModuleV2();
    v2(twice, POLL).choices = [
      { id: 'oui', text: 'Oui' },
      { id: 'oui', text: 'Non' },
    ];

    expect(issuesOf(one).map((i) => i.message)).toEqual(['Au moins 2 choix.']);
    expect(issuesOf(twice).map((i) => i.path)).toEqual(['grains[2].elements[5].choices[1].id']);
  });
});
