import { readFileSync } from 'node:fs';

export interface HeapSplit {
  /** V8's own: machine code, bytecode, feedback, deopt data, line ends (node type "code"). */
  codeBytes: number;
  /** Everything else: the objects, strings, arrays and closures the program keeps. */
  objectBytes: number;
  /** objectBytes by node type and constructor, e.g. "object Map", "string", "closure". */
  objectBytesByConstructor: Map<string, number>;
}

interface HeapSnapshotFile {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

// Strings are named by their content: they count as one kind, not one per text.
const NAMELESS_TYPES = new Set([
  'string',
  'concatenated string',
  'sliced string',
  'number',
  'hidden',
  'array',
]);

/** Sums a .heapsnapshot's self sizes into V8's code and the program's objects (by constructor). */
export function heapSplit(file: string): HeapSplit {
  const { snapshot, nodes, strings } = JSON.parse(readFileSync(file, 'utf8')) as HeapSnapshotFile;
  const fields = snapshot.meta.node_fields;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const types = snapshot.meta.node_types[0];
  const code = types.indexOf('code');
  const split: HeapSplit = { codeBytes: 0, objectBytes: 0, objectBytesByConstructor: new Map() };
  for (let i = 0; i < nodes.length; i += fields.length) {
    const size = nodes[i + sizeAt]!;
    if (nodes[i + typeAt] === code) {
      split.codeBytes += size;
      continue;
    }
    split.objectBytes += size;
    const type = types[nodes[i + typeAt]!]!;
    const key = NAMELESS_TYPES.has(type) ? type : `${type} ${strings[nodes[i + nameAt]!]}`;
    split.objectBytesByConstructor.set(key, (split.objectBytesByConstructor.get(key) ?? 0) + size);
  }
  return split;
}

/** The largest changes by constructor from `first` to `last`, biggest first. */
export function constructorGrowth(first: HeapSplit, last: HeapSplit, count: number): Record<string, number> {
  const keys = new Set([...first.objectBytesByConstructor.keys(), ...last.objectBytesByConstructor.keys()]);
  const growth = [...keys].map((key): [string, number] => [
    key,
    (last.objectBytesByConstructor.get(key) ?? 0) - (first.objectBytesByConstructor.get(key) ?? 0),
  ]);
  growth.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  return Object.fromEntries(growth.slice(0, count));
}
