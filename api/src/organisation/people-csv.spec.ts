import { describe, expect, it } from 'vitest';
import { parsePeopleCsv, UnreadableFile } from './people-csv.js';

describe('parsePeopleCsv', () => {
  it('reads an ENT export: semicolons, a byte order mark, accents and headers in any order and case', () => {
    const { rows, rejected } = parsePeopleCsv(
      '\uFEFFClasse;Nom;Prénom;Identifiant;Profil;Courriel\r\n4e B;Durand;Léa;lea.durand;Élève;\r\n;Martin;Paul;;Enseignant;Paul.Martin@ac-test.fr\r\n',
    );

    expect(rejected).toEqual([]);
    expect(rows).toEqual([
      { line: 2, lastName: 'Durand', firstName: 'Léa', email: null, identifier: 'lea.durand', cohort: '4e B', role: 'LEARNER' },
      { line: 3, lastName: 'Martin', firstName: 'Paul', email: 'paul.martin@ac-test.fr', identifier: null, cohort: null, role: 'LEARNER' },
    ]);
  });

  it('reads commas and tabs too, and a role column may be absent (learners)', () => {
    expect(parsePeopleCsv('nom,prenom,email\nDurand,Léa,lea@ac-test.fr\n').rows[0]).toMatchObject({
      role: 'LEARNER',
      email: 'lea@ac-test.fr',
    });
    expect(parsePeopleCsv('nom\tprenom\tlogin\tclasse\nDurand\tLéa\tld1\t3e A\n').rows[0]).toMatchObject({
      identifier: 'ld1',
      cohort: '3e A',
    });
  });

  it('rejects each bad line with its reason and keeps the good ones', () => {
    const csv = [
      'nom;prenom;email;identifiant;classe;role',
      ';Sans;a@ac-test.fr;;4e B;eleve',
      'Sans;Contact;;;4e B;eleve',
      'Faux;Courriel;pas-un-courriel;;4e B;eleve',
      'Bon;Ident;;a b c;4e B;eleve',
      'Role;Inconnu;r@ac-test.fr;;4e B;astronaute',
      'Admin;Pas;adm@ac-test.fr;;;administrateur',
      'Bon;Premier;dup@ac-test.fr;;4e B;eleve',
      'Bon;Second;DUP@ac-test.fr;;4e B;eleve',
      `Long;${'x'.repeat(200)};long@ac-test.fr;;4e B;eleve`,
    ].join('\n');

    const { rows, rejected } = parsePeopleCsv(csv);

    expect(rows.map((r) => r.line)).toEqual([8]);
    expect(rejected.map((r) => [r.line, r.reason])).toEqual([
      [2, 'MISSING_NAME'],
      [3, 'MISSING_CONTACT'],
      [4, 'INVALID_EMAIL'],
      [5, 'INVALID_IDENTIFIER'],
      [6, 'UNKNOWN_ROLE'],
      [7, 'ROLE_NOT_IMPORTABLE'],
      [9, 'DUPLICATE'],
      [10, 'TOO_LONG'],
    ]);
    expect(rejected[0]!.raw).toBe(';Sans;a@ac-test.fr;;4e B;eleve');
  });

  it('keeps formula-like cells as text (exports neutralise them), and drops control characters', () => {
    const { rows } = parsePeopleCsv('nom;prenom;email\n=HYPERLINK("http://x");+1\u0007;f@ac-test.fr\n');

    expect(rows[0]).toMatchObject({ lastName: '=HYPERLINK("http://x")', firstName: '+1' });
  });

  it('refuses a file without the columns it needs', () => {
    expect(() => parsePeopleCsv('prenom;classe\nLéa;4e B\n')).toThrow(UnreadableFile);
    expect(() => parsePeopleCsv('')).toThrow(UnreadableFile);
  });
});
