/**
 * Reads the official TypeScript SDK's published declarations (`resources/**\/*.d.ts`, which
 * carry the shape of the official API spec) with the TypeScript compiler, and its compiled
 * resources (`resources/**\/*.js`) for the operations' methods and paths. Only what
 * drift-targets.ts asks for is read.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

export type ParamLocation = "body" | "query" | "header" | "path";

export interface SdkProperty {
  readonly name: string;
  readonly location: ParamLocation;
}

export class SdkSurface {
  readonly #root: string;
  readonly #program: ts.Program;
  readonly #checker: ts.TypeChecker;

  /** `resourcesDir`: the SDK's `resources/` folder; `files`: the declarations to load (relative to it). */
  constructor(resourcesDir: string, files: readonly string[]) {
    this.#root = resourcesDir;
    const rootNames = [...new Set(files)].map((f) => join(resourcesDir, f));
    this.#program = ts.createProgram(rootNames, { noEmit: true, skipLibCheck: true, types: [], target: ts.ScriptTarget.ES2022, moduleResolution: ts.ModuleResolutionKind.Node10 });
    this.#checker = this.#program.getTypeChecker();
  }

  /** The declaration named by `file#Name`, or undefined when the SDK no longer has it. */
  #declaration(ref: string): ts.InterfaceDeclaration | ts.TypeAliasDeclaration | undefined {
    const [file, name] = ref.split("#") as [string, string];
    const source = this.#program.getSourceFile(join(this.#root, file));
    if (!source) return undefined;
    for (const statement of source.statements) {
      if ((ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) && statement.name.text === name) return statement;
    }
    return undefined;
  }

  has(ref: string): boolean {
    return this.#declaration(ref) !== undefined;
  }

  #stringLiterals(type: ts.Type): string[] {
    const parts = type.isUnion() ? type.types : [type];
    return parts.filter((t) => t.isStringLiteral()).map((t) => (t as ts.StringLiteralType).value);
  }

  /** `by: "literal"`: the string literals of a union; `by: "type"`: each member's `type` literal(s). */
  values(ref: string, by: "type" | "literal"): string[] {
    const decl = this.#declaration(ref);
    if (!decl) return [];
    const type = this.#checker.getTypeAtLocation(decl.name);
    if (by === "literal") return this.#stringLiterals(type);
    const members = type.isUnion() ? type.types : [type];
    const out: string[] = [];
    for (const member of members) {
      const property = member.getProperty("type");
      if (!property) continue;
      out.push(...this.#stringLiterals(this.#checker.getTypeOfSymbolAtLocation(property, decl)));
    }
    return out;
  }

  /** An interface's properties (inherited ones included), placed by their `Body/Query/Header/Path param:` doc prefix. */
  properties(ref: string): SdkProperty[] {
    const decl = this.#declaration(ref);
    if (!decl) return [];
    const type = this.#checker.getTypeAtLocation(decl.name);
    return this.#checker.getPropertiesOfType(type).map((symbol) => {
      const doc = ts.displayPartsToString(symbol.getDocumentationComment(this.#checker)).trimStart();
      const prefix = /^(Body|Query|Header|Path) param:/.exec(doc)?.[1]?.toLowerCase() as ParamLocation | undefined;
      // Pagination params inherited from PageCursorParams/PageParams carry no prefix: they are query params.
      const inherited = symbol.declarations?.some((d) => d.getSourceFile().fileName.includes("/core/")) ?? false;
      return { name: symbol.name, location: prefix ?? (inherited ? "query" : "body") };
    });
  }

  /** Every `METHOD /path` the compiled resources call, with path parameters as `{}` and `?beta=true` dropped. */
  operations(): string[] {
    const out = new Set<string>();
    const call = /_client\.(get|post|put|patch|delete|getAPIList)\(\s*(?:\(0,\s*[\w$]+\.path\)\s*)?[`'"]([^`'"]+)[`'"]/g;
    for (const file of walk(this.#root)) {
      if (!file.endsWith(".js")) continue;
      for (const match of readFileSync(file, "utf8").matchAll(call)) {
        const method = match[1] === "getAPIList" ? "GET" : match[1]!.toUpperCase();
        const path = match[2]!.replace(/\?beta=true$/, "").replace(/\$\{[^}]*\}/g, "{}");
        out.add(`${method} ${path}`);
      }
    }
    return [...out].sort();
  }

  relative(path: string): string {
    return relative(this.#root, path);
  }
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}
