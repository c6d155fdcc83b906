/**
 * Checks one normalised interaction against the spec: request body and header values,
 * declared status, response header values, and the body (JSON, every SSE event's data, or
 * every JSONL line). Used by the recorded-traffic test and by the fixture check.
 */
import { createContractValidator, mediaType, type OperationId, type Violation } from "@claude-spec/contract";
import { parseServerSentEvents } from "@claude-spec/client/sse";
import type { Fixture } from "./fixture.ts";

const validator = createContractValidator();

/**
 * Values that recorders substituted for real ones (`<REQUEST_ID>`, `REQUEST-ID-XXX`): they
 * say nothing about the API, so they are not checked against the header's schema.
 */
export function isRecorderPlaceholder(value: string): boolean {
  return /^<[A-Z_]+>$/.test(value) || /^[A-Z0-9-]+-XXX$/.test(value);
}

function withoutPlaceholders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([, v]) => !isRecorderPlaceholder(v)));
}

export interface InteractionResult {
  violations: Violation[];
  /** How many separately validated values (bodies, events, lines, headers) were checked. */
  checked: number;
}

export function checkInteraction(f: Fixture): InteractionResult {
  const id = f.operationId as OperationId;
  const out: Violation[] = [];
  let checked = 0;

  // A request the API rejected with 400 may well break the request schema: that is why
  // it was rejected. Its response is still checked.
  if (f.request.body !== null && f.request.body !== undefined && f.response.status !== 400) {
    out.push(...validator.requestBody(id, f.request.body));
    checked++;
  }
  // Recorders keep only some request headers, so only the values present are checked.
  const requestHeaderViolations = validator
    .requestHeaders(id, f.request.headers)
    .filter((v) => v.rule !== "required-header");
  out.push(...requestHeaderViolations);

  const { status, headers } = f.response;
  if (!validator.declaresStatus(id, status)) {
    out.push({ where: "response.status", pointer: "", rule: "status-declared", message: `${f.operationId} does not declare status ${status}` });
    return { violations: out, checked };
  }
  // Presence of required response headers is not checked here: recorders filter headers
  // (60 of the 175 recordings lack request-id). The reference server and suite check presence.
  out.push(...validator.responseHeaders(id, status, withoutPlaceholders(headers)).filter((v) => v.rule !== "required-header"));
  checked += Object.keys(headers).length;

  const declared = validator.responseMediaTypes(id, status);
  const contentType = headers["content-type"];
  if (contentType && !validator.declaresMediaType(id, status, contentType)) {
    out.push({ where: "response.header.content-type", pointer: "", rule: "media-type-declared", message: `${mediaType(contentType)} is not declared (${declared.join(", ")})` });
  }

  if (f.response.sse !== undefined) {
    parseServerSentEvents(f.response.sse).forEach((event, i) => {
      const where = `response.sse[${i}]`;
      let data: unknown;
      try {
        data = JSON.parse(event.data);
      } catch {
        out.push({ where: `${where}.data`, pointer: "", rule: "json", message: "data is not JSON" });
        return;
      }
      const type = (data as { type?: unknown })?.type;
      if (event.event !== type) {
        out.push({ where: `${where}.event`, pointer: "", rule: "event-name-equals-type", message: `event: ${JSON.stringify(event.event)} but data.type is ${JSON.stringify(type)}` });
      }
      out.push(...validator.responseBody(id, status, "text/event-stream", data, `${where}.data`));
      checked++;
    });
  } else if (f.response.jsonl !== undefined) {
    f.response.jsonl.split("\n").forEach((line, i) => {
      if (line.trim() === "") return;
      const where = `response.jsonl[${i}]`;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        out.push({ where, pointer: "", rule: "json", message: "line is not JSON" });
        return;
      }
      out.push(...validator.responseBody(id, status, "application/x-jsonl", value, where));
      checked++;
    });
  } else if (f.response.body !== undefined && declared.includes("application/json")) {
    out.push(...validator.responseBody(id, status, "application/json", f.response.body));
    checked++;
  }
  return { violations: out, checked };
}
