import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A door in front of another LRS, on a port of its own: open, it passes every request through and
 * notes the statement ids that arrive; closed, nothing listens there (connection refused), as when
 * the other side is down. It opens again on the same port.
 */
export async function startGate(target: string) {
  const arrived: string[] = [];
  let server: http.Server | undefined;
  let port = 0;

  async function open(): Promise<void> {
    server = http.createServer((req, res) => {
      void pass(req, res).catch((error: unknown) => {
        res.writeHead(502);
        res.end(String(error));
      });
    });
    await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  }

  async function pass(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    if ((req.method === 'POST' || req.method === 'PUT') && req.url?.startsWith('/xapi/statements')) {
      const sent = JSON.parse(body.toString('utf8')) as { id: string } | { id: string }[];
      arrived.push(...(Array.isArray(sent) ? sent : [sent]).map((s) => s.id));
    }
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string' && name !== 'host' && name !== 'content-length' && name !== 'connection') headers[name] = value;
    }
    const upstream = await fetch(new URL(req.url!, target), { method: req.method, headers, body: body.length > 0 ? body : undefined });
    const bytes = Buffer.from(await upstream.arrayBuffer());
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream' });
    res.end(bytes);
  }

  async function close(): Promise<void> {
    if (!server) return;
    const closing = server;
    server = undefined;
    closing.closeAllConnections();
    await new Promise<void>((resolve) => closing.close(() => resolve()));
  }

  await open();
  return {
    arrived,
    endpoint: () => `http://127.0.0.1:${port}/xapi/`,
    open,
    close,
  };
}
