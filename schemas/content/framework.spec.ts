import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CRCN_DOMAINS, indexSkills, parseFramework } from './index.js';

const CRCN_FILE = fileURLToPath(new URL('../../content/framework/crcn.yaml', import.meta.url));

type RawFramework = {
  domains: {
    code: string;
    name: string;
    competencies: {
      code: string;
      name: string;
      tubes?: {
        id: string;
        name: string;
        skills: { id: string; level: number; description: string }[];
      }[];
    }[];
  }[];
};

/** The official structure with one tube, built from the CRCN table. */
function officialFramework(): RawFramework {
  return {
    domains: CRCN_DOMAINS.map((domain) => ({
      code: domain.code,
      name: domain.name,
      competencies: domain.competencies.map((competency) => ({
        code: competency.code,
        name: competency.name,
        tubes: [],
      })),
    })),
  };
}

function withTube(framework: RawFramework, skills: { id: string; level: number }[]): RawFramework {
  const competency = framework.domains[3]?.competencies[0];
  if (!competency) throw new Error('no 4.1');
  competency.tubes = [
    {
      id: 'motDePasse',
      name: 'Mots de passe',
      skills: skills.map((s) => ({ ...s, description: 'Une capacité.' })),
    },
  ];
  return framework;
}

function issuesOf(data: unknown) {
  const result = parseFramework(data);
  if (result.success) throw new Error('expected the framework to be rejected');
  return result.issues;
}

describe('frameworkSchema', () => {
  let real: unknown;
  beforeAll(async () => {
    real = parse(await readFile(CRCN_FILE, 'utf8'));
  });

  it('accepts the framework of the repository', () => {
    const result = parseFramework(real);

    expect(result.success ? 'ok' : result.issues).toBe('ok');
  });

  it('holds 5 domains and 16 competencies in the framework of the repository', () => {
    const result = parseFramework(real);
    if (!result.success) throw new Error('invalid');

    expect(result.framework.domains).toHaveLength(5);
    expect(result.framework.domains.flatMap((d) => d.competencies)).toHaveLength(16);
  });

  it('accepts the official structure with empty tubes', () => {
    expect(parseFramework(officialFramework()).success).toBe(true);
  });

  it('accepts a typographic apostrophe in an official name', () => {
    const data = officialFramework();
    const competency = data.domains[1]?.competencies[3];
    if (competency) competency.name = 'S’insérer dans le monde numérique';

    expect(parseFramework(data).success).toBe(true);
  });

  it('rejects a missing domain', () => {
    const data = officialFramework();
    data.domains.pop();

    expect(issuesOf(data)).toEqual([
      expect.objectContaining({
        path: 'domains',
        message: expect.stringContaining('5 domaines'),
      }),
    ]);
  });

  it('rejects the Pix spelling of a domain name', () => {
    const data = officialFramework();
    if (data.domains[0]) data.domains[0].name = 'Informations et données';

    expect(issuesOf(data)).toEqual([
      expect.objectContaining({
        path: 'domains[0]',
        message: expect.stringContaining('Information et données'),
      }),
    ]);
  });

  it('rejects a competency that is not the official one', () => {
    const data = officialFramework();
    const competency = data.domains[4]?.competencies[1];
    if (competency) competency.name = 'Construire un environnement numérique';

    expect(issuesOf(data).map((i) => i.path)).toEqual(['domains[4].competencies[1]']);
  });

  it('rejects a domain with a missing competency', () => {
    const data = officialFramework();
    data.domains[0]?.competencies.pop();

    expect(issuesOf(data).map((i) => i.path)).toEqual(['domains[0].competencies']);
  });

  it('rejects a skill id that is not @ + tube + level', () => {
    const data = withTube(officialFramework(), [{ id: '@motDePasse3', level: 2 }]);

    expect(issuesOf(data)).toEqual([
      expect.objectContaining({
        path: 'domains[3].competencies[0].tubes[0].skills[0].id',
        message: expect.stringContaining('« @motDePasse2 »'),
      }),
    ]);
  });

  it('rejects the same skill twice', () => {
    const data = withTube(officialFramework(), [
      { id: '@motDePasse2', level: 2 },
      { id: '@motDePasse2', level: 2 },
    ]);

    expect(issuesOf(data).map((i) => i.path)).toEqual(['domains[3].competencies[0].tubes[0].skills[1].id']);
  });

  it('rejects a tube defined in two competencies', () => {
    const data = withTube(officialFramework(), [{ id: '@motDePasse1', level: 1 }]);
    const other = data.domains[3]?.competencies[1];
    if (other)
      other.tubes = [
        {
          id: 'motDePasse',
          name: 'Encore',
          skills: [{ id: '@motDePasse5', level: 5, description: 'Autre.' }],
        },
      ];

    expect(issuesOf(data).map((i) => i.path)).toEqual(['domains[3].competencies[1].tubes[0].id']);
  });

  it.each([0, 9])('rejects a skill level of %s', (level) => {
    const data = withTube(officialFramework(), [{ id: `@motDePasse${level}`, level }]);

    expect(issuesOf(data).map((i) => i.path)).toContain('domains[3].competencies[0].tubes[0].skills[0].level');
  });

  it('indexes every skill with its competency', () => {
    const result = parseFramework(withTube(officialFramework(), [{ id: '@motDePasse2', level: 2 }]));
    if (!result.success) throw new Error('invalid');

    const info = indexSkills(result.framework).get('@motDePasse2');

    expect(info?.competency.code).toBe('4.1');
    expect(info?.domain.name).toBe('Protection et sécurité');
  });
});
