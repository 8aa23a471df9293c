import type { TestInfo } from '@playwright/test';

const JOURNEYS = ['journey', 'resume', 'password', 'themes', 'competencies'] as const;
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
