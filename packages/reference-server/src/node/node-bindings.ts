/**
 * What the Node entry gives the web-standard app for one request: the body and headers
 * read natively from the IncomingMessage, and a real connection reset. Made per request,
 * so it is a class whose parts are built only when used.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Bindings } from "../app.ts";
import type { RequestBody } from "../http/request-body.ts";
import { RecordHeaders } from "../http/request-headers.ts";
import { resetConnection } from "./connection.ts";
import { incomingBody } from "./incoming-body.ts";

export class NodeBindings implements Bindings {
  readonly #incoming: IncomingMessage;
  readonly #outgoing: ServerResponse;
  readonly headers: RecordHeaders;
  #body: RequestBody | undefined;

  constructor(incoming: IncomingMessage, outgoing: ServerResponse) {
    this.#incoming = incoming;
    this.#outgoing = outgoing;
    this.headers = new RecordHeaders(incoming.headers);
  }

  get body(): RequestBody {
    return (this.#body ??= incomingBody(this.#incoming));
  }

  readonly resetConnection = (): Promise<void> => resetConnection(this.#outgoing);
}
