/**
 * Finds the operation a request is for, from the generated operation table. Paths are taken
 * from the URL with Hono's `getPath` and parameters decoded with its `tryDecodeURIComponent`:
 * the rules this server has always routed by (`%2D` in a model id still finds the model, a
 * malformed escape is kept as sent), without building Hono's app and context per request.
 * Routes are tried in the table's order; paths without parameters are one map lookup.
 */
import type { OperationInfo } from "@claude-spec/contract";
import { getPath, tryDecodeURIComponent } from "hono/utils/url";

export interface RouteMatch {
  readonly op: OperationInfo;
  readonly params: Readonly<Record<string, string>>;
}

interface Route {
  readonly op: OperationInfo;
  readonly method: string;
  /** Per path segment: the literal text, or null for a parameter. */
  readonly literals: readonly (string | null)[];
  /** Per path segment: the parameter's name, or null for literal text. */
  readonly names: readonly (string | null)[];
  readonly fixed: boolean;
}

const noParams: Readonly<Record<string, string>> = Object.freeze({});

function compile(op: OperationInfo): Route {
  const parts = op.path.split("/");
  const names = parts.map((p) => /^\{([^}]+)\}$/.exec(p)?.[1] ?? null);
  return { op, method: op.method.toUpperCase(), literals: parts.map((p, i) => (names[i] === null ? p : null)), names, fixed: names.every((n) => n === null) };
}

/** Parameters match one non-empty segment; literal segments match exactly. */
function matches(route: Route, segments: readonly string[]): boolean {
  if (segments.length !== route.literals.length) return false;
  for (let i = 0; i < segments.length; i++) {
    const literal = route.literals[i];
    if (literal === null ? segments[i] === "" : segments[i] !== literal) return false;
  }
  return true;
}

/** The path routing compares, from an absolute URL (decoded as described above). */
export function routingPath(url: string): string {
  // getPath reads only `url` from the request it is given.
  return getPath({ url } as Request);
}

export class Router {
  readonly #routes: readonly Route[];
  /** method → path → operation, for routes without parameters that no earlier route shadows. */
  readonly #fixed = new Map<string, Map<string, OperationInfo>>();

  constructor(operations: readonly OperationInfo[]) {
    this.#routes = operations.map(compile);
    this.#routes.forEach((route, index) => {
      if (!route.fixed) return;
      const segments = route.op.path.split("/");
      const shadowed = this.#routes.slice(0, index).some((earlier) => earlier.method === route.method && matches(earlier, segments));
      if (shadowed) return;
      let byPath = this.#fixed.get(route.method);
      if (!byPath) this.#fixed.set(route.method, (byPath = new Map()));
      if (!byPath.has(route.op.path)) byPath.set(route.op.path, route.op);
    });
  }

  match(method: string, path: string): RouteMatch | undefined {
    const fixed = this.#fixed.get(method)?.get(path);
    if (fixed) return { op: fixed, params: noParams };
    const segments = path.split("/");
    for (const route of this.#routes) {
      if (route.method !== method || route.fixed || !matches(route, segments)) continue;
      const params: Record<string, string> = {};
      for (let i = 0; i < segments.length; i++) {
        const name = route.names[i];
        if (name) params[name] = tryDecodeURIComponent(segments[i]!);
      }
      return { op: route.op, params };
    }
    return undefined;
  }
}
