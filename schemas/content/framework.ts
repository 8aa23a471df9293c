import { z } from 'zod';
import { SKILL_ID_PATTERN, TUBE_ID_PATTERN, contentErrorMap, issuesOf, textSchema, type Issue } from './common.js';
import { CRCN_DOMAINS, CRCN_LEVEL_MAX, CRCN_LEVEL_MIN } from './crcn.js';

const levelSchema = z
  .int({ error: 'Le niveau doit être un entier de 1 à 8.' })
  .min(CRCN_LEVEL_MIN, { error: 'Le niveau doit être compris entre 1 et 8.' })
  .max(CRCN_LEVEL_MAX, { error: 'Le niveau doit être compris entre 1 et 8.' });

export const skillSchema = z.strictObject({
  id: z.string().regex(SKILL_ID_PATTERN, {
    error: "Identifiant d'acquis invalide : « @ » + identifiant du tube + niveau (ex. « @motDePasse2 »).",
  }),
  level: levelSchema,
  description: textSchema
    .refine((text) => !text.includes('\n'), {
      error: 'Une seule ligne : un acquis décrit une seule capacité observable.',
    })
    .meta({ description: 'Une capacité observable, en une ligne.' }),
});

export const tubeSchema = z.strictObject({
  id: z.string().regex(TUBE_ID_PATTERN, {
    error: 'Identifiant de tube invalide : camelCase, ex. « motDePasse ».',
  }),
  name: textSchema,
  skills: z.array(skillSchema).min(1, { error: 'Un tube contient au moins un acquis.' }),
});

export const competencySchema = z.strictObject({
  code: z.string().regex(/^[1-5]\.[1-4]$/, {
    error: 'Code de compétence invalide (ex. « 4.1 »).',
  }),
  name: textSchema,
  description: textSchema.optional(),
  tubes: z.array(tubeSchema).default([]),
});

export const domainSchema = z.strictObject({
  code: z.string().regex(/^[1-5]$/, { error: 'Code de domaine invalide : « 1 » à « 5 ».' }),
  name: textSchema,
  competencies: z.array(competencySchema).min(1),
});

/** Typographic and straight apostrophes count as the same character. */
const sameLabel = (a: string, b: string) => a.replaceAll('’', "'").normalize('NFC') === b.replaceAll('’', "'").normalize('NFC');

export const frameworkSchema = z
  .strictObject({ domains: z.array(domainSchema) })
  .superRefine((framework, ctx) => {
    checkOfficialStructure(framework, ctx);
    checkSkills(framework, ctx);
  })
  .meta({
    title: 'Référentiel CRCN',
    description: 'Domaines, compétences, tubes et acquis du CRCN.',
  });

export type Framework = z.infer<typeof frameworkSchema>;
export type Domain = z.infer<typeof domainSchema>;
export type Competency = z.infer<typeof competencySchema>;
export type Tube = z.infer<typeof tubeSchema>;
export type Skill = z.infer<typeof skillSchema>;

type Ctx = z.core.$RefinementCtx<{ domains: Domain[] }>;

function checkOfficialStructure(framework: { domains: Domain[] }, ctx: Ctx) {
  if (framework.domains.length !== CRCN_DOMAINS.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['domains'],
      message: `Le CRCN compte exactement ${CRCN_DOMAINS.length} domaines (${framework.domains.length} trouvés).`,
    });
  }
  CRCN_DOMAINS.forEach((official, d) => {
    const domain = framework.domains[d];
    if (!domain) return;
    if (domain.code !== official.code || !sameLabel(domain.name, official.name)) {
      ctx.addIssue({
        code: 'custom',
        path: ['domains', d],
        message: `Domaine ${d + 1} attendu : « ${official.code} ${official.name} » (intitulé officiel).`,
      });
    }
    if (domain.competencies.length !== official.competencies.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['domains', d, 'competencies'],
        message: `Le domaine ${official.code} compte exactement ${official.competencies.length} compétences (${domain.competencies.length} trouvées).`,
      });
    }
    official.competencies.forEach((expected, c) => {
      const competency = domain.competencies[c];
      if (competency && (competency.code !== expected.code || !sameLabel(competency.name, expected.name))) {
        ctx.addIssue({
          code: 'custom',
          path: ['domains', d, 'competencies', c],
          message: `Compétence attendue : « ${expected.code} ${expected.name} » (intitulé officiel).`,
        });
      }
    });
  });
}

function checkSkills(framework: { domains: Domain[] }, ctx: Ctx) {
  const tubeSeen = new Set<string>();
  const skillSeen = new Set<string>();
  framework.domains.forEach((domain, d) =>
    domain.competencies.forEach((competency, c) =>
      competency.tubes.forEach((tube, t) => {
        const tubePath = ['domains', d, 'competencies', c, 'tubes', t];
        if (tubeSeen.has(tube.id)) {
          ctx.addIssue({
            code: 'custom',
            path: [...tubePath, 'id'],
            message: `Tube « ${tube.id} » déjà défini ailleurs dans le référentiel.`,
          });
        }
        tubeSeen.add(tube.id);
        tube.skills.forEach((skill, s) => {
          const expected = `@${tube.id}${skill.level}`;
          if (skill.id !== expected) {
            ctx.addIssue({
              code: 'custom',
              path: [...tubePath, 'skills', s, 'id'],
              message: `L'identifiant de l'acquis doit être « ${expected} » (« @ » + tube + niveau).`,
            });
          }
          if (skillSeen.has(skill.id)) {
            ctx.addIssue({
              code: 'custom',
              path: [...tubePath, 'skills', s, 'id'],
              message: `Acquis « ${skill.id} » en double dans le référentiel.`,
            });
          }
          skillSeen.add(skill.id);
        });
      }),
    ),
  );
}

export type FrameworkParseResult = { success: true; framework: Framework } | { success: false; issues: Issue[] };

/** Parses a framework (already read from YAML or JSON) with French messages. */
export function parseFramework(data: unknown): FrameworkParseResult {
  const result = frameworkSchema.safeParse(data, { error: contentErrorMap });
  return result.success ? { success: true, framework: result.data } : { success: false, issues: issuesOf(result.error) };
}

export interface SkillInfo {
  skill: Skill;
  tube: Tube;
  competency: Competency;
  domain: Domain;
}

/** Skill id (`@motDePasse2`) → the skill with its tube, competency and domain. */
export function indexSkills(framework: Framework): Map<string, SkillInfo> {
  const index = new Map<string, SkillInfo>();
  for (const domain of framework.domains)
    for (const competency of domain.competencies)
      for (const tube of competency.tubes) for (const skill of tube.skills) index.set(skill.id, { skill, tube, competency, domain });
  return index;
}
