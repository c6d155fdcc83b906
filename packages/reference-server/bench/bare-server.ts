/**
 * The baseline for the throughput benchmark: a bare `node:http` server that reads the
 * request body and answers a fixed JSON document (the reference server's own reply to the
 * benchmark request, passed in BENCH_REPLY), with no framework, checks or headers.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

const reply = process.env.BENCH_REPLY ?? "{}";
const server = createServer((req, res) => {
  req.on("data", () => {});
  req.on("end", () => {
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(reply) });
    res.end(reply);
  });
});
server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
server.keepAliveTimeout = 60_000;
