/**
 * Validates traffic against the bundled spec: request bodies and headers, declared
 * statuses, response headers, JSON bodies, each SSE event's data and each JSONL line.
 * Every schema is compiled once, on first use.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import formatsModule from "ajv-formats";
import { operationsById, type OperationId } from "@claude-spec/generated/operations";
import { indexVariantsByType, narrowErrors } from "./narrow-errors.ts";
import { escapePointer, resolve, specDocument, type Json } from "./spec-document.ts";
import type { Violation } from "./violation.ts";

const docId = "claude-spec-openapi.json";

// ajv-formats is CommonJS with a `default` property; under NodeNext the default import is
// the module object, while bundlers hand over the function itself. Accept both.
const addFormats: typeof formatsModule.default =
  (formatsModule as unknown as { default?: typeof formatsModule.default }).default ?? (formatsModule as never);

/** `text/event-stream; charset=utf-8` → `text/event-stream`. */
export function mediaType(contentType: string | null | undefined): string {
  return (contentType ?? "").split(";")[0]!.trim().toLowerCase();
}

/** The declared media-type key that covers `type`: itself, or a range (major type with a star subtype, or star/star; RFC 9110). */
function declaredKeyFor(declared: readonly string[], type: string): string | undefined {
  return declared.find((d) => d === type) ?? declared.find((d) => d === `${type.split("/")[0]}/*`) ?? declared.find((d) => d === "*/*");
}

export interface ContractValidator {
  /** Validates a value against `components.schemas[name]`. */
  schema(name: string, value: unknown, where?: string): Violation[];
  requestBody(operationId: OperationId, body: unknown): Violation[];
  /** Validates the request headers the operation declares as parameters (names are case-insensitive). */
  requestHeaders(operationId: OperationId, headers: Record<string, string | undefined>): Violation[];
  /** True when the operation declares this status. */
  declaresStatus(operationId: OperationId, status: number): boolean;
  /** Media types declared for a status (may include ranges, such as any type for downloads). */
  responseMediaTypes(operationId: OperationId, status: number): string[];
  /** True when a response's content type is one the status declares (ranges included). */
  declaresMediaType(operationId: OperationId, status: number, contentType: string): boolean;
  /** Validates the response headers declared for the status; a missing required header is a violation. */
  responseHeaders(operationId: OperationId, status: number, headers: Record<string, string | undefined>): Violation[];
  /** The response headers declared for a status, by lower-case name. */
  responseHeaderSchemas(operationId: OperationId, status: number): Record<string, Json>;
  /** Validates a JSON body (or, for SSE and JSONL media types, one event's data or one line). */
  responseBody(operationId: OperationId, status: number, contentType: string, body: unknown, where?: string): Violation[];
}

