/**
 * What can be uploaded, and its normal form. A Blob or File (including a file-backed Blob
 * such as Node's `fs.openAsBlob`) is sent as it is, streamed by the runtime; bytes become a
 * Blob; a stream is sent as a stream (never buffered), so its request cannot be retried.
 */
export type UploadContent =
  | Blob
  | ArrayBuffer
  | ArrayBufferView
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array>;

/** Content with the name and type the part should carry. */
export interface UploadFile {
  readonly content: UploadContent | string;
  /** The part's filename; for a skill file, its path inside the skill (`my-skill/SKILL.md`). */
  readonly name?: string;
  /** Alias of `name` for skill files. */
  readonly path?: string;
  /** The media type. @default the Blob's own type, else "application/octet-stream" */
  readonly type?: string;
  /** The size in bytes, when known for a stream (lets the size limit be checked up front). */
  readonly size?: number;
}

export type Uploadable = UploadContent | UploadFile;

export interface FilePart {
  readonly filename: string;
  readonly type: string;
  readonly body: Blob | ReadableStream<Uint8Array>;
  readonly size: number | null;
}

const isUploadFile = (value: unknown): value is UploadFile =>
  typeof value === "object" && value !== null && "content" in value;

/** True for values that make a file part (anything but strings, numbers and booleans). */
export function isUploadable(value: unknown): value is Uploadable {
  return (
    value instanceof Blob ||
    value instanceof ArrayBuffer ||
    ArrayBuffer.isView(value) ||
    value instanceof ReadableStream ||
    isUploadFile(value) ||
    (typeof value === "object" && value !== null && Symbol.asyncIterator in value)
  );
}

function toStream(source: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const iterator = source[Symbol.asyncIterator]();
  return new ReadableStream({
    async pull(controller) {
      const { done, value } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    async cancel(reason) {
      await iterator.return?.(reason);
    },
  });
}

export function toFilePart(value: Uploadable, fallbackName = "file"): FilePart {
  const file = isUploadFile(value) ? value : { content: value };
  const content = typeof file.content === "string" ? new TextEncoder().encode(file.content) : file.content;
  // A File from a directory picker knows its path inside the directory.
  const relative = (content as { webkitRelativePath?: string }).webkitRelativePath;
  const filename = file.path ?? file.name ?? (relative || (content as { name?: string }).name) ?? fallbackName;
  const blobType = content instanceof Blob ? content.type : "";
  const type = file.type ?? (blobType || "application/octet-stream");
  if (content instanceof Blob) return { filename, type, body: content, size: content.size };
  if (content instanceof ArrayBuffer || ArrayBuffer.isView(content)) {
    const blob = new Blob([content as ArrayBuffer]);
    return { filename, type, body: blob, size: blob.size };
  }
  const body = content instanceof ReadableStream ? content : toStream(content);
  return { filename, type, body, size: file.size ?? null };
}
