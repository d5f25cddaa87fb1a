import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { openApiDocument } from "@/lib/api/v1/openapi-document";

// The contract check every API test runs on every answer it gets (tests/db/api-client.ts): the
// answer's status must be documented for its path and method, and its body must match the
// document's schema for that status. Response schemas are strict (no extra properties), so a route
// that starts answering a field its schema does not name fails here, as does an undocumented status.

interface Operation {
  responses: Record<string, { content?: { "application/json"?: { schema: { $ref: string } } } }>;
}
type Document = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, object> } };

let ajv: Ajv2020 | undefined;
const validators = new Map<string, ValidateFunction>();

function validatorFor(ref: string): ValidateFunction {
  if (!ajv) {
    ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
    addFormats.default(ajv);
    const doc = openApiDocument() as unknown as Document;
    for (const [name, schema] of Object.entries(doc.components.schemas)) ajv.addSchema(schema, `#/components/schemas/${name}`);
  }
  let validate = validators.get(ref);
  if (!validate) {
    validate = ajv.getSchema(ref)!;
    if (!validate) throw new Error(`the document has no schema ${ref}`);
    validators.set(ref, validate);
  }
  return validate;
}

/** The document's operation for a concrete path (`/api/v1/cities/nanchang/notice?page=2`), or null for an address it does not list. */
function operationFor(path: string, method: string): Operation | null | "method-missing" {
  const doc = openApiDocument() as unknown as Document;
  const pathname = new URL(path, "http://x").pathname;
  for (const [template, operations] of Object.entries(doc.paths)) {
    const pattern = new RegExp(`^${template.replace(/[.]/g, "\\.").replace(/\{[^}]+\}/g, "[^/]+")}$`);
    if (!pattern.test(pathname)) continue;
    return operations[method.toLowerCase()] ?? "method-missing";
  }
  return null;
}

/** Throws, naming what is wrong, unless the answer is what the document promises. */
export function assertMatchesContract(answer: { method: string; path: string; status: number; body: unknown }): void {
  const operation = operationFor(answer.path, answer.method);
  let ref: string;
  if (operation === null || operation === "method-missing") {
    // Addresses and methods the document does not list answer only in the error shape (404, 405, 403, 429).
    if (![403, 404, 405, 429].includes(answer.status)) throw new Error(`${answer.method} ${answer.path}: ${answer.status} for an undocumented address or method`);
    ref = "#/components/schemas/Error";
  } else {
    const response = operation.responses[String(answer.status)];
    if (!response) throw new Error(`${answer.method} ${answer.path}: status ${answer.status} is not in the document`);
    ref = response.content?.["application/json"]?.schema.$ref ?? "";
  }
  const validate = validatorFor(ref);
  if (!validate(answer.body)) {
    throw new Error(`${answer.method} ${answer.path} ${answer.status} does not match ${ref}: ${JSON.stringify(validate.errors)}`);
  }
}
