import { redactError } from "../auth/redact-error.ts";
import { ClaudeError } from "../errors/claude-error.ts";
import { ConnectionError } from "../errors/connection-error.ts";
import { CredentialError } from "../errors/credential-error.ts";
import { errorFromResponse } from "../errors/error-from-response.ts";
import { isRetryableStatus } from "../retry/policy.ts";
import { backoffDelay, parseRetryAfter } from "../retry/timing.ts";
import { RequestControl } from "../timeout/request-control.ts";
import { sleep } from "../timeout/sleep.ts";
import type { ClientContext, RequestOptions } from "./context.ts";
import { followRedirects, isRedirect } from "./follow-redirects.ts";

export interface Outgoing {
  readonly method: string;
  readonly url: string;
  /**
   * Lower-cased, without credentials: `send` writes them into this object (it must be the
   * request's own), and only for the client's own origin.
   */
  readonly headers: Record<string, string>;
  readonly body?: BodyInit | null;
  /** False for a one-shot body (a stream): such a request is never sent twice. */
  readonly replayable?: boolean;
}

export interface Sent {
  readonly response: Response;
  /** Still live: the body is read under it, and disposing it ends the request. */
  readonly control: RequestControl;
}

/**
 * Why a request may be sent without its abort signal. Following a signal is a measurable part
 * of a loopback round trip in undici (Node's fetch): about 8% of a request's CPU at 64 in
 * flight, for a WeakRef, a FinalizationRegistry entry and an EventTarget listener per request.
 * Before the response headers arrive, the signal is only needed if the budget can run out
 * first. When the fetch is known to give up by itself sooner (`fetchHeadersTimeout`, set by
 * `@claude-spec/node` for Node's fetch), the budget cannot, so the signal is withheld while
 * waiting for headers; `RequestControl.awaitResponse` still rejects the call the moment it is
 * aborted, and every body is read through a reader that the abort cancels.
 *
 * Never withheld: when the caller passed a signal (an abort must reach the network), nor for
 * uploads and bodies over 1 Mi characters, whose sending time the fetch's header timer does not
 * bound.
 */
const withholdBodyLimit = 1024 * 1024;

/**
 * The longest `retry-after` the client waits for, in ms. A server asking for more (an hour,
 * ten) is not waited for even under `timeout: Infinity`: the error is thrown at once with
 * its `retryAfter`, and the caller decides.
 */
export const maxRetryAfter = 60_000;

/**
 * Maps whatever a fetch threw to a typed error, preferring the reason we aborted with. Its
 * text is masked: a fetch refusing a header value (a key with a line break) quotes it.
 */
function fetchFailure(context: ClientContext, control: RequestControl, error: unknown): ClaudeError {
  const detail = error instanceof Error ? `${error.message}${error.cause instanceof Error ? ` (${error.cause.message})` : ""}` : String(error);
  const failure = control.reason instanceof ClaudeError ? control.reason : error instanceof ClaudeError ? error : new ConnectionError(`connection failed: ${detail}`, { cause: error });
  return redactError(failure, context.redactor.redact);
}

/**
 * Sends a request with the contract's retry policy: connection errors and retryable statuses
 * are tried again up to `maxRetries` times, waiting what the server asked for or a capped,
 * jittered backoff, all within one time budget. A wait that does not fit in the budget is not
 * started: the error is thrown at once, carrying `retryAfter`. Non-2xx answers become typed
 * errors unless `keepErrors` (the path-style client returns them instead).
 */
