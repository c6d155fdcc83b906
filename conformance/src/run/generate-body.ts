/**
 * Generated request bodies of an exact size (`generate` in a case): a Messages,
 * count_tokens or batch JSON body whose one user turn is padding, or a multipart upload
 * whose file is padding. Sizes may be relative to an operation's `x-body-size-limit`, so
 * the limits are read from the spec's operation table and never restated in cases.
 */
import { operationsById } from "@claude-spec/contract";
import { paddedBody, printfCommand, type BodySource } from "../http/body-source.ts";
import type { GeneratedBody, SizeSpec } from "../cases/case-types.ts";

export function resolveSize(size: SizeSpec): number {
  if (typeof size === "number") return size;
  const op = (operationsById as Record<string, { bodySizeLimit: number | null } | undefined>)[size.limit];
  if (!op) throw new Error(`unknown operation ${size.limit} in a body size`);
  if (op.bodySizeLimit === null) throw new Error(`${size.limit} declares no x-body-size-limit`);
  return op.bodySizeLimit + size.offset;
}

function shellFor(prefix: string, padBytes: number, suffix: string): string {
  // The padding differs from what the suite sends ('a's, not words); size and shape are the same.
  return `{ ${printfCommand(prefix)}; head -c ${padBytes} /dev/zero | tr '\\0' 'a'; ${printfCommand(suffix)}; }`;
}

function padded(prefix: string, suffix: string, size: number, contentType: string, what: string): BodySource {
  const padBytes = size - Buffer.byteLength(prefix) - Buffer.byteLength(suffix);
  return paddedBody(prefix, padBytes, suffix, contentType, `${size} bytes: ${what} padded with ${padBytes} bytes of text`, shellFor(prefix, padBytes, suffix));
}

export interface GenerateContext {
  readonly model: string;
  /** A directive to embed (reference-server faults), already serialised with its prefix. */
  readonly directive?: string;
  readonly boundary: string;
}

export function generateBody(spec: GeneratedBody, ctx: GenerateContext): BodySource {
  const size = resolveSize(spec.size);
  const model = JSON.stringify(ctx.model);
  const metadata = ctx.directive ? `,"metadata":{"user_id":${JSON.stringify(ctx.directive)}}` : "";
  switch (spec.kind) {
    case "messages":
      return padded(`{"model":${model},"max_tokens":16${metadata},"messages":[{"role":"user","content":"`, `"}]}`, size, "application/json", "a Messages request");
    case "count-tokens": {
      const system = ctx.directive ? `,"system":${JSON.stringify(ctx.directive)}` : "";
      return padded(`{"model":${model}${system},"messages":[{"role":"user","content":"`, `"}]}`, size, "application/json", "a count_tokens request");
    }
    case "batch":
      return padded(
        `{"requests":[{"custom_id":"bulk-0","params":{"model":${model},"max_tokens":16${metadata},"messages":[{"role":"user","content":"`,
        `"}]}}]}`,
        size,
        "application/json",
        "a one-request batch",
      );
    case "file":
    case "skill":
      return multipartPadded(spec.kind, size, ctx);
  }
}

function part(boundary: string, name: string, filename: string | null, contentType: string | null): string {
  const disposition = `Content-Disposition: form-data; name="${name}"${filename === null ? "" : `; filename="${filename}"`}`;
  return `--${boundary}\r\n${disposition}\r\n${contentType ? `Content-Type: ${contentType}\r\n` : ""}\r\n`;
}

function multipartPadded(kind: "file" | "skill", size: number, ctx: GenerateContext): BodySource {
  const b = ctx.boundary;
  let prefix = ctx.directive ? `${part(b, "claude-spec-fault", null, null)}${ctx.directive}\r\n` : "";
  if (kind === "file") {
    prefix += part(b, "file", "bulk-padding.txt", "text/plain");
  } else {
    const skillMd = "---\nname: bulk-padding\ndescription: A skill whose only purpose is to be large.\n---\n\n# Bulk padding\n";
    prefix += `${part(b, "files[]", "bulk-padding/SKILL.md", "text/markdown")}${skillMd}\r\n`;
    prefix += part(b, "files[]", "bulk-padding/padding.txt", "text/plain");
  }
  const suffix = `\r\n--${b}--\r\n`;
  return padded(prefix, suffix, size, `multipart/form-data; boundary=${b}`, kind === "file" ? "a file upload" : "a skill upload");
}
