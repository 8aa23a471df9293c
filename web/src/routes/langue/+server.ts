import { redirect } from '@sveltejs/kit';
import { isLang, LANG_COOKIE } from '#lib/i18n/index.ts';
import { safeRedirect } from '#lib/utils/url.ts';
import type { RequestHandler } from './$types';

const ONE_YEAR = 365 * 24 * 3600;

/** The language switch without JavaScript: remembers the choice, then goes back to the page. */
export const POST: RequestHandler = async ({ request, cookies, locals }) => {
  const form = await request.formData();
  const lang = form.get('lang');
  if (isLang(lang)) {
    cookies.set(LANG_COOKIE, lang, {
      path: '/',
      maxAge: ONE_YEAR,
      sameSite: 'lax',
      httpOnly: false, // the enhanced switch sets it from the page too
      secure: locals.origin.startsWith('https:'),
    });
  }
  redirect(303, safeRedirect(String(form.get('redirect') ?? '/')));
};
