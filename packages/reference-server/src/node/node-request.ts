/**
 * An IncomingRequest over Node's IncomingMessage: the headers are Node's own parsed record
 * (no `Headers` object is built), and the body reader and the connection reset are made
 * only when a handler asks for them. One is made per request, so it is a class.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ResetConnection } from "../faults/apply-fault.ts";
import type { IncomingRequest } from "../http/incoming-request.ts";
import type { RequestBody } from "../http/request-body.ts";
import { RecordHeaders } from "../http/request-headers.ts";
import { resetConnection } from "./connection.ts";
import { bodyArrived, IncomingBody } from "./incoming-body.ts";

export class NodeRequest implements IncomingRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: RecordHeaders;
  readonly #incoming: IncomingMessage;
  readonly #outgoing: ServerResponse;
  #body: IncomingBody | undefined;
  #reset: ResetConnection | undefined;

  constructor(incoming: IncomingMessage, outgoing: ServerResponse, url: string) {
    this.method = incoming.method || "GET";
    this.url = url;
    this.headers = new RecordHeaders(incoming.headers);
    this.#incoming = incoming;
    this.#outgoing = outgoing;
  }

  get body(): RequestBody {
    return (this.#body ??= new IncomingBody(this.#incoming));
  }

  /** Whether the rest of the body is already here (see bodyArrived), so an answer can end at once. */
  bodyArrived(): boolean {
    return bodyArrived(this.#incoming, this.#body?.consumed ?? 0);
  }

  /** A real TCP reset once what was written has left (connection.ts). */
  get resetConnection(): ResetConnection {
    return (this.#reset ??= () => resetConnection(this.#outgoing));
  }
}