export async function send(
  context: ClientContext,
  outgoing: Outgoing,
  options: RequestOptions | undefined,
  keepErrors = false,
): Promise<Sent> {
  const maxRetries = options?.maxRetries ?? context.maxRetries;
  const control = new RequestControl(options?.timeout ?? context.timeout, options?.signal);
  const credentialed = outgoing.url.startsWith(context.origin) && outgoing.url.charCodeAt(context.origin.length) === 47;
  const replayable = outgoing.replayable !== false;
  const body = outgoing.body ?? null;
  // See `withholdBodyLimit`: only a small JSON body (or none) on a call the caller cannot abort.
  const withholdable = context.fetchHeadersTimeout > 0 && !control.hasCallerSignal && (body === null || (typeof body === "string" && body.length <= withholdBodyLimit));
  const init: RequestInit & { headers: Record<string, string> } = {
    method: outgoing.method,
    headers: outgoing.headers,
    body,
    // Set for each attempt (see `withholdBodyLimit`); asking for it makes the controller.
    signal: undefined as AbortSignal | undefined,
    redirect: "manual" as const,
    // A stream body needs half duplex (Fetch standard); other bodies ignore it.
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  };
  if (!credentialed) context.log.warn?.("sending no credentials to another origin", { url: outgoing.url });
  for (let retry = 0; ; retry++) {
    if (credentialed) {
      // Outside the try below: a failing credential provider is its own error, not a
      // connection error to retry.
      let auth: Record<string, string>;
      try {
        const pending = context.auth({ method: outgoing.method, url: outgoing.url, headers: init.headers, body });
        auth = pending instanceof Promise ? await pending : pending;
      } catch (error) {
        control.dispose();
        // Our own errors (no credentials set, a platform's missing auth library) say what to
        // do already; only what a caller's provider threw is wrapped.
        throw redactError(
          error instanceof ClaudeError ? error : new CredentialError(`the credential provider failed: ${(error as Error)?.message ?? error}`, { cause: error }),
          context.redactor.redact,
        );
      }
      // The headers object is this request's own (built for it), so the credential is
      // written into it rather than into a copy per attempt.
      Object.assign(init.headers, auth);
    }
    let response: Response;
    try {
      if (withholdable && control.remaining() > context.fetchHeadersTimeout) {
        init.signal = undefined;
        response = await control.awaitResponse(context.fetch(outgoing.url, init));
      } else {
        init.signal = control.signal;
        response = await context.fetch(outgoing.url, init);
      }
      if (isRedirect(response)) {
        // Rare enough that the hops simply get the signal.
        init.signal = control.signal;
        response = await followRedirects(context, outgoing.url, init, replayable, response);
      }
    } catch (error) {
      const failure = fetchFailure(context, control, error);
      if (!(failure instanceof ConnectionError) || retry >= maxRetries || !replayable) {
        control.dispose();
        throw failure;
      }
      await wait(context, control, backoffDelay(retry, {}, context.random), failure, retry);
      continue;
    }
    const status = response.status;
    if (status >= 200 && status < 300) return { response, control };
    if (retry < maxRetries && replayable && isRetryableStatus(response.status, response.headers)) {
      const delay = parseRetryAfter(response.headers) ?? backoffDelay(retry, {}, context.random);
      // A wait past `maxRetryAfter` (a huge retry-after under `timeout: Infinity`) is not
      // started either: the error is thrown with its retryAfter.
      if (delay < control.remaining() && delay <= maxRetryAfter) {
        response.body?.cancel().catch(() => {});
        await wait(context, control, delay, `${response.status}`, retry, response.headers.get("request-id"));
        continue;
      }
    }
    if (keepErrors) return { response, control };
    try {
      const error = await errorFromResponse(response, context.redactor.redact, (stop) => control.onAbort(stop), context.platform?.errorEnvelope);
      throw control.reason ?? error;
    } finally {
      control.dispose();
    }
  }
}

async function wait(
  context: ClientContext,
  control: RequestControl,
  delay: number,
  cause: ClaudeError | string,
  retry: number,
  requestId: string | null = null,
): Promise<void> {
  if (delay >= control.remaining() && cause instanceof ClaudeError) {
    control.dispose();
    throw cause;
  }
  context.log.info?.(`retrying in ${Math.round(delay)} ms`, {
    retry: retry + 1,
    after: cause instanceof ClaudeError ? cause.message : `status ${cause}`,
    requestId,
  });
  try {
    await sleep(delay, control.signal);
  } catch (error) {
    control.dispose();
    throw control.reason ?? error;
  }
}
