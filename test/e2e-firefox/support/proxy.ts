/**
 * A recording HTTP proxy that answers every request itself: Firefox is pointed at it for all non-loopback traffic, so
 * it sees requests from every part of the extension (background page and content script included), which BiDi's
 * network events, tied to tabs, may not. Plain requests get a 204; HTTPS tunnels (CONNECT) are refused after their
 * host is recorded. Loopback stays direct, so the local test pages load normally.
 */
import { createServer, type Server } from 'node:http';

export interface RecordingProxy {
  port: number;
  /** `METHOD url` for plain requests, `CONNECT host:port` for tunnels, in arrival order. */
  requests: string[];
  /** Firefox prefs that send every non-loopback request through this proxy. */
  prefs: Record<string, string | number | boolean>;
  close(): Promise<void>;
}

/** Starts the proxy on a free loopback port. */
export async function startRecordingProxy(): Promise<RecordingProxy> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    response.writeHead(204, { 'access-control-allow-origin': '*' });
    response.end();
  });
  server.on('connect', (request, socket) => {
    requests.push(`CONNECT ${request.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    requests,
    prefs: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.share_proxy_settings': true,
      // Names are resolved by the proxy, never by a DNS lookup from Firefox.
      'network.proxy.socks_remote_dns': true,
    },
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
