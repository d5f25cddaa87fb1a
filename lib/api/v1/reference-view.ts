import { openApiDocument } from "./openapi-document";

// The OpenAPI document read back as what the developers page lists: each operation with its
// parameters, the fields of its body and answer, and its statuses. The page renders this on the
// server, so the reference needs no script (the CSP allows none from elsewhere) and cannot differ
// from the document the API serves.

type Schema = {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  anyOf?: Schema[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  $ref?: string;
};

export interface ReferenceField {
  name: string;
  type: string;
  required: boolean;
}

export interface ReferenceOperation {
  operationId: string;
  method: string;
  path: string;
  parameters: ReferenceField[];
  requestFields: ReferenceField[];
  responseFields: ReferenceField[];
  statuses: string[];
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** A short type for a table cell: integer ≥ 0, string (date), boolean | null, enum values, array of object… */
export function typeOf(schema: Schema): string {
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(" | ");
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  const type = Array.isArray(schema.type) ? schema.type.join(" | ") : (schema.type ?? "any");
  if (type === "array" && schema.items) return `${typeOf(schema.items)}[]`;
  if (type === "integer") {
    const min = schema.minimum !== undefined && schema.minimum > -MAX_SAFE ? ` ≥ ${schema.minimum}` : "";
    const max = schema.maximum !== undefined && schema.maximum < MAX_SAFE ? ` ≤ ${schema.maximum}` : "";
    return `integer${min}${max}`;
  }
  if (type === "string" && schema.format) return `string (${schema.format})`;
  if (type === "string" && schema.pattern === "^\\d{4}-\\d{2}-\\d{2}$") return "string (YYYY-MM-DD)";
  if (type === "string" && schema.pattern) return `string /${schema.pattern}/`;
  return type;
}

function fieldsOf(schema: Schema | undefined, components: Record<string, Schema>, prefix = "", depth = 0): ReferenceField[] {
  if (!schema) return [];
  if (schema.$ref) return fieldsOf(components[schema.$ref.split("/").pop()!], components, prefix, depth);
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([name, property]) => {
    const field = { name: `${prefix}${name}`, type: typeOf(property), required: required.has(name) };
    // One level of nesting is listed (result.*, items[].*): deeper ones are in the JSON document.
    const nested = depth < 1 ? (property.type === "object" ? property : property.type === "array" && property.items?.type === "object" ? property.items : undefined) : undefined;
    const suffix = property.type === "array" ? "[]." : ".";
    return nested ? [field, ...fieldsOf(nested, components, `${prefix}${name}${suffix}`, depth + 1)] : [field];
  });
}

export function referenceOperations(): ReferenceOperation[] {
  const document = openApiDocument() as unknown as {
    paths: Record<string, Record<string, { operationId: string; parameters: Array<{ name: string; in: string; required: boolean; schema: Schema }>; requestBody?: { content: Record<string, { schema: Schema }> }; responses: Record<string, { content?: Record<string, { schema: Schema }> }> }>>;
    components: { schemas: Record<string, Schema> };
  };
  const components = document.components.schemas;
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, op]) => ({
      operationId: op.operationId,
      method: method.toUpperCase(),
      path,
      parameters: op.parameters.map((p) => ({ name: `${p.name} (${p.in})`, type: typeOf(p.schema), required: p.required })),
      requestFields: fieldsOf(op.requestBody?.content["application/json"]?.schema, components),
      responseFields: fieldsOf(op.responses["200"]?.content?.["application/json"]?.schema, components),
      statuses: Object.keys(op.responses),
    })),
  );
}

export function errorFields(): ReferenceField[] {
  const components = (openApiDocument() as unknown as { components: { schemas: Record<string, Schema> } }).components.schemas;
  return fieldsOf(components.Error, components);
}
