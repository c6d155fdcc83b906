/**
 * The Node entry's request listener: Node's IncomingMessage in, the core's reply written
 * straight back. It only translates; every contract check runs in the core
 * (handle-request.ts), the same code the web entry runs.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestHandler } from "../handle-request.ts";
import { errorBody } from "../http/error-envelope.ts";
import { requestId } from "../http/ids.ts";
import type { Reply } from "../http/reply.ts";
import { answerEnvelope, missingHost, tooManyHeaders } from "./connection.ts";
import { bodyArrived } from "./incoming-body.ts";
import type { DrainBounds } from "./drain-body.ts";
import { NodeRequest } from "./node-request.ts";
import { requestUrl } from "./request-url.ts";
import { writeReply } from "./write-reply.ts";

export interface ListenerOptions {
  /** The URL host for a request without a Host header (HTTP/1.0): the listening host. */
  readonly hostname: string;
  readonly organizationId: string;
  readonly drain: DrainBounds;
  /** Most header fields a request may have (see tooManyHeaders). */
  readonly maxHeaderCount: number;
}

/** A target or Host that gives no URL: refused before any handler runs, as it always was. */
function malformedTarget(organizationId: string): Reply {
  const id = requestId();
  return {
    status: 400,
    headers: { "content-type": "application/json", "request-id": id, "anthropic-organization-id": organizationId, "x-should-retry": "false" },
    body: JSON.stringify(errorBody("invalid_request_error", "malformed request target or Host header", id)),
  };
}

async function serve(handle: RequestHandler, options: ListenerOptions, incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
  if (tooManyHeaders(incoming, options.maxHeaderCount)) {
    answerEnvelope(outgoing, 431, `request has more than ${options.maxHeaderCount} header fields`, options.organizationId);
    return;
  }
  if (missingHost(incoming)) {
    answerEnvelope(outgoing, 400, "Host header is required", options.organizationId);
    return;
  }
  const url = requestUrl(incoming.url ?? "/", incoming.headers.host || options.hostname);
  const request = url === undefined ? undefined : new NodeRequest(incoming, outgoing, url);
  let reply: Reply;
  try {
    reply = request === undefined ? malformedTarget(options.organizationId) : await handle(request);
  } catch {
    // The core answers every error itself; this is only a guard against a bug taking the process down.
    answerEnvelope(outgoing, 500, "Internal server error", options.organizationId);
    return;
  }
  try {
    writeReply(reply, incoming, outgoing, options.drain, request ? request.bodyArrived() : bodyArrived(incoming, 0));
  } catch {
    // writeHead refused a header value (the core never throws): an envelope, never a stack.
    if (!outgoing.headersSent) answerEnvelope(outgoing, 500, "Internal server error", options.organizationId);
    else outgoing.destroy();
  }
}

export function createRequestListener(handle: RequestHandler, options: ListenerOptions): (incoming: IncomingMessage, outgoing: ServerResponse) => void {
  return (incoming, outgoing) => void serve(handle, options, incoming, outgoing);
}
