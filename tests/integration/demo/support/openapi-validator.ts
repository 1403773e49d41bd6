import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';
import { expect } from 'vitest';

/** An OpenAPI subset of Cloudflare's (tests/fixtures): its schemas and paths. */
export interface OpenApiDocument {
  components: { schemas: Record<string, unknown> };
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: unknown }> } }>>;
}

export function readOpenApiFixture(file: string): OpenApiDocument {
  return JSON.parse(
    readFileSync(new URL(`../../../fixtures/${file}`, import.meta.url), 'utf8'),
  ) as OpenApiDocument;
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

/** The document's own refs (#/components/…) made absolute, for a schema compiled on its own. */
function absoluteRefs(node: unknown, docId: string): unknown {
  if (Array.isArray(node)) return node.map((item) => absoluteRefs(item, docId));
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' && value.startsWith('#')
        ? `${docId}${value}`
        : absoluteRefs(value, docId),
    ]),
  );
}

export interface OpenApiValidator {
  (name: string): ValidateFunction;
  /** The schema a path's operation declares inline for its 200 answer. */
  response(path: string, method: string): ValidateFunction;
  /** Expects `body` to match the named schema, showing Ajv's errors when it does not. */
  expectValid(name: string, body: unknown): void;
}

/** A validator for the document's named component schemas. */
export function createValidator(openapi: OpenApiDocument, file: string): OpenApiValidator {
  const docId = `https://invitray.test/${file}`;
  // OpenAPI annotations are declared so strict mode still catches unknown keywords. Type strictness is
  // off: Cloudflare's document puts uniqueItems on array items, which is harmless but not strict JSON Schema.
  const ajv = new Ajv({
    strict: true,
    strictTypes: false,
    allErrors: true,
    keywords: [
      'example',
      'x-auditable',
      'x-stainless-terraform-configurability',
      'x-stainless-terraform-always-send',
      'components',
    ],
    formats: {
      'date-time': (value: string) =>
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(value) &&
        !Number.isNaN(Date.parse(value)),
      email: /^[^@\s]+@[^@\s]+\.[^@\s]+$/,
    },
  });
  ajv.addSchema({ $id: docId, components: toJsonSchema(openapi.components) });
  const named = (name: string) => {
    const validate = ajv.getSchema(`${docId}#/components/schemas/${name}`);
    if (!validate) throw new Error(`no schema ${name}`);
    return validate;
  };
  const response = (path: string, method: string) => {
    const operation = openapi.paths[path]?.[method] as
      { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> } | undefined;
    const inline = operation?.responses?.['200']?.content?.['application/json']?.schema;
    if (inline === undefined) throw new Error(`no 200 schema for ${method} ${path}`);
    return ajv.compile(toJsonSchema(absoluteRefs(inline, docId)) as object);
  };
  const expectValid = (name: string, body: unknown) => {
    const validate = named(name);
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
  };
  return Object.assign(named, { response, expectValid });
}
