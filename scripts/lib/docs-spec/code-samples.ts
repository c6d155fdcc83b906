/**
 * Request samples for the docs, made from the spec for every operation (Redoc shows an
 * operation's `x-codeSamples`): a curl command and a TypeScript program with our client,
 * `@claude-spec/node`. Everything in them comes from the document: the server, the method
 * and path, the path parameters' examples, the body's example (the media type's, else its
 * schema's), the `anthropic-version` default, the operation's own beta (`x-beta`), and how
 * the client returns the answer (stream, pages, JSON Lines, download) from the operation table.
 */
import type { OperationInfo } from "@claude-spec/generated/operations";

type Json = Record<string, unknown>;

/** The sample languages, as Redoc's `codeSamples.languages` option names them (its key is the label). */
export const codeSampleLanguages = [
  { lang: "curl", label: "curl" },
  { lang: "TypeScript", label: "TypeScript" },
  { lang: "TypeScript", label: "TypeScript (stream)" },
  { lang: "Payload", label: "Payload" },
] as const;

export interface CodeSample {
  readonly lang: "Shell" | "TypeScript";
  readonly label: string;
  readonly source: string;
}

function resolve(doc: Json, node: unknown): Json | undefined {
  if (!node || typeof node !== "object") return undefined;
  const ref = (node as Json).$ref;
  if (typeof ref !== "string") return node as Json;
  return resolve(doc, ref.replace(/^#\//, "").split("/").reduce<unknown>((at, key) => (at as Json | undefined)?.[key], doc));
}

const isFile = (schema: Json | undefined) => schema?.type === "string" && (schema.format === "binary" || typeof schema.contentMediaType === "string");

/** One multipart field of the body: a file, a directory's files, or a plain value. */
type Field = { name: string; kind: "file" } | { name: string; kind: "files" } | { name: string; kind: "value"; value: string };

function multipartFields(doc: Json, schema: Json): Field[] {
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const properties = (schema.properties as Record<string, unknown> | undefined) ?? {};
  return Object.entries(properties)
    .filter(([name]) => required.has(name))
    .map(([name, raw]): Field => {
      const property = resolve(doc, raw);
      if (isFile(property)) return { name, kind: "file" };
      if (property?.type === "array" && isFile(resolve(doc, property.items))) return { name, kind: "files" };
      return { name, kind: "value", value: String(property?.example ?? property?.default ?? name) };
    });
}

interface Request {
  readonly op: OperationInfo;
  readonly server: string;
  readonly apiVersion: string;
  readonly pathArgs: readonly string[];
  readonly json?: unknown;
  readonly fields?: readonly Field[];
}

function describeRequest(doc: Json, op: OperationInfo, operation: Json): Request {
  const server = String(((doc.servers as Json[] | undefined)?.[0]?.url as string | undefined) ?? "https://api.anthropic.com");
  const params = ((operation.parameters as unknown[] | undefined) ?? []).map((p) => resolve(doc, p)).filter((p): p is Json => !!p);
  const version = params.find((p) => p.in === "header" && p.name === "anthropic-version");
  const versionSchema = resolve(doc, version?.schema);
  const apiVersion = String(version?.example ?? versionSchema?.default ?? (versionSchema?.enum as string[] | undefined)?.[0] ?? "2023-06-01");
  const pathArgs = op.pathParams.map((name) => {
    const p = params.find((q) => q.in === "path" && q.name === name);
    const example = p?.example ?? resolve(doc, p?.schema)?.example;
    if (example === undefined) throw new Error(`${op.operationId}: path parameter ${name} has no example to show`);
    return String(example);
  });
  const content = resolve(doc, operation.requestBody)?.content as Record<string, Json> | undefined;
  const media = op.requestContentType ? content?.[op.requestContentType] : undefined;
  const schema = resolve(doc, media?.schema);
  if (op.requestContentType === "application/json") {
    const json = media?.example ?? schema?.example;
    if (json === undefined) throw new Error(`${op.operationId}: the JSON body has no example (media type or schema) to show`);
    return { op, server, apiVersion, pathArgs, json };
  }
  if (op.requestContentType === "multipart/form-data" && schema) return { op, server, apiVersion, pathArgs, fields: multipartFields(doc, schema) };
  return { op, server, apiVersion, pathArgs };
}

const fileName = "./document.pdf";
const directory = "my-skill";

function curl(r: Request): string {
  let url = r.server + r.op.path;
  r.op.pathParams.forEach((name, i) => (url = url.replace(`{${name}}`, encodeURIComponent(r.pathArgs[i]!))));
  const lines = [`curl ${url}`];
  const hasBody = r.json !== undefined || (r.fields?.length ?? 0) > 0;
  if (r.op.method === "delete" || (r.op.method === "post" && !hasBody)) lines.push(`-X ${r.op.method.toUpperCase()}`);
  lines.push(`-H "x-api-key: $ANTHROPIC_API_KEY"`, `-H "anthropic-version: ${r.apiVersion}"`);
  // The operation's own beta, where the operation needs it (Files and Skills are GA: their beta only selects the older shape).
  if (r.op.beta?.required) lines.push(`-H "anthropic-beta: ${r.op.beta.name}"`);
  if (r.json !== undefined) lines.push(`-H "content-type: application/json"`, `-d '${JSON.stringify(r.json, null, 2).replaceAll("'", "'\\''")}'`);
  for (const field of r.fields ?? []) {
    if (field.kind === "file") lines.push(`-F "${field.name}=@${fileName}"`);
    else if (field.kind === "files") lines.push(`-F "${field.name}=@${directory}/SKILL.md;filename=${directory}/SKILL.md"`);
    else lines.push(`-F "${field.name}=${field.value}"`);
  }
  if (!r.op.responseContentTypes.some((t) => t === "application/json" || t === "application/x-jsonl")) lines.push(`-o download`);
  return lines.join(" \\\n  ");
}

/** The call's arguments as TypeScript: path parameters, then the body. */
function callArguments(r: Request): string {
  const args = r.pathArgs.map((value) => JSON.stringify(value));
  if (r.json !== undefined) args.push(JSON.stringify(r.json, null, 2));
  if (r.fields) {
    const entries = r.fields.map((f) => {
      const key = f.name.replace(/\[\]$/, "");
      const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
      if (f.kind === "file") return `${name}: await fileFromPath(${JSON.stringify(fileName)})`;
      if (f.kind === "files") return `${name}: await skillFilesFromDirectory(${JSON.stringify(`./${directory}`)})`;
      return `${name}: ${JSON.stringify(f.value)}`;
    });
    args.push(`{ ${entries.join(", ")} }`);
  }
  return args.join(", ");
}

function typescript(r: Request, streamed: boolean): string {
  const helpers = [...new Set((r.fields ?? []).flatMap((f) => (f.kind === "file" ? ["fileFromPath"] : f.kind === "files" ? ["skillFilesFromDirectory"] : [])))];
  const call = `client.${r.op.operationId}`;
  const args = callArguments(r);
  let use: string;
  if (streamed) {
    use = `const stream = await ${call.replace(/\.create$/, ".stream")}(${args});\nfor await (const text of stream.text()) process.stdout.write(text);\nconsole.log(await stream.finalMessage());`;
  } else if (r.op.pagination) {
    use = `// Every item, page after page (await the call instead for the first page only).\nfor await (const item of ${call}(${args})) console.log(item);`;
  } else if (r.op.responseContentTypes.includes("application/x-jsonl")) {
    use = `// One typed line at a time, in constant memory.\nfor await (const line of await ${call}(${args})) console.log(line);`;
  } else if (!r.op.responseContentTypes.includes("application/json")) {
    use = `const download = await ${call}(${args});\nconsole.log(download.contentType, download.size);`;
  } else {
    use = `const result = await ${call}(${args});\nconsole.log(result);`;
  }
  return [
    `import { ${["createClient", ...helpers].join(", ")} } from "@claude-spec/node";`,
    "",
    "// ANTHROPIC_API_KEY (and ANTHROPIC_BASE_URL, if set) come from the environment.",
    "const client = createClient();",
    "",
    use,
    "",
  ].join("\n");
}

/** The samples of one operation: curl, TypeScript, and for a streaming operation TypeScript streamed. */
export function codeSamples(doc: Json, op: OperationInfo, operation: Json): CodeSample[] {
  const request = describeRequest(doc, op, operation);
  const samples: CodeSample[] = [
    { lang: "Shell", label: "curl", source: curl(request) },
    { lang: "TypeScript", label: "TypeScript", source: typescript(request, false) },
  ];
  if (op.streaming && op.operationId.endsWith(".create")) samples.push({ lang: "TypeScript", label: "TypeScript (stream)", source: typescript(request, true) });
  return samples;
}
