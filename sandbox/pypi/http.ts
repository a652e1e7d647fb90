/**
 * A loopback HTTP server for the sandboxes: listens on 127.0.0.1 and a free
 * port, turns handler exceptions into 500s (the test sees the stack on
 * stderr instead of a hung request), and closes for real: keep-alive and
 * deliberately stalled connections are destroyed, not waited for.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export interface LoopbackServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

export async function listenLoopback(handler: Handler): Promise<LoopbackServer> {
  const server = createServer((req, res) => {
    Promise.resolve()
      .then(() => handler(req, res))
      .catch((err: unknown) => {
        process.stderr.write(
          `sandbox server error on ${req.method} ${req.url}: ${(err as Error).stack ?? String(err)}\n`,
        );
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end('500 Internal Server Error (sandbox bug)\n');
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  let closed: Promise<void> | undefined;
  return {
    server,
    url: `http://127.0.0.1:${port}`,
    close() {
      closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive connections would otherwise hold close() open for
        // the keep-alive timeout; busy ones are the test's own business.
        server.closeAllConnections();
      });
      return closed;
    },
  };
}

/**
 * writeHead with headers set through setHeader, so they stay readable
 * (`getHeader`) after the fact, for the request log.
 */
export function writeHead(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  reason?: string,
): void {
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  if (reason === undefined) res.writeHead(status);
  else res.writeHead(status, reason);
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  writeHead(res, status, {
    'Content-Type': 'application/json',
    'Content-Length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

export function sendText(
  res: ServerResponse,
  status: number,
  body: string | Uint8Array,
  contentType: string,
  headers: Record<string, string> = {},
): void {
  const buf = typeof body === 'string' ? Buffer.from(body) : body;
  writeHead(res, status, {
    'Content-Type': contentType,
    'Content-Length': String(buf.length),
    ...headers,
  });
  res.end(buf);
}

export async function readBody(req: IncomingMessage, limit = 1024 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size <= limit) chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
