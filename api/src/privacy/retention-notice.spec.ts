import { describe, expect, it } from 'vitest';
import { retentionNotice } from './retention-notice.js';

const input = {
  to: 'awa@college.fr',
  displayName: 'Awa Diallo',
  erasureDate: new Date('2029-06-14T23:30:00Z'),
  months: 36,
  signInUrl: 'https://continuite.example/connexion',
};

describe('retentionNotice', () => {
  it('tells in French when the account goes, as a Paris date, and how to keep it', () => {
    const mail = retentionNotice({ ...input, locale: 'fr' });

    expect(mail.to).toBe('awa@college.fr');
    expect(mail.subject).toContain('supprimé');
    expect(mail.text).toContain('Bonjour Awa Diallo');
    expect(mail.text).toContain('15 juin 2029');
    expect(mail.text).toContain('36\u00a0mois');
    expect(mail.text).toContain('https://continuite.example/connexion');
  });

  it('writes in English for an English-speaking person', () => {
    const mail = retentionNotice({ ...input, locale: 'en' });

    expect(mail.text).toContain('June 15, 2029');
  });
});
