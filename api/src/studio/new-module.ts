/**
 * What a new module starts as: the shape of the content format with the fields to fill left empty,
 * so that the editor shows every field and its validation message from the first screen.
 */
export function newModuleContent(slug: string, title: string): Record<string, unknown> {
  return {
    slug,
    title,
    summary: '',
    theme: 'ent',
    audience: 'all',
    durationMinutes: 5,
    level: 1,
    objectives: [''],
    sources: [{ title: '' }],
    grains: [
      {
        id: 'decouverte',
        type: 'discovery',
        title: '',
        elements: [{ type: 'text', id: 'introduction', markdown: '' }],
      },
    ],
  };
}
