/**
 * A real HTTP server on 127.0.0.1 that answers each request with the next handler of a
 * script (the last repeats), for faults that need a socket: resets, stalls, cut bodies.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export async function startServer(...handlers: Handler[]) {
  const sockets = new Set<Socket>();
  let count = 0;
  const server = createServer((req, res) => {
    const handler = handlers[Math.min(count++, handlers.length - 1)]!;
    req.resume();
    req.on("end", () => handler(req, res));
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return count;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}): Handler => (_, res) => {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), "request-id": `req_${status}`, ...headers });
  res.end(text);
};

export const apiError = (status: number, type: string, headers: Record<string, string> = {}): Handler =>
  json(status, { type: "error", error: { type, message: `${type} (test)` }, request_id: `req_${status}` }, headers);

/** Destroys the connection before any response byte. */
export const reset: Handler = (req) => req.socket.destroy();
