import { createServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface ConnectProxy {
  /** `http://127.0.0.1:PORT`, for HTTPS_PROXY / HTTP_PROXY. */
  url: string;
  /** `host:port` of every tunnel asked for, in order. */
  tunnels: string[];
  stop(): Promise<void>;
}

/**
 * An HTTP proxy that only tunnels (CONNECT), as corporate proxies in front of registries
 * do: what a client sends through it reaches the target byte for byte. Anything but
 * CONNECT is refused with 405, so a client that does not tunnel fails.
 *
 * `route` stands in for DNS: it names the local server a tunnel to `host:port` reaches
 * (a cloud service's real host name, so TLS names and the SDK's own host checks hold); a
 * tunnel it does not route is refused with 502 (still recorded), so nothing leaves the
 * machine.
 */
export async function startConnectProxy(
  opts: { route?: (host: string, port: number) => { host: string; port: number } | undefined } = {},
): Promise<ConnectProxy> {
  const tunnels: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((_req, res) => {
    res.writeHead(405, { 'content-type': 'text/plain' });
    res.end('this proxy only tunnels (CONNECT)\n');
  });
  server.on('connect', (req, client: Socket, head: Buffer) => {
    const target = req.url ?? '';
    tunnels.push(target);
    const at = target.lastIndexOf(':');
    let dest = { host: target.slice(0, at), port: Number(target.slice(at + 1)) };
    if (opts.route) {
      const routed = opts.route(dest.host, dest.port);
      if (!routed) {
        client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
        return;
      }
      dest = routed;
    }
    const upstream = connect(dest.port, dest.host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    tunnels,
    stop: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
