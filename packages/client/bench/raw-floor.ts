/**
 * The floor: what a careful hand-written consumer does with bare `fetch`, with no client at
 * all. Each does the same work as the clients (the same requests, the same parsing, the same
 * accumulated result), so the ratios measure only what a client adds.
 */
const headers = { "content-type": "application/json", "x-api-key": "bench-key", "anthropic-version": "2023-06-01" };

/** Serialises its parameters per call, as any caller sending a new message does. */
export async function rawCreate(baseURL: string, params: object): Promise<unknown> {
  const response = await fetch(`${baseURL}/v1/messages`, { method: "POST", headers, body: JSON.stringify(params) });
  return response.json();
}

/** Splits on blank lines, parses each data line, appends text deltas. */
export async function rawStreamText(baseURL: string, body: string): Promise<string> {
  return streamTextOf(await fetch(`${baseURL}/v1/messages`, { method: "POST", headers, body }));
}

/** The decoding half of `rawStreamText`, for a response from anywhere. */
export async function streamTextOf(response: Response): Promise<string> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let start = 0;
    let end: number;
    while ((end = buffer.indexOf("\n\n", start)) !== -1) {
      const data = buffer.indexOf("data: ", start);
      if (data !== -1 && data < end) {
        const event = JSON.parse(buffer.slice(data + 6, end));
        if (event.type === "content_block_delta" && event.delta.type === "text_delta") text += event.delta.text;
      }
      start = end + 2;
    }
    buffer = buffer.slice(start);
  }
  return text;
}

/** Splits lines as they arrive and parses each. */
export async function rawJsonLines(url: string, onLine: (line: unknown) => void): Promise<void> {
  const response = await fetch(url, { headers: { "x-api-key": "bench-key", "anthropic-version": "2023-06-01" } });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let start = 0;
    let end: number;
    while ((end = buffer.indexOf("\n", start)) !== -1) {
      if (end > start) onLine(JSON.parse(buffer.slice(start, end)));
      start = end + 1;
    }
    buffer = buffer.slice(start);
  }
  if (buffer.trim()) onLine(JSON.parse(buffer));
}
