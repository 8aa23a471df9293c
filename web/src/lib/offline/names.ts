/**
 * Names shared by the pages and the service worker (which cannot import Svelte code): the caches
 * and the IndexedDB database that hold what a learner downloaded for offline use (issue 9).
 */
/** The app shell of one build (JS, CSS, static files); older ones are deleted when a new worker activates. */
export const SHELL_CACHE_PREFIX = 'continuite-shell-';
/** HTML of pages the learner visited, and of a downloaded module's pages (network first, this as fallback). */
export const PAGES_CACHE = 'continuite-pages-v1';
/**
 * What downloads keep until the learner removes them: media (images, videos, captions) and the
 * module's and player's pages. Apart from PAGES_CACHE, which sign-out empties and visits refresh.
 */
export const DOWNLOADS_CACHE = 'continuite-downloads-v1';
export const OFFLINE_DB = 'continuite-offline';

/** Path prefixes the worker never caches: the api (GraphQL, sign-in, H5P) and what only makes sense online. */
export const NEVER_CACHED = ['/graphql', '/auth/', '/h5p/', '/connexion', '/deconnexion', '/langue', '/compte/export', '/__test__/'];
