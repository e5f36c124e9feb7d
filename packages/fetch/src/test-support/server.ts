import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A route answer: status, headers and body (string → UTF-8, or raw bytes). */
export interface Route {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Never answer (timeout tests). */
  hang?: boolean;
  /** Stream this many bytes in 64 KiB chunks without Content-Length (size-cap tests). */
  streamBytes?: number;
}

/** A node:http server on 127.0.0.1:0 (or ::1) serving fixed routes and counting hits per path. */
export interface TestServer {
  origin: string;
  port: number;
  hits: Map<string, number>;
  requests: http.IncomingMessage[];
  route(path: string, route: Route | ((origin: string) => Route)): void;
  close(): Promise<void>;
}

export async function startServer(host = '127.0.0.1'): Promise<TestServer> {
  const routes = new Map<string, Route | ((origin: string) => Route)>();
  const hits = new Map<string, number>();
  const requests: http.IncomingMessage[] = [];
  let origin = '';
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    requests.push(req);
    const entry = routes.get(path);
    const route = typeof entry === 'function' ? entry(origin) : entry;
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (route.hang) return;
    if (route.streamBytes !== undefined) {
      res.writeHead(route.status ?? 200, route.headers ?? { 'content-type': 'text/html' });
      let left = route.streamBytes;
      const chunk = Buffer.alloc(65536, 0x61);
      const pump = (): void => {
        while (left > 0) {
          const n = Math.min(left, chunk.length);
          left -= n;
          if (!res.write(chunk.subarray(0, n))) {
            res.once('drain', pump);
            return;
          }
        }
        res.end();
      };
      res.on('error', () => {});
      pump();
      return;
    }
    res.writeHead(route.status ?? 200, route.headers ?? {});
    res.end(route.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const port = (server.address() as AddressInfo).port;
  origin = host.includes(':') ? `http://[${host}]:${port}` : `http://${host}:${port}`;
  return {
    origin, port, hits, requests,
    route: (path, route) => { routes.set(path, route); },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
