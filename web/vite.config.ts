/// <reference types="vitest/config" />
import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
import { KIT_ANNOUNCER_STYLE_HASH } from './src/lib/csp.ts';
import { graphqlDocuments } from './vite-plugin-graphql-documents.ts';

export default defineConfig({
  plugins: [
    graphqlDocuments(),
    sveltekit({
      adapter: adapter(),
      // Kit would compare form posts with the adapter's guess of our origin (always https:// unless a
      // proxy header says otherwise); hooks.server.ts makes the same check with the runtime ORIGIN.
      csrf: { trustedOrigins: ['*'] },
      // Kit adds a nonce (server-rendered pages) or a hash (prerendered ones) to its own inline script.
      // Nothing else inline is allowed: components never use `style=` (only Kit's announcer, by hash).
      csp: {
        mode: 'auto',
        directives: {
          'default-src': ['self'],
          'script-src': ['self'],
          'style-src': ['self', 'unsafe-hashes', KIT_ANNOUNCER_STYLE_HASH],
          'img-src': ['self', 'data:'],
          'media-src': ['self'],
          'font-src': ['self'],
          'connect-src': ['self'],
          // Issue 9: the service worker (offline shell and downloads) and the web app manifest.
          'worker-src': ['self'],
          'manifest-src': ['self'],
          'object-src': ['none'],
          'base-uri': ['self'],
          'form-action': ['self'],
          'frame-ancestors': ['none'],
        },
      },
    }),
  ],
  server: {
    port: 3000,
    strictPort: true,
    // In development, the WebSocket of the live pages (issue 7) goes to the api as web/server.js does
    // in production; plain HTTP requests on /graphql keep going through hooks.server.ts.
    proxy: {
      '/graphql': {
        target: process.env.API_URL || 'http://127.0.0.1:4000',
        ws: true,
        bypass: (req, res) => (res ? req.url : undefined),
      },
    },
  },
  test: {
    include: ['src/**/*.spec.ts'],
    environment: 'node',
  },
});
