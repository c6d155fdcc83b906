/** A count as a report prints it: 10000 → "10,000". */
export function formatCount(n: number): string {
  return n.toLocaleString("en-US");
}
