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
  'webinar-a',
  'webinar-b',
  'webinar-c',
] as const;
const PROJECTS = ['desktop', 'phone'] as const;
export const PASSWORD = 'une phrase de passe e2e';
/** Journeys where learners meet (a webinar's attendance list) need names apart. */
const NAMES: Partial<Record<(typeof JOURNEYS)[number], string>> = {
  'webinar-a': 'Inès Martin',
  'webinar-b': 'Hugo Bernard',
  'webinar-c': 'Zoé Petit',
};

/** One learner per journey and project, so that no test sees what another did. Made by global-setup with the CLI. */
export const LEARNERS = PROJECTS.flatMap((project) =>
  JOURNEYS.map((journey) => ({
    key: `${project}-${journey}`,
    email: `${project}.${journey}@e2e.continuite.fr`,
    name: NAMES[journey] ?? 'Léa Apprenante',
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

/**
 * One webinar host per project, in school A (issue 7): a trainer who is also the school's manager, so
 * that it can put the learners of the journey in a class before addressing the webinar to it.
 */
export const WEBINAR_HOSTS = PROJECTS.map((project) => ({
  key: project,
  school: SCHOOLS[0],
  email: `${project}.webinaires@e2e.continuite.fr`,
  name: 'Paul Animateur',
  password: PASSWORD,
}));

export function webinarHostFor(testInfo: TestInfo) {
  return WEBINAR_HOSTS.find((t) => t.key === testInfo.project.name)!;
}

/** The platform's administrator: reads the mail outbox (confirmations, reminders) in the webinar journey. */
export const ADMIN = { email: 'admin@e2e.continuite.fr', name: 'Alex Administratrice', password: PASSWORD };
