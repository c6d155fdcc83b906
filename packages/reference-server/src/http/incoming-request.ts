/**
 * A request as the request-handling logic sees it, whatever the runtime: what a web
 * `Request` offers, cut down to what the server reads. The web entry fills it from a
 * `Request` (app.ts); the Node entry fills it lazily from Node's IncomingMessage
 * (node/node-request.ts), so nothing a handler does not read is ever built.
 */
import type { ResetConnection } from "../faults/apply-fault.ts";
import type { RequestBody } from "./request-body.ts";
import type { RequestHeaders } from "./request-headers.ts";

export interface IncomingRequest {
  /** Upper-case, as sent. */
  readonly method: string;
  /** The absolute URL, as `Request.url` gives it (`http://host/v1/messages?beta=true`). */
  readonly url: string;
  readonly headers: RequestHeaders;
  readonly body: RequestBody;
  /** Resets the client's connection (a real TCP reset on Node); without it a reset fault errors the body stream. */
  readonly resetConnection: ResetConnection | undefined;
}
