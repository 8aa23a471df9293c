export interface SampleGrain {
  id: string;
  type: string;
  title: string;
  elements: Record<string, unknown>[];
}

/**
 * A small valid module in the content format, for the studio's tests: a text and a multiple choice
 * on a skill of the real CRCN framework. `extra` grains are appended.
 */
export function sampleModule(slug: string, options: { title?: string; extra?: SampleGrain[] } = {}) {
  const grains: SampleGrain[] = [
    {
      id: 'decouverte',
      type: 'discovery',
      title: 'Les indices',
      elements: [
        { type: 'text', id: 'intro', markdown: 'Un **faux courriel** imite une banque ou un service public.' },
        {
          type: 'multiple-choice',
          id: 'q-indices',
          skill: '@motDePasse2',
          prompt: 'Quels indices doivent alerter ?',
          choices: [
            { id: 'urgence', text: 'Une demande urgente' },
            { id: 'adresse', text: 'Une adresse d’expéditeur étrange' },
            { id: 'logo', text: 'Un logo officiel' },
          ],
          answers: ['urgence', 'adresse'],
          feedback: { correct: 'Oui : urgence et adresse étrange.', incorrect: 'Un logo se copie facilement.' },
        },
      ],
    },
    ...(options.extra ?? []),
  ];
  return {
    slug,
    title: options.title ?? 'Reconnaître un courriel frauduleux',
    summary: 'Trois indices suffisent à démasquer la plupart des faux courriels.',
    theme: 'cybersecurity',
    audience: 'all',
    durationMinutes: 3,
    level: 2,
    objectives: ['Repérer les indices d’un courriel frauduleux'],
    sources: [{ title: 'Cybermalveillance.gouv.fr', url: 'https://www.cybermalveillance.gouv.fr', publisher: 'GIP ACYMA' }],
    grains,
  };
}
