import type { LayoutServerLoad } from './$types';

// The language lives in a cookie the server reads, so the first HTML is already in the right language.
export const load = (({ locals }) => ({ lang: locals.lang })) satisfies LayoutServerLoad;
