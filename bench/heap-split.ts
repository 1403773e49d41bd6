import { readFileSync } from 'node:fs';

export interface HeapSplit {
  /** V8's own: machine code, bytecode, feedback, deopt data, line ends (node type "code"). */
  codeBytes: number;
  /** Everything else: the objects, strings, arrays and closures the program keeps. */
  objectBytes: number;
}

interface HeapSnapshotFile {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
}

/** Sums a .heapsnapshot's self sizes into V8's code and the program's objects. */
export function heapSplit(file: string): HeapSplit {
  const { snapshot, nodes } = JSON.parse(readFileSync(file, 'utf8')) as HeapSnapshotFile;
  const fields = snapshot.meta.node_fields;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const code = snapshot.meta.node_types[0].indexOf('code');
  const split: HeapSplit = { codeBytes: 0, objectBytes: 0 };
  for (let i = 0; i < nodes.length; i += fields.length) {
    if (nodes[i + typeAt] === code) split.codeBytes += nodes[i + sizeAt]!;
    else split.objectBytes += nodes[i + sizeAt]!;
  }
  return split;
}
