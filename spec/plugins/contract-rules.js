// Lint rules of our own that keep the contract complete: what the official spec leaves
// out (request-id, every error status, size limits, the standard headers) may not be
// left out of an operation here. Registered in ../redocly.yaml as `contract/<rule>`.

const errorStatuses = ["400", "401", "402", "403", "404", "409", "429", "500", "504", "529"];
const standardHeaders = ["anthropic-version", "anthropic-beta", "anthropic-dangerous-direct-browser-access"];
const docLink = /https:\/\/(platform|docs)\.claude\.com\//;

// A platform document (spec/platforms/*.yaml) states its own wire facts in the root's
// `x-platform`: which response headers carry the request id, which request headers every
// operation declares, which error statuses it answers. The first-party values above do
// not apply there (Bedrock answers x-amzn-requestid, never request-id; Vertex sends no
// request id at all; no platform answers 402 or 504), so the rules read these instead.
let platform = null;
const platformRoot = {
  Root: {
    enter(root) {
      platform = root["x-platform"] ?? null;
    },
  },
};

/** Every response, success or error, declares the `request-id` header. */
function RequestIdOnEveryResponse() {
  return {
    ...platformRoot,
    Response: {
      enter(response, ctx) {
        if (!/^[1-5]\d\d$/.test(String(ctx.key))) return;
        const names = Object.keys(response.headers ?? {}).map((h) => h.toLowerCase());
        for (const wanted of platform ? platform.requestIdHeaders : ["request-id"]) {
          if (!names.includes(wanted)) {
            ctx.report({ message: `Response ${ctx.key} must declare the ${wanted} header.`, location: ctx.location });
          }
        }
      },
    },
  };
}

/** Every operation declares each documented error status, and 413 when it takes a body. */
function ErrorStatusesDeclared() {
  return {
    ...platformRoot,
    Operation: {
      enter(operation, ctx) {
        const declared = Object.keys(operation.responses ?? {});
        const statuses = platform ? platform.errorStatuses.map(String) : errorStatuses;
        const wanted = operation.requestBody ? [...statuses, "413"] : statuses;
        const missing = wanted.filter((s) => !declared.includes(s));
        if (missing.length > 0) {
          ctx.report({
            message: `Operation must declare error responses ${missing.join(", ")}.`,
            location: ctx.location.child(["responses"]),
          });
        }
      },
    },
  };
}

/** Every operation with a request body says how large it may be, in bytes. */
function BodySizeLimitDeclared() {
  return {
    Operation: {
      enter(operation, ctx) {
        if (!operation.requestBody) return;
        const limit = operation["x-body-size-limit"];
        if (!Number.isInteger(limit) || limit <= 0) {
          ctx.report({
            message: "Operation with a request body must declare x-body-size-limit (a positive integer, in bytes).",
            location: ctx.location.child(["requestBody"]),
          });
        }
      },
    },
  };
}

/** Every 4xx/5xx response carries the JSON error envelope. */
function ErrorEnvelope() {
  return {
    Response: {
      enter(response, ctx) {
        if (!/^[45]\d\d$/.test(String(ctx.key))) return;
        const schema = response.content?.["application/json"]?.schema;
        if (!schema) {
          ctx.report({ message: `Error response ${ctx.key} must have an application/json error envelope.`, location: ctx.location });
        }
      },
    },
  };
}

/** Every operation declares the standard request headers (version, beta, browser access). */
function StandardParameters() {
  let seen = new Set();
  return {
    ...platformRoot,
    Operation: {
      enter() {
        seen = new Set();
      },
      Parameter: {
        enter(parameter) {
          if (parameter.in === "header") seen.add(String(parameter.name).toLowerCase());
        },
      },
      leave(operation, ctx) {
        const missing = (platform ? platform.standardHeaders : standardHeaders).filter((h) => !seen.has(h));
        if (missing.length > 0) {
          ctx.report({ message: `Operation must declare header parameters ${missing.join(", ")}.`, location: ctx.location.child(["parameters"]) });
        }
      },
    },
  };
}

/** operationIds are dotted resource paths (`messages.batches.create`): the client facade is built from them. */
function OperationIdDotted() {
  return {
    Operation: {
      enter(operation, ctx) {
        if (!/^[a-z][a-zA-Z]*(\.[a-z][a-zA-Z]*)+$/.test(operation.operationId ?? "")) {
          ctx.report({ message: "operationId must be a dotted resource path such as messages.batches.create.", location: ctx.location.child(["operationId"]) });
        }
      },
    },
  };
}

/** Every operation links the documentation page its facts come from. */
function DocLink() {
  return {
    Operation: {
      enter(operation, ctx) {
        if (!docLink.test(operation.description ?? "") && !docLink.test(operation.externalDocs?.url ?? "")) {
          ctx.report({ message: "Operation must link its documentation page (platform.claude.com/docs) in description or externalDocs.", location: ctx.location.child(["description"]) });
        }
      },
    },
  };
}

export default function contractRules() {
  return {
    id: "contract",
    rules: {
      oas3: {
        "request-id-on-every-response": RequestIdOnEveryResponse,
        "error-statuses-declared": ErrorStatusesDeclared,
        "body-size-limit-declared": BodySizeLimitDeclared,
        "error-envelope": ErrorEnvelope,
        "standard-parameters": StandardParameters,
        "operation-id-dotted": OperationIdDotted,
        "doc-link": DocLink,
      },
    },
  };
}
