import { parse } from 'csv-parse/sync';
import type { Role } from '../core/roles.js';

/**
 * The people file an ENT or a school's administration exports (issue 5): one line per person with
 * name, first name, e-mail or identifier, class and role, in any column order, separated by `;`,
 * `,` or tabs. Pure: checks each line and says why one is rejected; applying is the service's job.
 */
export interface PersonRow {
  line: number;
  lastName: string;
  firstName: string;
  email: string | null;
  identifier: string | null;
  cohort: string | null;
  role: Role;
}

export interface RejectedLine {
  line: number;
  reason: RejectionReason;
  /** The line as read, for the person fixing the file (shown escaped, never interpreted). */
  raw: string;
}

export type RejectionReason =
  | 'MISSING_NAME'
  | 'MISSING_CONTACT'
  | 'INVALID_EMAIL'
  | 'INVALID_IDENTIFIER'
  | 'UNKNOWN_ROLE'
  | 'ROLE_NOT_IMPORTABLE'
  | 'DUPLICATE'
  | 'TOO_LONG'
  | 'UNREADABLE';

export class UnreadableFile extends Error {
  constructor(
    readonly reason: 'NO_HEADER' | 'MISSING_COLUMNS' | 'TOO_MANY_LINES' | 'MALFORMED',
    message: string,
  ) {
    super(message);
  }
}

export const MAX_LINES = 5000;
const MAX_FIELD = 120;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const IDENTIFIER = /^[\p{L}\p{N}._@-]{1,100}$/u;

/** Header names as ENT and school exports write them, compared without case, accents or spaces. */
const COLUMNS: Record<keyof Omit<PersonRow, 'line'>, string[]> = {
  lastName: ['nom', 'name', 'lastname', 'nomdefamille', 'familyname', 'surname'],
  firstName: ['prenom', 'firstname', 'givenname'],
  email: ['email', 'mail', 'courriel', 'adressemail', 'adresseelectronique', 'emailaddress'],
  identifier: ['identifiant', 'id', 'login', 'identifier', 'uid', 'ine', 'identifiantent'],
  cohort: ['classe', 'class', 'groupe', 'group', 'cohorte', 'cohort', 'division'],
  role: ['role', 'profil', 'profile', 'fonction', 'statut'],
};

const ROLES: Record<string, Role | 'NOT_IMPORTABLE'> = {
  eleve: 'LEARNER' as Role,
  apprenant: 'LEARNER' as Role,
  learner: 'LEARNER' as Role,
  student: 'LEARNER' as Role,
  enseignant: 'LEARNER' as Role,
  professeur: 'LEARNER' as Role,
  personnel: 'LEARNER' as Role,
  teacher: 'LEARNER' as Role,
  staff: 'LEARNER' as Role,
  formateur: 'TRAINER' as Role,
  formatrice: 'TRAINER' as Role,
  trainer: 'TRAINER' as Role,
  referent: 'MANAGER' as Role,
  referentnumerique: 'MANAGER' as Role,
  direction: 'MANAGER' as Role,
  manager: 'MANAGER' as Role,
  administrateur: 'NOT_IMPORTABLE',
  admin: 'NOT_IMPORTABLE',
};

export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

export function parsePeopleCsv(text: string): { rows: PersonRow[]; rejected: RejectedLine[] } {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  if (!firstLine.trim()) throw new UnreadableFile('NO_HEADER', 'The file has no header line.');
  const delimiter = [';', ',', '\t'].sort((a, b) => firstLine.split(b).length - firstLine.split(a).length)[0]!;

  let records: { record: string[]; info: { lines: number; raw?: string } }[];
  try {
    records = parse(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
      raw: true,
    }) as unknown as typeof records;
  } catch (error) {
    throw new UnreadableFile('MALFORMED', error instanceof Error ? error.message : String(error));
  }
  if (records.length - 1 > MAX_LINES) throw new UnreadableFile('TOO_MANY_LINES', `At most ${MAX_LINES} lines per file.`);

  const header = records[0]!.record.map(fold);
  const at = Object.fromEntries(Object.entries(COLUMNS).map(([key, names]) => [key, header.findIndex((h) => names.includes(h))])) as Record<
    keyof typeof COLUMNS,
    number
  >;
  if (at.lastName < 0 || (at.email < 0 && at.identifier < 0)) {
    throw new UnreadableFile('MISSING_COLUMNS', 'The header needs a name column and an e-mail or identifier column.');
  }

  const rows: PersonRow[] = [];
  const rejected: RejectedLine[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of records.slice(1)) {
    const line = info.lines;
    const raw = (info as { raw?: string }).raw?.replace(/\r?\n$/, '') ?? record.join(delimiter);
    const cell = (index: number) => (index >= 0 ? clean(record[index] ?? '') : '');
    const reject = (reason: RejectionReason) => rejected.push({ line, reason, raw: raw.slice(0, 500) });

    const values = [cell(at.lastName), cell(at.firstName), cell(at.email), cell(at.identifier), cell(at.cohort)];
    if (values.some((v) => v.length > MAX_FIELD)) {
      reject('TOO_LONG');
      continue;
    }
    const [lastName, firstName, emailCell, identifierCell, cohort] = values as [string, string, string, string, string];
    if (!lastName) {
      reject('MISSING_NAME');
      continue;
    }
    const email = emailCell ? emailCell.toLowerCase() : null;
    const identifier = identifierCell || null;
    if (!email && !identifier) {
      reject('MISSING_CONTACT');
      continue;
    }
    if (email && !EMAIL.test(email)) {
      reject('INVALID_EMAIL');
      continue;
    }
    if (identifier && !IDENTIFIER.test(identifier)) {
      reject('INVALID_IDENTIFIER');
      continue;
    }
    const roleCell = fold(cell(at.role));
    const role = roleCell ? ROLES[roleCell] : ('LEARNER' as Role);
    if (!role) {
      reject('UNKNOWN_ROLE');
      continue;
    }
    if (role === 'NOT_IMPORTABLE') {
      reject('ROLE_NOT_IMPORTABLE');
      continue;
    }
    const keys = [email && `e:${email}`, identifier && `i:${identifier.toLowerCase()}`].filter((k): k is string => Boolean(k));
    if (keys.some((k) => seen.has(k))) {
      reject('DUPLICATE');
      continue;
    }
    for (const k of keys) seen.set(k, line);
    rows.push({ line, lastName, firstName, email, identifier, cohort: cohort || null, role });
  }
  return { rows, rejected };
}

/** Trims, folds inner whitespace and drops control characters (a cell is one line of text). */
function clean(value: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const printable = value.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return printable.replace(/\s+/g, ' ').trim();
}
