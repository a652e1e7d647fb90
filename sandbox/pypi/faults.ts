/**
 * Switchable failures for a sandbox route: an error status, a connection
 * reset, a request that never gets an answer, or a 429 with Retry-After.
 * Shared by the index and the OIDC issuer.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { writeHead } from './http.js';

interface FaultBase {
  /** Any method when omitted. */
  method?: string;
  /** A string matches the path exactly (without the query); a RegExp is tested on path + query. */
  path: string | RegExp;
  /** How many requests it hits; every matching request until `clear()` when omitted. */
  times?: number;
}

export type Fault = FaultBase &
  (
    | { kind: 'status'; status: number; body?: string }
    | { kind: 'reset' }
    | { kind: 'timeout' }
    | { kind: 'rate-limit'; retryAfter: number }
  );

export interface FaultSwitch {
  add(fault: Fault): void;
  clear(): void;
}

export class Faults implements FaultSwitch {
  private faults: Array<{ fault: Fault; left: number }> = [];
  /** Requests held open by 'timeout' faults; released (destroyed) on close. */
  readonly held = new Set<Socket>();

  add(fault: Fault): void {
    this.faults.push({ fault, left: fault.times ?? Infinity });
  }

  clear(): void {
    this.faults = [];
  }

  /** The fault for this request, if any, counting it as used. */
  take(method: string, url: string): Fault | undefined {
    const pathname = url.split('?')[0] as string;
    for (const entry of this.faults) {
      const f = entry.fault;
      if (entry.left <= 0) continue;
      if (f.method && f.method.toUpperCase() !== method.toUpperCase()) continue;
      const hit = typeof f.path === 'string' ? f.path === pathname : f.path.test(url);
      if (!hit) continue;
      entry.left--;
      return f;
    }
    return undefined;
  }

  /** Answers (or refuses to answer) the request as the fault says. */
  apply(fault: Fault, req: IncomingMessage, res: ServerResponse): void {
    switch (fault.kind) {
      case 'status':
        writeHead(res, fault.status, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(fault.body ?? `${fault.status} sandbox fault\n`);
        return;
      case 'rate-limit':
        writeHead(res, 429, {
          'Content-Type': 'text/plain; charset=utf-8',
          'Retry-After': String(fault.retryAfter),
        });
        res.end('429 Too Many Requests\n');
        return;
      case 'reset':
        // An RST rather than a clean FIN: what a client sees when a proxy dies.
        req.socket.resetAndDestroy();
        return;
      case 'timeout':
        this.held.add(req.socket);
        req.socket.on('close', () => this.held.delete(req.socket));
        return;
    }
  }
}
