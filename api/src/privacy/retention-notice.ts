import type { NewMail } from '../mail/mail.service.js';

/** The mail that warns a person their inactive account will be erased, in their language (French first). */
export function retentionNotice(input: {
  to: string;
  displayName: string;
  locale: string;
  erasureDate: Date;
  months: number;
  signInUrl: string;
}): NewMail {
  const english = input.locale === 'en';
  const date = new Intl.DateTimeFormat(english ? 'en' : 'fr', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(input.erasureDate);
  if (english)
    return {
      to: input.to,
      subject: 'Continuité: your account will be deleted',
      text: [
        `Hello ${input.displayName},`,
        '',
        `You have not used Continuité for a long time. Accounts without activity for ${input.months} months are deleted, with the data they hold.`,
        `Unless you sign in before ${date}, your account and your results will be deleted on that day.`,
        '',
        `To keep your account, simply sign in: ${input.signInUrl}`,
        '',
        'Continuité',
      ].join('\n'),
    };
  return {
    to: input.to,
    subject: 'Continuité\u00a0: votre compte va être supprimé',
    text: [
      `Bonjour ${input.displayName},`,
      '',
      `Vous n’avez pas utilisé Continuité depuis longtemps. Les comptes sans activité pendant ${input.months}\u00a0mois sont supprimés, avec les données qu’ils contiennent.`,
      `Sans connexion de votre part d’ici le ${date}, votre compte et vos résultats seront supprimés ce jour-là.`,
      '',
      `Pour conserver votre compte, il suffit de vous connecter\u00a0: ${input.signInUrl}`,
      '',
      'Continuité',
    ].join('\n'),
  };
}
