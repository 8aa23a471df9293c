import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { forwardUpgrades } from '../../../server/ws-upgrade.js';

const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

/** A stand-in api: answers the handshake, then echoes what it gets; keeps the head it was sent. */
async function fakeApi(): Promise<{ port: number; heads: string[] }> {
  const heads: string[] = [];
  const api = net.createServer((socket) => {
    let buffer = '';
    let upgraded = false;
    socket.on('data', (chunk) => {
      if (upgraded) return void socket.write(chunk);
      buffer += chunk.toString('latin1');
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      heads.push(buffer.slice(0, end));
      upgraded = true;
      socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n');
      const rest = buffer.slice(end + 4);
      if (rest) socket.write(rest);
    });
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  closers.push(() => api.close());
  return { port: (api.address() as AddressInfo).port, heads };
}

async function web(apiPort: number): Promise<number> {
  const server = http.createServer((_req, res) => res.end('page'));
  const open = forwardUpgrades(server, `http://127.0.0.1:${apiPort}`);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => {
    for (const socket of open) socket.destroy();
    server.close();
  });
  return (server.address() as AddressInfo).port;
}

function upgrade(port: number, path: string): Promise<{ status: number; socket?: net.Socket }> {
  return new Promise((resolve, reject) => {
    const request = http.request({
      port,
      host: '127.0.0.1',
      path,
      headers: {
        connection: 'Upgrade',
        upgrade: 'websocket',
        origin: 'http://localhost:3000',
        cookie: 'continuite_session=abc',
        'x-forwarded-for': '6.6.6.6',
        'sec-websocket-protocol': 'graphql-transport-ws',
      },
    });
    request.on('upgrade', (response, socket) => resolve({ status: response.statusCode!, socket }));
    request.on('response', (response) => resolve({ status: response.statusCode! }));
    request.on('error', reject);
    request.end();
  });
}

describe('forwardUpgrades', () => {
  it('hands the upgrade on /graphql to the api with the cookie and Origin, and pipes both ways', async () => {
    const api = await fakeApi();
    const port = await web(api.port);

    const { status, socket } = await upgrade(port, '/graphql');
    socket!.write('ping');
    const echoed = await new Promise<string>((resolve) => socket!.once('data', (chunk) => resolve(chunk.toString())));
    socket!.destroy();

    expect(status).toBe(101);
    expect(echoed).toBe('ping');
    const head = api.heads[0]!;
    expect(head).toMatch(/^GET \/graphql HTTP\/1\.1\r\n/);
    expect(head).toMatch(/\r\ncookie: continuite_session=abc\r\n/i);
    expect(head).toMatch(/\r\norigin: http:\/\/localhost:3000\r\n/i);
    expect(head).toMatch(/\r\nsec-websocket-protocol: graphql-transport-ws\r\n/i);
    // Who is behind the web is the web's to say, not the browser's.
    expect(head).not.toContain('6.6.6.6');
    expect(head).toMatch(/\r\nX-Forwarded-For: (::ffff:)?127\.0\.0\.1/);
  });

  it('refuses an upgrade anywhere else', async () => {
    const api = await fakeApi();
    const port = await web(api.port);

    const { status } = await upgrade(port, '/autre');

    expect(status).toBe(404);
    expect(api.heads).toEqual([]);
  });

  it('answers 502 when the api cannot be reached', async () => {
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const port = await web(deadPort);

    const { status } = await upgrade(port, '/graphql');

    expect(status).toBe(502);
  });
});
