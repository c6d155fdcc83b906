/** Steps the SDK tests share. */
import { directiveField } from "../../src/index.ts";

/** Polls a batch until it has ended (bounded: the test server ends batches within milliseconds). */
export async function waitForBatchEnd<T extends { processing_status: string }>(retrieve: () => Promise<T>): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const batch = await retrieve();
    if (batch.processing_status === "ended") return batch;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error("batch did not end");
}

/** Uploads a file marked downloadable through the upload directive (plain fetch: the SDKs cannot add form fields). */
export async function uploadDownloadable(url: string, headers: Record<string, string>): Promise<string> {
  const form = new FormData();
  form.append(directiveField, JSON.stringify({ downloadable: true }));
  form.append("file", new Blob(["downloadable bytes"], { type: "text/plain" }), "d.txt");
  const response = await fetch(`${url}/v1/files`, { method: "POST", headers, body: form });
  if (response.status !== 200) throw new Error(`upload failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}
