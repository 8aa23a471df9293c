import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../src/core/config.js';

/**
 * A content folder for tests: the real CRCN framework and small modules written here, so that tests
 * do not change when the curriculum does. Returns its path; write() changes or adds a module.
 */
export async function createFixtureContent(): Promise<{
  dir: string;
  writeModule(slug: string, yaml: string): Promise<void>;
  remove(): Promise<void>;
}> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'continuite-content-'));
  await fs.mkdir(path.join(dir, 'framework'), { recursive: true });
  await fs.copyFile(path.join(REPO_ROOT, 'content/framework/crcn.yaml'), path.join(dir, 'framework/crcn.yaml'));
  const writeModule = async (slug: string, yaml: string) => {
    await fs.mkdir(path.join(dir, 'modules', slug), { recursive: true });
    await fs.writeFile(path.join(dir, 'modules', slug, 'module.yaml'), yaml);
  };
  await writeModule('mots-de-passe', passwordModule());
  await writeModule('photos-en-ligne', photosModule());
  return { dir, writeModule, remove: () => fs.rm(dir, { recursive: true, force: true }) };
}

export const SKILL_41 = '@motDePasse2';
export const SKILL_42 = '@donneesPersonnelles1';

export function passwordModule(options: { title?: string; extraGrain?: boolean } = {}): string {
  return `slug: mots-de-passe
title: ${options.title ?? 'Des mots de passe solides'}
summary: Choisir une phrase de passe et ne jamais la réutiliser.
theme: cybersecurity
audience: staff
durationMinutes: 4
level: 2
objectives: [Reconnaître un mot de passe robuste]
sources:
  - title: Recommandations relatives à l'authentification multifacteur et aux mots de passe
    url: https://cyber.gouv.fr/publications/recommandations-relatives-lauthentification-multifacteur-et-aux-mots-de-passe
    publisher: ANSSI
grains:
  - id: decouverte
    type: discovery
    title: Pourquoi c'est important
    elements:
      - type: text
        id: intro
        markdown: "Un **mot de passe** protège votre messagerie. <script>alert('x')</script>"
  - id: activite
    type: activity
    title: À vous
    elements:
      - type: single-choice
        id: q-robuste
        skill: '${SKILL_41}'
        prompt: Quel mot de passe est le plus robuste ?
        choices:
          - { id: court, text: "Azerty12" }
          - { id: phrase, text: "Quatre mots au hasard bien longs" }
        answer: phrase
        feedback:
          correct: SECRET-FEEDBACK-OK une phrase longue résiste mieux.
          incorrect: SECRET-FEEDBACK-KO trop court.
      - type: multiple-choice
        id: q-bonnes-pratiques
        skill: '${SKILL_41}'
        prompt: Quelles pratiques sont bonnes ?
        choices:
          - { id: unique, text: Un mot de passe par service }
          - { id: postit, text: Un post-it sur l'écran }
          - { id: gestionnaire, text: Un gestionnaire de mots de passe }
        answers: [unique, gestionnaire]
        feedback: { correct: Exact., incorrect: Pas tout à fait. }
      - type: short-answer
        id: q-nom
        skill: '${SKILL_41}'
        prompt: Comment appelle-t-on un mot de passe fait de plusieurs mots ?
        accepted: [SECRET-ACCEPTED phrase de passe]
        feedback: { correct: Oui., incorrect: Non. }
${
  options.extraGrain
    ? `  - id: bilan
    type: summary
    title: Bilan
    elements:
      - type: text
        id: fin
        markdown: Nouvelle version.
`
    : ''
}`;
}

export function photosModule(): string {
  return `slug: photos-en-ligne
title: Publier une photo de classe
summary: Le droit à l'image des élèves.
theme: personal-data
audience: students
durationMinutes: 3
level: 1
objectives: [Demander l'accord avant de publier]
sources:
  - title: CNIL
    url: https://www.cnil.fr
grains:
  - id: lecon
    type: lesson
    title: Le droit à l'image
    elements:
      - type: single-choice
        id: q-accord
        skill: '${SKILL_42}'
        prompt: Faut-il l'accord pour publier une photo ?
        choices:
          - { id: oui, text: Oui }
          - { id: non, text: Non }
        answer: oui
        feedback: { correct: Oui., incorrect: Si. }
`;
}

/** Every activity type of format v2, with markers that must never reach a browser before an answer. */
export function activitiesModule(): string {
  return `slug: activites
title: Toutes les activités
summary: Un module qui contient chaque type d'activité.
theme: media-literacy
audience: all
durationMinutes: 5
level: 2
objectives: [Tout essayer]
sources:
  - title: CLEMI
    url: https://www.clemi.fr
grains:
  - id: g1
    type: activity
    title: Activités
    elements:
      - type: ordering
        id: ordre
        skill: '${SKILL_41}'
        prompt: Dans quel ordre ?
        items:
          - { id: un, text: Premier }
          - { id: deux, text: Deuxième }
          - { id: trois, text: Troisième }
          - { id: quatre, text: Quatrième }
        feedback: { correct: Bon ordre., incorrect: Mauvais ordre. }
      - type: matching
        id: paires
        skill: '${SKILL_41}'
        prompt: Associez.
        pairs:
          - { id: p1, left: Chat, right: Miaule }
          - { id: p2, left: Chien, right: Aboie }
          - { id: p3, left: Vache, right: Meugle }
        feedback: { correct: Bien associé., incorrect: Mal associé. }
      - type: true-false
        id: vf
        skill: '${SKILL_41}'
        statements:
          - { id: s1, text: La Terre est ronde., answer: true, explanation: SECRET-EXPLANATION elle l'est. }
          - { id: s2, text: Le ciel est vert., answer: false, explanation: Il est bleu. }
      - type: flashcards
        id: cartes
        skill: '${SKILL_41}'
        cards:
          - { id: c1, front: Recto, back: Verso }
      - type: scenario
        id: scenario
        skill: '${SKILL_41}'
        title: Un courriel étrange
        start: debut
        steps:
          - id: debut
            situation: Vous recevez un courriel.
            choices:
              - { id: cliquer, text: Cliquer, next: piege, consequence: SECRET-CONSEQUENCE le lien était piégé., quality: bad }
              - { id: signaler, text: Signaler, next: fin, consequence: Bien vu., quality: good }
          - id: piege
            situation: Le lien était piégé. Que faites-vous ?
            choices:
              - { id: prevenir, text: Prévenir le support, next: fin, consequence: Bon réflexe., quality: good }
              - { id: rien, text: Ne rien dire, next: null, consequence: Dommage., quality: bad }
          - id: fin
            situation: Fin.
      - type: poll
        id: sondage
        prompt: Qu'en pensez-vous ?
        choices:
          - { id: oui, text: Oui }
          - { id: non, text: Non }
`;
}
