// @ts-check
/**
 * The web in production: adapter-node's server (build/index.js, which reads PORT, HOST, ORIGIN...
 * as usual) plus the one thing SvelteKit cannot do, forwarding the WebSocket of the live pages to
 * the api (docs/decisions/2026-11-29-webinar-web.md). Start it with `node web/server.js`.
 */
import { server } from './build/index.js';
import { forwardUpgrades } from './server/ws-upgrade.js';

const open = forwardUpgrades(server, process.env.API_URL || 'http://127.0.0.1:4000');

// adapter-node closes the server on these signals and waits for its requests; an open WebSocket
// would hold it for SHUTDOWN_TIMEOUT. graphql-ws in the browser reconnects (to another instance).
for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT'])) {
  process.on(signal, () => {
    for (const socket of open) socket.destroy();
  });
}
