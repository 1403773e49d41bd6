import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';

// Cloudflare's own OpenAPI schemas (tests/fixtures/*.openapi.json) as validators, so the
// demo server's answers are checked against the real API shape.

export interface OpenApiDocument {
  components: { schemas: Record<string, unknown> };
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: unknown }> } }>>;
}

/**
 * OpenAPI 3.0 schemas are nearly JSON Schema. Ajv reads `nullable: true` itself;
 * the one fix-up is Cloudflare's `minLength: 1` next to the errors[] $ref, which
 * means "at least one error" and becomes minItems so it is enforced.
 */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (typeof node !== 'object' || node === null) return node;
  const entries = Object.entries(node).map(([key, value]) => [key, toJsonSchema(value)] as const);
  const converted: Record<string, unknown> = Object.fromEntries(entries);
  if (typeof converted.$ref === 'string' && typeof converted.minLength === 'number') {
    const { $ref, minLength, ...rest } = converted;
    return { ...rest, allOf: [{ $ref }], minItems: minLength };
  }
  return converted;
}

/** The document in tests/fixtures/`file`, and a validator for each of its component schemas. */
export function openApiValidator(file: string): {
  openapi: OpenApiDocument;
  schema(name: string): ValidateFunction;
} {
  const openapi = JSON.parse(
    readFileSync(new URL(`../../../fixtures/${file}`, import.meta.url), 'utf8'),
  ) as OpenApiDocument;
  const docId = `https://invitray.test/${file}`;
  // OpenAPI annotations are declared so strict mode still catches unknown keywords. Type strictness is
  // off: Cloudflare's document puts uniqueItems on array items, which is harmless but not strict JSON Schema.
  const ajv = new Ajv({
    strict: true,
    strictTypes: false,
    allErrors: true,
    keywords: ['example', 'x-auditable', 'x-stainless-terraform-configurability', 'components'],
    formats: {
      'date-time': (value: string) =>
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(value) &&
        !Number.isNaN(Date.parse(value)),
      email: /^[^@\s]+@[^@\s]+\.[^@\s]+$/,
    },
  });
  ajv.addSchema({ $id: docId, components: toJsonSchema(openapi.components) });
  return {
    openapi,
    schema(name) {
      const validate = ajv.getSchema(`${docId}#/components/schemas/${name}`);
      if (!validate) throw new Error(`no schema ${name}`);
      return validate;
    },
  };
}
