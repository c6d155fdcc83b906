/**
 * Child entry: consumes one batch's JSON Lines with one variant and prints its peak memory,
 * so each measurement starts from a fresh process.
 * Usage: jsonl-memory.ts <baseURL> <variant> <lines>
 */
import { makeClients } from "./clients.ts";
import { rawJsonLines } from "./raw-floor.ts";

const [baseURL, variant, lines] = process.argv.slice(2) as [string, string, string];
const { ours, sdk } = makeClients(baseURL);
const id = `msgbatch_${lines}`;
let count = 0;
let peakHeap = 0;
const sample = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 5);
if (variant === "fetch") {
  await rawJsonLines(`${baseURL}/v1/messages/batches/${id}/results`, () => count++);
} else if (variant === "ours") {
  const batch = await ours.messages.batches.retrieve(id);
  for await (const _ of await ours.messages.batches.results(batch)) count++;
} else {
  for await (const _ of await sdk.messages.batches.results(id)) count++;
}
clearInterval(sample);
if (count !== Number(lines)) throw new Error(`${variant}: ${count} lines, expected ${lines}`);
process.stdout.write(JSON.stringify({ rssMB: process.resourceUsage().maxRSS / 1024, heapMB: peakHeap / 2 ** 20 }));
