/**
 * A `multipart/form-data` body (RFC 7578) encoded as a stream, for uploads whose content is
 * itself a stream: FormData holds only Blobs, and reading a stream into one would buffer
 * the whole file. Filenames are escaped as the HTML standard's form encoding does.
 */
import type { FilePart } from "./uploadable.ts";

export type Field = readonly [name: string, value: string | FilePart];

const escape = (text: string) => text.replace(/"/g, "%22").replace(/\r/g, "%0D").replace(/\n/g, "%0A");

export function multipartStream(fields: readonly Field[], boundary: string): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let index = 0;
  let reader: ReadableStreamDefaultReader<Uint8Array> | null = null;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (reader) {
        const { done, value } = await reader.read();
        if (!done) return controller.enqueue(value);
        reader = null;
        return controller.enqueue(encoder.encode("\r\n"));
      }
      const field = fields[index++];
      if (!field) {
        controller.enqueue(encoder.encode(`--${boundary}--\r\n`));
        return controller.close();
      }
      const [name, value] = field;
      let head = `--${boundary}\r\nContent-Disposition: form-data; name="${escape(name)}"`;
      if (typeof value === "string") {
        return controller.enqueue(encoder.encode(`${head}\r\n\r\n${value}\r\n`));
      }
      head += `; filename="${escape(value.filename)}"\r\nContent-Type: ${value.type}\r\n\r\n`;
      controller.enqueue(encoder.encode(head));
      reader = (value.body instanceof Blob ? value.body.stream() : value.body).getReader();
    },
    async cancel(reason) {
      await reader?.cancel(reason);
    },
  });
}
