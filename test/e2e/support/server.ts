/** A tiny static server for the local test pages: no network beyond loopback. */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  /** The same server under the name `localhost`: a different site for per-site settings. */
  localhostOrigin: string;
  close(): Promise<void>;
}

/** Serves files from `roots` (first match wins); `headers` adds per-path response headers (e.g. a CSP). */
export async function serveStatic(roots: string[], headers: Record<string, Record<string, string>> = {}): Promise<StaticServer> {
  const absoluteRoots = roots.map((root) => resolve(root));
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    for (const root of absoluteRoots) {
      const file = normalize(join(root, path));
      if (!file.startsWith(root)) break;
      try {
        const body = await readFile(file);
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers[path] });
        response.end(body);
        return;
      } catch {
        // try the next root
      }
    }
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    localhostOrigin: `http://localhost:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
