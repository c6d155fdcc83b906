/**
 * @module
 * `@claude-spec/browser`: the claude-spec client for web pages. It is the runtime-agnostic
 * client with one addition: it will not start until the caller says, with
 * `dangerouslyAllowBrowser: true`, that they know the key is exposed to the page's users.
 * With it, every request carries `anthropic-dangerous-direct-browser-access: true`, without
 * which the API refuses cross-origin (CORS) requests.
 */
import {
  ClaudeError,
  clientFor as coreClientFor,
  createClient as createCoreClient,
  leanClientFor as coreLeanClientFor,
  type ClaudeClient,
  type ClientOptions,
  type LeanOperationInfo,
  type OperationId,
  type OperationInfo,
  type Platform,
  type ServedBy,
} from "@claude-spec/client";

export * from "@claude-spec/client";

export interface BrowserClientOptions extends ClientOptions {
  /**
   * Required, and must be `true`: an API key used from a page can be read by anyone who can
   * open that page. Safe uses: a key the page's own user typed in, or a `baseURL` of your own
   * backend that adds the key server-side.
   */
  readonly dangerouslyAllowBrowser: true;
}

/** Why the client refuses to start without the opt-in (the message of the error it throws). */
export const browserRefusal =
  "@claude-spec/browser needs `dangerouslyAllowBrowser: true`: anyone who can open the page can read " +
  "the API key. Call the API from your server, or pass it if the key is the page user's own.";

function requireOptIn(options: BrowserClientOptions | undefined): void {
  // Checked at run time too: plain JavaScript callers get no type error.
  if ((options as Partial<BrowserClientOptions> | undefined)?.dangerouslyAllowBrowser !== true) {
    throw new ClaudeError(browserRefusal);
  }
}

/** A Claude API client for the browser, with every resource; throws a `ClaudeError` without `dangerouslyAllowBrowser: true`. */
export function createClient<const P extends Platform = Platform>(options: BrowserClientOptions & { readonly platform?: P }): ClaudeClient<ServedBy<P>> {
  requireOptIn(options);
  return createCoreClient(options);
}

/**
 * A client with only the operations a page calls (`clientFor([messagesCreateOperation], …)`):
 * the rows it is not given, and their resources, stay out of the page's bundle.
 */
export function clientFor<const Rows extends readonly OperationInfo[], const P extends Platform = Platform>(
  rows: Rows,
  options: BrowserClientOptions & { readonly platform?: P },
): ClaudeClient<Extract<Rows[number]["operationId"], ServedBy<P>>> {
  requireOptIn(options);
  return coreClientFor(rows, options);
}

/**
 * The smallest client: `clientFor` without uploads, JSON Lines, downloads and pages, for a
 * page that only sends messages (`leanClientFor([messagesCreateOperation], …)`).
 */
export function leanClientFor<const Rows extends readonly LeanOperationInfo[], const P extends Platform = Platform>(
  rows: Rows,
  options: BrowserClientOptions & { readonly platform?: P },
): ClaudeClient<Extract<Rows[number]["operationId"], ServedBy<P>>> {
  requireOptIn(options);
  return coreLeanClientFor(rows, options);
}