export function createContractValidator(doc: Json = specDocument): ContractValidator {
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema({ ...doc, $id: docId });
  const cache = new Map<string, ValidateFunction>();

  const compile = (pointer: string): ValidateFunction => {
    const cached = cache.get(pointer);
    if (cached) return cached;
    const fn = ajv.compile({ $ref: `${docId}#${pointer}` });
    cache.set(pointer, fn);
    return fn;
  };

  const variants = indexVariantsByType(doc.components?.schemas ?? {});
  const validateNamed = (name: string, value: unknown): ErrorObject[] => {
    const fn = compile(`/components/schemas/${escapePointer(name)}`);
    return fn(value) ? [] : [...(fn.errors as ErrorObject[])];
  };

  const check = (pointer: string, value: unknown, where: string): Violation[] => {
    const fn = compile(pointer);
    if (fn(value)) return [];
    return narrowErrors(fn.errors as ErrorObject[], value, variants, validateNamed).map((e) => ({
      where,
      pointer: e.instancePath,
      rule: e.keyword,
      message: describe(e),
      schemaPath: e.schemaPath,
    }));
  };

  const operationPointer = (id: OperationId): string => {
    const op = operationsById[id];
    if (!op) throw new Error(`unknown operation ${id}`);
    return `/paths/${escapePointer(op.path)}/${op.method}`;
  };

  // Looking a location up walks the document; servers validate on every request, so each
  // (operation, status) and request-body location is resolved once.
  const responses = new Map<string, ReturnType<typeof resolve>>();
  const response = (id: OperationId, status: number) => {
    const key = `${id} ${status}`;
    if (responses.has(key)) return responses.get(key);
    const base = `${operationPointer(id)}/responses`;
    const found = resolve(doc, `${base}/${status}`) ?? resolve(doc, `${base}/${String(status)[0]}XX`) ?? resolve(doc, `${base}/default`);
    responses.set(key, found);
    return found;
  };
  const requestBodies = new Map<string, ReturnType<typeof resolve>>();
  const requestBodyOf = (id: OperationId) => {
    if (!requestBodies.has(id)) requestBodies.set(id, resolve(doc, `${operationPointer(id)}/requestBody`));
    return requestBodies.get(id);
  };

  const parameters = (id: OperationId): Json[] => {
    const opPtr = operationPointer(id);
    const op = resolve(doc, opPtr)!.node;
    const item = resolve(doc, opPtr.slice(0, opPtr.lastIndexOf("/")))!.node;
    return [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p: Json, i: number) => {
      const ref = typeof p.$ref === "string" ? resolve(doc, p.$ref.slice(1)) : undefined;
      return ref ? { ...ref.node, __pointer: ref.pointer } : { ...p, __pointer: `${opPtr}/parameters/${i}` };
    });
  };

  const headerValue = (headers: Record<string, string | undefined>, name: string): string | undefined => {
    const lower = name.toLowerCase();
    for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === lower) return v;
    return undefined;
  };

  return {
    schema(name, value, where = name) {
      return check(`/components/schemas/${escapePointer(name)}`, value, where);
    },

    requestBody(id, body) {
      const rb = requestBodyOf(id);
      if (!rb) {
        // Clients often send `{}` with a bodiless POST (cancel); the API accepts it.
        const empty = body === undefined || body === null || (typeof body === "object" && Object.keys(body).length === 0);
        return empty
          ? []
          : [{ where: "request.body", pointer: "", rule: "no-request-body", message: "this operation takes no request body" }];
      }
      const types = Object.keys(rb.node.content ?? {});
      const json = types.find((t) => t === "application/json");
      if (!json) return []; // multipart bodies are checked part by part by their consumers
      return check(`${rb.pointer}/content/${escapePointer(json)}/schema`, body, "request.body");
    },

    requestHeaders(id, headers) {
      const out: Violation[] = [];
      for (const p of parameters(id)) {
        if (p.in !== "header") continue;
        const value = headerValue(headers, p.name);
        const where = `request.header.${p.name}`;
        if (value === undefined) {
          if (p.required) out.push({ where, pointer: "", rule: "required-header", message: `missing required header ${p.name}` });
          continue;
        }
        const isArray = resolve(doc, `${p.__pointer}/schema`)?.node.type === "array";
        const parsed = isArray ? value.split(",").map((s) => s.trim()).filter(Boolean) : value;
        out.push(...check(`${p.__pointer}/schema`, parsed, where));
      }
      return out;
    },

    declaresStatus(id, status) {
      return response(id, status) !== undefined;
    },

    responseMediaTypes(id, status) {
      return Object.keys(response(id, status)?.node.content ?? {});
    },

    declaresMediaType(id, status, contentType) {
      return declaredKeyFor(Object.keys(response(id, status)?.node.content ?? {}), mediaType(contentType)) !== undefined;
    },

    responseHeaders(id, status, headers) {
      const r = response(id, status);
      if (!r) return [{ where: "response.status", pointer: "", rule: "status-declared", message: `status ${status} is not declared` }];
      const out: Violation[] = [];
      for (const name of Object.keys(r.node.headers ?? {})) {
        const h = resolve(doc, `${r.pointer}/headers/${escapePointer(name)}`)!;
        const value = headerValue(headers, name);
        const where = `response.header.${name}`;
        if (value === undefined) {
          if (h.node.required) out.push({ where, pointer: "", rule: "required-header", message: `missing header ${name}` });
          continue;
        }
        out.push(...check(`${h.pointer}/schema`, value, where));
      }
      return out;
    },

    responseHeaderSchemas(id, status) {
      const r = response(id, status);
      const out: Record<string, Json> = {};
      for (const name of Object.keys(r?.node.headers ?? {})) {
        out[name.toLowerCase()] = resolve(doc, `${r!.pointer}/headers/${escapePointer(name)}`)!.node;
      }
      return out;
    },

    responseBody(id, status, contentType, body, where = "response.body") {
      const r = response(id, status);
      if (!r) return [{ where: "response.status", pointer: "", rule: "status-declared", message: `status ${status} is not declared` }];
      const type = mediaType(contentType);
      const declared = Object.keys(r.node.content ?? {});
      const key = declaredKeyFor(declared, type);
      if (!key) {
        return [{ where: "response.header.content-type", pointer: "", rule: "media-type-declared", message: `content type ${JSON.stringify(type)} is not one of ${declared.join(", ")}` }];
      }
      return check(`${r.pointer}/content/${escapePointer(key)}/schema`, body, where);
    },
  };
}

function describe(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "required":
      return `missing required property ${JSON.stringify(p.missingProperty)}`;
    case "const":
      return `must be ${JSON.stringify(p.allowedValue)}`;
    case "enum":
      return `must be one of ${JSON.stringify(p.allowedValues)}`;
    case "additionalProperties":
      return `unexpected property ${JSON.stringify(p.additionalProperty)}`;
    default:
      return e.message ?? e.keyword;
  }
}
