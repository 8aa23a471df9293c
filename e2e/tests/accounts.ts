/** Created by global-setup with the api's CLI before the servers start. */
export const LEARNER = { email: 'lea.apprenante@e2e.continuite.fr', name: 'Léa Apprenante', password: 'une phrase de passe e2e' };
