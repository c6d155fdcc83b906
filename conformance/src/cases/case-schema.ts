/** The case format's JSON Schema (`case.schema.json`), compiled once. */
import { readFileSync } from "node:fs";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import formatsModule from "ajv-formats";
import { packageFile } from "../package-root.ts";

// ajv-formats is CommonJS: under NodeNext its default import is the module object.
const addFormats: typeof formatsModule.default =
  (formatsModule as unknown as { default?: typeof formatsModule.default }).default ?? (formatsModule as never);

export const caseSchemaPath = packageFile("case.schema.json");
export const casesDir = packageFile("cases");

let validate: ValidateFunction | undefined;

function compiled(): ValidateFunction {
  if (validate) return validate;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  validate = ajv.compile(JSON.parse(readFileSync(caseSchemaPath, "utf8")));
  return validate;
}

/** Problems with a case file's shape, one line each; empty when it is valid. */
export function caseShapeProblems(value: unknown): string[] {
  const fn = compiled();
  if (fn(value)) return [];
  return (fn.errors as ErrorObject[]).map((e) => `${e.instancePath || "(case)"}: ${e.message ?? e.keyword}${e.params && "additionalProperty" in e.params ? ` (${String(e.params.additionalProperty)})` : ""}`);
}
