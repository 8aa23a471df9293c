import { z } from 'zod';

/** Building blocks shared by the framework and module schemas. */

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const TUBE_ID_PATTERN = /^[a-z][a-zA-Z0-9]*$/;
export const SKILL_ID_PATTERN = /^@[a-z][a-zA-Z0-9]*[1-8]$/;

export const idSchema = z
  .string()
  .regex(ID_PATTERN, {
    error: 'Identifiant invalide : minuscules, chiffres et tirets, sans tiret au début (ex. « q-mot-de-passe »).',
  })
  .meta({
    description: 'Identifiant : minuscules, chiffres et tirets (^[a-z0-9][a-z0-9-]*$).',
  });

export const skillRefSchema = z
  .string()
  .regex(SKILL_ID_PATTERN, {
    error: 'Référence de compétence invalide : « @ » + identifiant du tube + niveau 1 à 8 (ex. « @motDePasse2 »).',
  })
  .meta({
    description: 'Acquis évalué : « @ » + tube + niveau, ex. « @motDePasse2 ».',
  });

/** Any text a person reads: must hold at least one visible character. */
export const textSchema = z.string().regex(/\S/, { error: 'Ce texte ne doit pas être vide.' });

export const markdownSchema = textSchema.meta({
  description: "Texte en Markdown (assaini à l'affichage).",
});

export const IMAGE_EXTENSIONS = ['svg', 'png', 'jpg', 'jpeg', 'webp', 'gif', 'avif'] as const;

export const altSchema = z
  .string({
    error: "Le texte alternatif (alt) est obligatoire : décrivez ce que l'image apporte.",
  })
  .regex(/\S/, { error: 'Le texte alternatif (alt) ne doit pas être vide.' })
  .meta({
    description: "Texte alternatif : ce que l'image apporte, pour qui ne la voit pas.",
  });

export const longDescriptionSchema = markdownSchema.optional().meta({ description: 'Description détaillée (schéma, graphique).' });

export const choiceSchema = z.strictObject({
  id: idSchema,
  text: markdownSchema,
});

export const feedbackSchema = z
  .strictObject({
    correct: markdownSchema.meta({
      description: 'Retour si la réponse est juste : expliquer pourquoi.',
    }),
    incorrect: markdownSchema.meta({
      description: 'Retour si la réponse est fausse : expliquer pourquoi.',
    }),
  })
  .meta({ description: 'Retours en Markdown, montrés après la réponse.' });

/** Reports every id met twice in `items`, at `[...at, index, 'id']`. */
export function checkUniqueIds(
  items: readonly { id: string }[],
  at: (string | number)[],
  ctx: z.core.$RefinementCtx<unknown>,
  what: string,
): Set<string> {
  const ids = new Set<string>();
  items.forEach((item, i) => {
    if (ids.has(item.id))
      ctx.addIssue({ code: 'custom', path: [...at, i, 'id'], message: `${what} « ${item.id} » en double dans cet élément.` });
    ids.add(item.id);
  });
  return ids;
}

/**
 * Media are served by the platform itself from the module folder, so a path is a plain relative
 * path: no URL, no leading "/", no "..", no hidden file. Returns the French reason, or null.
 */
export function mediaPathProblem(value: string, extensions: readonly string[]): string | null {
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(value) || value.startsWith('//')) {
    return 'Les médias sont servis par la plateforme : indiquez un chemin relatif dans le dossier du module, pas une URL.';
  }
  if (value.startsWith('/') || value.includes('\\')) {
    return 'Chemin absolu ou « \\ » interdit : indiquez un chemin relatif au dossier du module (ex. « images/schema.svg »).';
  }
  const segments = value.split('/');
  if (segments.some((segment) => segment === '..')) {
    return '« .. » interdit : le fichier doit se trouver dans le dossier du module.';
  }
  if (segments.some((segment) => !/^[A-Za-z0-9_-][A-Za-z0-9._-]*$/.test(segment))) {
    return 'Chemin invalide : lettres sans accent, chiffres, « - », « _ » et « . » seulement, un dossier par « / », pas de fichier caché.';
  }
  const extension = value.slice(value.lastIndexOf('.') + 1).toLowerCase();
  if (!value.includes('.') || !extensions.includes(extension)) {
    return `Extension non prise en charge : ${extensions.map((e) => `.${e}`).join(', ')} attendu.`;
  }
  return null;
}

export function mediaPathSchema(extensions: readonly string[], description: string) {
  return z
    .string()
    .superRefine((value, ctx) => {
      const problem = mediaPathProblem(value, extensions);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .meta({
      description,
      pattern: `^[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*\\.(${extensions.join('|')})$`,
    });
}

const frenchLocale = z.locales.fr().localeError;

/**
 * French messages for every issue a schema does not word itself. Pass it when parsing
 * (`schema.safeParse(data, { error: contentErrorMap })`); `parseModule` and `parseFramework` do.
 */
export const contentErrorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'Champ obligatoire manquant.';
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => `« ${key} »`).join(', ');
    return `Clé${issue.keys.length > 1 ? 's' : ''} inconnue${issue.keys.length > 1 ? 's' : ''} : ${keys} (faute de frappe ?).`;
  }
  if (issue.code === 'invalid_value' && issue.values.length > 1) {
    return `Valeur invalide : une valeur parmi ${issue.values.map((v) => `« ${String(v)} »`).join(', ')} attendue.`;
  }
  const message = frenchLocale(issue);
  return typeof message === 'string' ? message : message?.message;
};

/** zod path → `grains[1].elements[0].answer`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

export interface Issue {
  /** Location inside the file, e.g. `grains[1].elements[0].answer` ("" for the whole file). */
  path: string;
  /** Raw path segments, to find the line in the source file. */
  segments: (string | number)[];
  /** French message. */
  message: string;
}

export function issuesOf(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => {
    const segments = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    return { path: formatPath(segments), segments, message: issue.message };
  });
}
