/**
 * Kit's route announcer (an aria-live region telling screen readers the new page title after each
 * client-side navigation) hides itself with an inline `style` attribute. Allowing that one value by
 * hash keeps `style-src` closed to every other inline style. csp.spec.ts recomputes it from Kit's
 * source so an upgrade that changes the value fails the tests instead of the page; app.css hides
 * the announcer too, in case.
 */
export const KIT_ANNOUNCER_STYLE_HASH = 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo=';
