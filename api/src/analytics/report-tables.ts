import type { Cell } from './csv.js';
import type { ProgressStatus } from './completion.js';
import type { ItemKind } from './item-statistics.js';
import type { CompletionReport, HeatmapReport, ItemReport } from './analytics.service.js';

export type ReportLanguage = 'FR' | 'EN';
export type ReportView = 'COMPLETION' | 'HEATMAP' | 'ITEMS';

interface Labels {
  learner: string;
  pseudonym: (code: string) => string;
  status: Record<ProgressStatus, string>;
  overdue: string;
  dueOn: (date: string) => string;
  totals: { completed: string; inProgress: string; notStarted: string; overdue: string };
  level: string;
  pix: string;
  average: string;
  assessed: string;
  item: {
    module: string;
    question: string;
    key: string;
    kind: string;
    answers: string;
    success: string;
    wrong: string;
    wrongCount: string;
  };
  kinds: Record<ItemKind, string>;
  view: Record<ReportView, string>;
  decimalSeparator: string;
}

/** The words of the exported files: French first, as on the screens; English for those who chose it. */
const LABELS: Record<ReportLanguage, Labels> = {
  FR: {
    learner: 'Apprenant',
    pseudonym: (code) => `Élève ${code}`,
    status: { COMPLETED: 'Terminé', IN_PROGRESS: 'En cours', NOT_STARTED: 'Non commencé' },
    overdue: 'en retard',
    dueOn: (date) => `à faire pour le ${date}`,
    totals: { completed: 'Total terminé', inProgress: 'Total en cours', notStarted: 'Total non commencé', overdue: 'Total en retard' },
    level: 'niveau',
    pix: 'pix',
    average: 'Moyenne de la classe',
    assessed: 'Apprenants évalués',
    item: {
      module: 'Module',
      question: 'Question',
      key: 'Clé',
      kind: 'Type',
      answers: 'Réponses',
      success: 'Réussite (%)',
      wrong: 'Mauvaise réponse la plus choisie',
      wrongCount: 'Choisie (fois)',
    },
    kinds: {
      SINGLE_CHOICE: 'Choix unique',
      MULTIPLE_CHOICE: 'Choix multiple',
      SHORT_ANSWER: 'Réponse courte',
      ORDERING: 'Remise en ordre',
      MATCHING: 'Association',
      TRUE_FALSE_STATEMENT: 'Vrai ou faux',
      SCENARIO_STEP: 'Étape de scénario',
      H5P: 'Activité H5P',
    },
    view: { COMPLETION: 'avancement', HEATMAP: 'competences', ITEMS: 'questions' },
    decimalSeparator: ',',
  },
  EN: {
    learner: 'Learner',
    pseudonym: (code) => `Learner ${code}`,
    status: { COMPLETED: 'Completed', IN_PROGRESS: 'In progress', NOT_STARTED: 'Not started' },
    overdue: 'overdue',
    dueOn: (date) => `due ${date}`,
    totals: { completed: 'Total completed', inProgress: 'Total in progress', notStarted: 'Total not started', overdue: 'Total overdue' },
    level: 'level',
    pix: 'pix',
    average: 'Cohort average',
    assessed: 'Learners assessed',
    item: {
      module: 'Module',
      question: 'Question',
      key: 'Key',
      kind: 'Type',
      answers: 'Answers',
      success: 'Success (%)',
      wrong: 'Most chosen wrong answer',
      wrongCount: 'Chosen (times)',
    },
    kinds: {
      SINGLE_CHOICE: 'Single choice',
      MULTIPLE_CHOICE: 'Multiple choice',
      SHORT_ANSWER: 'Short answer',
      ORDERING: 'Ordering',
      MATCHING: 'Matching',
      TRUE_FALSE_STATEMENT: 'True or false',
      SCENARIO_STEP: 'Scenario step',
      H5P: 'H5P activity',
    },
    view: { COMPLETION: 'completion', HEATMAP: 'competencies', ITEMS: 'questions' },
    decimalSeparator: '.',
  },
};

export function labelsOf(language: ReportLanguage): Labels {
  return LABELS[language];
}

function learnerName(labels: Labels, learner: { displayName: string | null; pseudonym: string | null }): string {
  return learner.pseudonym ? labels.pseudonym(learner.pseudonym) : (learner.displayName ?? '');
}

/** One line per learner, one column per assignment; then the totals of each assignment. */
export function completionTable(report: CompletionReport, moduleTitles: Map<string, string>, language: ReportLanguage): Cell[][] {
  const labels = LABELS[language];
  const header = [
    labels.learner,
    ...report.assignments.map((a) => `${moduleTitles.get(a.assignment.moduleId) ?? ''} (${labels.dueOn(a.assignment.dueOn)})`),
  ];
  const rows = report.learners.nodes.map(({ learner, progress }) => [
    learnerName(labels, learner),
    ...progress.map((p) => (p.overdue ? `${labels.status[p.status]}, ${labels.overdue}` : labels.status[p.status])),
  ]);
  const totals = (['completed', 'inProgress', 'notStarted', 'overdue'] as const).map((key) => [
    labels.totals[key],
    ...report.assignments.map((a) => a[key]),
  ]);
  return [header, ...rows, ...totals];
}

/** One line per learner, a level and a pix column per competency; then the cohort's averages. */
export function heatmapTable(report: HeatmapReport, competencyNames: Map<string, string>, language: ReportLanguage): Cell[][] {
  const labels = LABELS[language];
  const decimal = (value: number) => String(value).replace('.', labels.decimalSeparator);
  const header = [
    labels.learner,
    ...report.competencies.flatMap(({ competencyCode: code }) => [
      `${[code, competencyNames.get(code)].filter(Boolean).join(' ')} (${labels.level})`,
      `${code} (${labels.pix})`,
    ]),
  ];
  const rows = report.learners.nodes.map(({ learner, cells }) => [learnerName(labels, learner), ...cells.flatMap((c) => [c.level, c.pix])]);
  const average = [labels.average, ...report.competencies.flatMap((c) => [decimal(c.averageLevel), decimal(c.averagePix)])];
  const assessed = [labels.assessed, ...report.competencies.flatMap((c) => [c.learners, null])];
  return [header, ...rows, average, assessed];
}

/** One line per graded item of each module. */
export function itemsTable(reports: ItemReport[], language: ReportLanguage): Cell[][] {
  const { item, kinds } = LABELS[language];
  const header = [item.module, item.question, item.key, item.kind, item.answers, item.success, item.wrong, item.wrongCount];
  const rows = reports.flatMap(({ module, items }) =>
    items.map((s) => [
      module.title,
      s.label,
      s.key,
      kinds[s.kind],
      s.answers,
      s.successRate,
      s.mostChosenWrong?.text ?? null,
      s.mostChosenWrong?.count ?? null,
    ]),
  );
  return [header, ...rows];
}

/** `4e-b-avancement-2026-11-29.csv`: ASCII, so that every browser and system keeps it as is. */
export function reportFilename(cohortName: string, view: ReportView, language: ReportLanguage, day: string): string {
  const slug =
    cohortName
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'cohorte';
  return `${slug}-${LABELS[language].view[view]}-${day}.csv`;
}
