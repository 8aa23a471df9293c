import { type ContentModule, auditModule, formatPath, mediaOf, parseModule, skillOf } from '@continuite/schemas/content';

/** A message for the trainer beside the field it concerns; `blocking` ones prevent publishing. */
export interface DraftIssue {
  /** As zod writes it: `grains[0].elements[2].prompt`, "" for the whole module. */
  path: string;
  message: string;
  blocking: boolean;
}

export interface DraftCheck {
  /** The module as published if there is no blocking issue (defaults applied), else null. */
  module: ContentModule | null;
  issues: DraftIssue[];
}

export interface DraftContext {
  /** The module's slug: chosen at creation, it names its media folder and its address. */
  slug: string;
  /** Skill ids the CRCN framework knows. */
  knownSkills: ReadonlySet<string>;
  /** Media files present in the module's folder (relative paths). */
  mediaExists: (relativePath: string) => boolean;
}

/**
 * Checks a draft with the same zod schema as `pnpm content:check` (French messages), then what
 * `loadContent` adds across files: the slug, the skills against the framework, the media files. The
 * catalogue bar of `content:check` (duration, activity mix…) comes as non-blocking advice, as the
 * file import does not apply it either.
 */
export function checkDraft(data: unknown, context: DraftContext): DraftCheck {
  const parsed = parseModule(data);
  if (!parsed.success) {
    const issues = parsed.issues.map((issue) => ({ path: issue.path, message: issue.message, blocking: true }));
    if (isObject(data) && data.slug !== context.slug) issues.push(slugIssue(context.slug));
    return { module: null, issues };
  }
  const module = parsed.module;
  const issues: DraftIssue[] = [];
  if (module.slug !== context.slug) issues.push(slugIssue(context.slug));
  module.grains.forEach((grain, g) =>
    grain.elements.forEach((element, e) => {
      const at: (string | number)[] = ['grains', g, 'elements', e];
      const skill = skillOf(element);
      if (skill !== undefined && !context.knownSkills.has(skill)) {
        issues.push({
          path: formatPath([...at, 'skill']),
          message: `Acquis « ${skill} » absent du référentiel (framework/crcn.yaml).`,
          blocking: true,
        });
      }
      for (const media of mediaOf(element)) {
        if (!context.mediaExists(media.path)) {
          issues.push({
            path: formatPath([...at, ...media.at]),
            message: `Fichier « ${media.path} » introuvable dans le dossier du module.`,
            blocking: true,
          });
        }
      }
    }),
  );
  for (const advice of auditModule(module)) issues.push({ path: advice.path, message: advice.message, blocking: false });
  return { module: issues.some((issue) => issue.blocking) ? null : module, issues };
}

function slugIssue(slug: string): DraftIssue {
  return { path: 'slug', message: `Le slug d’un module ne change pas après sa création : « ${slug} » attendu.`, blocking: true };
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
