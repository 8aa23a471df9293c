/** Small builders for the schema tests: a valid module, then each test breaks one thing. */

export function validModule(): Record<string, unknown> & {
  grains: Record<string, unknown>[];
} {
  return {
    slug: 'exemple-de-module',
    title: "Un module d'exemple",
    summary: 'Une phrase pour la carte du catalogue.',
    theme: 'cybersecurity',
    audience: 'staff',
    durationMinutes: 4,
    level: 2,
    objectives: ['Savoir une chose.'],
    sources: [
      {
        title: 'Une source',
        url: 'https://example.org/source',
        publisher: 'Éditeur',
      },
    ],
    grains: [
      {
        id: 'decouverte',
        type: 'discovery',
        title: 'Découverte',
        elements: [
          { type: 'text', id: 'intro', markdown: 'Bonjour **à tous**.' },
          {
            type: 'image',
            id: 'schema',
            src: 'images/schema.svg',
            alt: 'Un schéma qui montre une chose.',
          },
          {
            type: 'single-choice',
            id: 'q1',
            skill: '@motDePasse2',
            prompt: 'Quelle réponse ?',
            choices: [
              { id: 'a', text: 'La bonne' },
              { id: 'b', text: 'La mauvaise' },
            ],
            answer: 'a',
            feedback: {
              correct: 'Oui, parce que…',
              incorrect: 'Non, parce que…',
            },
          },
        ],
      },
      {
        id: 'activite',
        type: 'activity',
        title: 'Activité',
        elements: [
          {
            type: 'multiple-choice',
            id: 'q2',
            skill: '@motDePasse3',
            prompt: 'Lesquelles ?',
            choices: [
              { id: 'a', text: 'Oui' },
              { id: 'b', text: 'Oui aussi' },
              { id: 'c', text: 'Non' },
            ],
            answers: ['a', 'b'],
            feedback: { correct: 'Oui.', incorrect: 'Non.' },
          },
          {
            type: 'short-answer',
            id: 'q3',
            skill: '@motDePasse3',
            prompt: 'Combien de mots ?',
            accepted: ['7', 'sept'],
            feedback: { correct: 'Oui.', incorrect: 'Non.' },
          },
          {
            type: 'callout',
            id: 'astuce',
            variant: 'tip',
            markdown: 'Une astuce.',
          },
          { type: 'video', id: 'film', src: 'film.mp4', captions: 'film.vtt' },
        ],
      },
    ],
  };
}

/** The element at `grains[g].elements[e]` of a module built by `validModule`, to modify in place. */
export function elementAt(module: ReturnType<typeof validModule>, g: number, e: number): Record<string, unknown> {
  const grain = module.grains[g] as { elements: Record<string, unknown>[] };
  const element = grain.elements[e];
  if (!element) throw new Error(`no element at ${g}/${e}`);
  return element;
}

export const TINY_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" role="img"><title>Carré</title><rect width="10" height="10"/></svg>\n';

/** One valid element of each v2 activity type, to put in a module built by `validModule`. */
export function v2Elements(): Record<string, unknown>[] {
  return [
    {
      type: 'ordering',
      id: 'ordre',
      skill: '@motDePasse2',
      prompt: 'Remettez dans l’ordre.',
      items: [
        { id: 'un', text: 'Premier' },
        { id: 'deux', text: 'Deuxième' },
        { id: 'trois', text: 'Troisième' },
      ],
      feedback: { correct: 'Oui, parce que…', incorrect: 'Non, parce que…' },
    },
    {
      type: 'matching',
      id: 'paires',
      skill: '@motDePasse2',
      prompt: 'Associez.',
      pairs: [
        { id: 'a', left: 'Gauche A', right: 'Droite A' },
        { id: 'b', left: 'Gauche B', right: 'Droite B' },
      ],
      feedback: { correct: 'Oui.', incorrect: 'Non.' },
    },
    {
      type: 'true-false',
      id: 'vrai-faux',
      skill: '@motDePasse3',
      statements: [
        { id: 'v1', text: 'Une chose vraie.', answer: true, explanation: 'Parce que…' },
        { id: 'f1', text: 'Une chose fausse.', answer: false, explanation: 'Parce que…' },
      ],
    },
    {
      type: 'flashcards',
      id: 'cartes',
      skill: '@motDePasse1',
      cards: [{ id: 'c1', front: 'Recto', back: 'Verso' }],
    },
    {
      type: 'scenario',
      id: 'scenario',
      skill: '@motDePasse3',
      title: 'Un scénario',
      start: 'debut',
      steps: [
        {
          id: 'debut',
          situation: 'Il se passe une chose.',
          image: { src: 'images/schema.svg', alt: 'Une scène.' },
          choices: [
            { id: 'bien', text: 'Bien agir', next: 'suite', consequence: 'Bravo.', quality: 'good' },
            { id: 'mal', text: 'Mal agir', next: 'fin-mal', consequence: 'Hélas.', quality: 'bad' },
          ],
        },
        {
          id: 'suite',
          situation: 'Et ensuite ?',
          choices: [
            { id: 'ok', text: 'Continuer', next: 'fin', consequence: 'Bien.', quality: 'good' },
            { id: 'bof', text: 'Hésiter', next: null, consequence: 'Passable.', quality: 'acceptable' },
          ],
        },
        { id: 'fin', situation: 'Tout va bien.' },
        { id: 'fin-mal', situation: 'Cela a mal tourné.' },
      ],
    },
    {
      type: 'poll',
      id: 'sondage',
      prompt: 'Qu’en pensez-vous ?',
      choices: [
        { id: 'oui', text: 'Oui' },
        { id: 'non', text: 'Non' },
      ],
    },
  ];
}

/** `validModule` with a third grain holding the v2 elements (grains[2].elements[0..5]). */
export function validModuleV2(): ReturnType<typeof validModule> {
  const module = validModule();
  module.grains.push({ id: 'activites-v2', type: 'challenge', title: 'Activités v2', elements: v2Elements() });
  return module;
}
