// @ts-check
import net from 'node:net';
import tls from 'node:tls';

/** The only WebSocket the web forwards: graphql-ws of the live pages (issue 7). */
export const UPGRADE_PATHS = ['/graphql'];

// The api reads who is behind the web from these; a browser's own values are not passed on.
const DROPPED = new Set(['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'forwarded']);

/**
 * The request line and headers of an upgrade as the api gets them: the browser's headers as sent
 * (cookie, Origin, Sec-WebSocket-*), and who is behind the web in `x-forwarded-*`, as the HTTP
 * proxy of hooks.server.ts does.
 *
 * @param {import('node:http').IncomingMessage} request
 * @param {{ clientAddress: string; proto: string }} forwarded
 */
export function upgradeHead(request, { clientAddress, proto }) {
  const lines = [`${request.method} ${request.url} HTTP/1.1`];
  const raw = request.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = /** @type {string} */ (raw[i]);
    if (DROPPED.has(name.toLowerCase())) continue;
    lines.push(`${name}: ${raw[i + 1]}`);
  }
  lines.push(`X-Forwarded-For: ${clientAddress}`);
  if (request.headers.host) lines.push(`X-Forwarded-Host: ${request.headers.host}`);
  lines.push(`X-Forwarded-Proto: ${proto}`);
  return `${lines.join('\r\n')}\r\n\r\n`;
}

/**
 * Forwards WebSocket upgrades on UPGRADE_PATHS to the api and pipes both ways; refuses others. The
 * api answers the handshake itself (it checks the Origin and the session cookie), so the bytes go
 * through untouched. Returns the sockets open, for a shutdown to close them.
 *
 * @param {import('node:http').Server} server
 * @param {string} apiUrl
 */
export function forwardUpgrades(server, apiUrl) {
  const api = new URL(apiUrl);
  const secure = api.protocol === 'https:';
  const port = Number(api.port || (secure ? 443 : 80));
  /** @type {Set<import('node:net').Socket>} */
  const open = new Set();

  server.on('upgrade', (request, /** @type {import('node:net').Socket} */ socket, head) => {
    const path = new URL(request.url ?? '/', 'http://web').pathname;
    if (!UPGRADE_PATHS.includes(path)) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const proto = /** @type {import('node:tls').TLSSocket} */ (socket).encrypted ? 'https' : 'http';
    const options = { host: api.hostname, port };
    const upstream = secure ? tls.connect({ ...options, servername: api.hostname }) : net.connect(options);
    let connected = false;
    upstream.once(secure ? 'secureConnect' : 'connect', () => {
      connected = true;
      upstream.setNoDelay(true);
      socket.setNoDelay(true);
      socket.setTimeout(0);
      upstream.write(upgradeHead(request, { clientAddress: socket.remoteAddress ?? '', proto }));
      if (head.length > 0) upstream.write(head);
      socket.pipe(upstream).pipe(socket);
    });
    upstream.on('error', () => {
      if (!connected && socket.writable) socket.end('HTTP/1.1 502 Bad Gateway\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      else socket.destroy();
    });
    socket.on('error', () => upstream.destroy());
    upstream.on('close', () => socket.destroy());
    socket.on('close', () => {
      upstream.destroy();
      open.delete(socket);
    });
    open.add(socket);
  });
  return open;
}
