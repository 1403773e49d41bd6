import { settingsSchema } from './settings-schema';

// settingsSchema checked by hand, for callers that only read the file and must start fast (the
// CLI): conf compiles the schema with ajv, and loading plus compiling it took longer than the
// whole `invitray list` request (issue 21). Only the keywords settingsSchema uses are known, with
// ajv's meaning (lengths in code points, patterns with the u flag). The answer is "certainly
// valid" or "not shown valid": any other keyword gives the second, so a later schema change
// sends readers back to conf, which decides, instead of letting a file through unchecked.

type Node = Record<string, unknown>;

const KNOWN = new Set([
  'type',
  'enum',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'pattern',
  'anyOf',
  'items',
  'maxItems',
  'properties',
  'required',
  'additionalProperties',
  'default',
]);

/** True only when the parsed file certainly satisfies settingsSchema as conf checks it. */
export function settingsCertainlyValid(data: unknown): boolean {
  return satisfies({ type: 'object', properties: settingsSchema }, data);
}

function satisfies(node: Node, value: unknown): boolean {
  if (Object.keys(node).some((keyword) => !KNOWN.has(keyword))) return false;
  if (node.anyOf !== undefined) return (node.anyOf as Node[]).some((option) => satisfies(option, value));
  if (node.enum !== undefined && !(node.enum as unknown[]).includes(value)) return false;
  switch (node.type) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    case 'integer':
      return isInteger(node, value);
    case 'string':
      return isString(node, value);
    case 'array':
      return (
        Array.isArray(value) &&
        (node.maxItems === undefined || value.length <= (node.maxItems as number)) &&
        (node.items === undefined || value.every((item) => satisfies(node.items as Node, item)))
      );
    case 'object':
      return isObject(node, value);
    default:
      return false;
  }
}

function isInteger(node: Node, value: unknown): boolean {
  if (typeof value !== 'number' || !Number.isInteger(value)) return false;
  if (node.minimum !== undefined && value < (node.minimum as number)) return false;
  return node.maximum === undefined || value <= (node.maximum as number);
}

function isString(node: Node, value: unknown): boolean {
  if (typeof value !== 'string') return false;
  // JSON Schema counts characters, not UTF-16 units: an emoji is one.
  const length = [...value].length;
  if (node.minLength !== undefined && length < (node.minLength as number)) return false;
  if (node.maxLength !== undefined && length > (node.maxLength as number)) return false;
  return node.pattern === undefined || new RegExp(node.pattern as string, 'u').test(value);
}

function isObject(node: Node, value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  const properties = (node.properties ?? {}) as Record<string, Node>;
  const required = (node.required ?? []) as string[];
  if (!required.every((key) => Object.hasOwn(record, key))) return false;
  // Only `false` (or absent) is understood; a schema for extra keys is not.
  if (node.additionalProperties !== undefined && node.additionalProperties !== false) return false;
  const keys = Object.keys(record);
  if (node.additionalProperties === false && !keys.every((key) => Object.hasOwn(properties, key)))
    return false;
  return keys.every((key) => !Object.hasOwn(properties, key) || satisfies(properties[key]!, record[key]));
}
