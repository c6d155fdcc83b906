/**
 * A real loopback HTTP server that counts every TCP connection and keeps each request's
 * headers: a test that expects "nothing reached the network" checks `connections` is 0, one
 * that expects a request checks what arrived. Answers every request with an empty model list.
 */
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface CountingServer {
  readonly url: string;
  readonly connections: number;
  readonly requests: readonly IncomingHttpHeaders[];
  close(): Promise<void>;
}

export async function startCountingServer(): Promise<CountingServer> {
  let connections = 0;
  const requests: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    requests.push(req.headers);
    req.resume();
    const body = JSON.stringify({ data: [], has_more: false, first_id: null, last_id: null });
    res.writeHead(200, { "content-type": "application/json", "request-id": "req_counting" }).end(body);
  });
  server.on("connection", () => connections++);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get connections() {
      return connections;
    },
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
