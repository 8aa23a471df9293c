import type { TestInfo } from '@playwright/test';

const JOURNEYS = [
  'journey',
  'resume',
  'password',
  'themes',
  'competencies',
  'assigned',
  'studio',
  'h5p',
  'offline',
  'offline-drop',
  'offline-reopen',
  'offline-review',
] as const;
const PROJECTS = ['desktop', 'phone'] as const;
export const PASSWORD = 'une phrase de passe e2e';

/** One learner per journey and project, so that no test sees what another did. Made by global-setup with the CLI. */
export const LEARNERS = PROJECTS.flatMap((project) =>
  JOURNEYS.map((journey) => ({
    key: `${project}-${journey}`,
    email: `${project}.${journey}@e2e.continuite.fr`,
    name: 'Léa Apprenante',
    password: PASSWORD,
  })),
);

export function learnerFor(testInfo: TestInfo, journey: (typeof JOURNEYS)[number]) {
  return LEARNERS.find((l) => l.key === `${testInfo.project.name}-${journey}`)!;
}

/** Two schools, each with its manager per project: what one manages, the other must not see. */
export const SCHOOLS = [
  { key: 'a', name: 'Collège Jean Moulin (e2e)', uai: '0750001A' },
  { key: 'b', name: 'Lycée Victor Hugo (e2e)', uai: '0750002B' },
] as const;
export const MANAGERS = PROJECTS.flatMap((project) =>
  SCHOOLS.map((school) => ({
    key: `${project}-${school.key}`,
    school,
    email: `${project}.referent-${school.key}@e2e.continuite.fr`,
    name: `Référent ${school.key.toUpperCase()}`,
    password: PASSWORD,
  })),
);

export function managerFor(testInfo: TestInfo, school: 'a' | 'b') {
  return MANAGERS.find((m) => m.key === `${testInfo.project.name}-${school}`)!;
}

/** One trainer per project, in school A, for the studio journey (issue 6). */
export const TRAINERS = PROJECTS.map((project) => ({
  key: project,
  school: SCHOOLS[0],
  email: `${project}.formatrice@e2e.continuite.fr`,
  name: 'Awa Formatrice',
  password: PASSWORD,
}));

export function trainerFor(testInfo: TestInfo) {
  return TRAINERS.find((t) => t.key === testInfo.project.name)!;
}
