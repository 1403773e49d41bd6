import { parse } from 'svelte/compiler';

// Finds English a Svelte component writes itself instead of taking from the catalogue: template
// text, user-facing attributes (aria-label, title, placeholder, alt, a component's label/title),
// and string literals that read as prose in the script or in {expressions}. A heuristic, kept
// simple on purpose: translation keys, comparisons ('Escape', 'bad-credentials'), imports,
// console and Error messages are not text for people, and a few names stay as they are.

/** Never translated: the product, Cloudflare, and Cloudflare's own permission names. */
const PROPER_NAMES = ['Memberships Read', 'Memberships Write', 'Cloudflare', 'Invitray'];
const USER_FACING_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'title',
  'placeholder',
  'alt',
  'label',
]);

export interface Finding {
  where: 'text' | 'attribute' | 'expression' | 'script';
  text: string;
}

type Node = { type?: string; [key: string]: unknown };

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null;
const withoutNames = (text: string) => PROPER_NAMES.reduce((rest, name) => rest.split(name).join(''), text);

/** Template text: any word at all is English someone typed. */
const isWords = (text: string) => /[A-Za-z]{2,}/.test(withoutNames(text));
/** A string literal: prose if it has words and spaces, or is a capitalised word ("Copied"). */
function isProse(text: string): boolean {
  const rest = withoutNames(text).trim();
  return /[A-Za-z]{2,}/.test(rest) && (/\s/.test(rest) || /^[A-Z][a-z]/.test(rest));
}

function isTranslateCall(node: Node): boolean {
  const callee = node.callee as Node;
  return (
    (callee.type === 'Identifier' && callee.name === 't') ||
    (callee.type === 'MemberExpression' && (callee.property as Node).name === 't')
  );
}

function isLogOrError(node: Node): boolean {
  const callee = node.callee as Node;
  if (node.type === 'NewExpression')
    return callee.type === 'Identifier' && /Error$/.test(String(callee.name));
  return callee.type === 'MemberExpression' && (callee.object as Node).name === 'console';
}

const SKIPPED = new Set(['ImportDeclaration', 'ExportAllDeclaration', 'ImportExpression']);
const COMPARISONS = new Set(['===', '!==', '==', '!=', 'in']);

/** String literals in a JS/TS syntax tree that read as prose. */
function literals(node: unknown, where: Finding['where'], found: Finding[]): void {
  if (Array.isArray(node)) return node.forEach((child) => literals(child, where, found));
  if (!isNode(node) || typeof node.type !== 'string') return;
  if (SKIPPED.has(node.type) || node.type.startsWith('TS')) return;
  if (node.type === 'BinaryExpression' && COMPARISONS.has(String(node.operator))) return;
  if (node.type === 'Literal' && typeof node.value === 'string') {
    if (isProse(node.value)) found.push({ where, text: node.value });
    return;
  }
  if (node.type === 'TemplateLiteral') {
    const text = (node.quasis as Node[]).map((q) => (q.value as { cooked: string }).cooked).join('{}');
    if (isProse(text)) found.push({ where, text });
    return literals(node.expressions, where, found);
  }
  if (node.type === 'CallExpression' || node.type === 'NewExpression') {
    if (isLogOrError(node)) return;
    // The first argument of t() is a catalogue key; its params may still hold English.
    const args = node.arguments as Node[];
    literals(isTranslateCall(node) ? args.slice(1) : args, where, found);
    return literals(node.callee, where, found);
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === 'key' && node.type === 'Property' && !node.computed) continue;
    if (key !== 'loc' && key !== 'start' && key !== 'end') literals(value, where, found);
  }
}

function attribute(node: Node, found: Finding[]): void {
  if (node.type !== 'Attribute' || !USER_FACING_ATTRIBUTES.has(String(node.name))) return;
  const parts = Array.isArray(node.value) ? (node.value as Node[]) : [node.value as Node];
  for (const part of parts) {
    if (!isNode(part)) continue;
    if (part.type === 'Text' && isWords(String(part.data)))
      found.push({ where: 'attribute', text: String(part.data) });
    if (part.type === 'ExpressionTag') literals(part.expression, 'attribute', found);
  }
}

/** Walks the template: text and {expressions} in fragments, attributes on elements and components. */
function template(node: unknown, found: Finding[]): void {
  if (Array.isArray(node)) return node.forEach((child) => template(child, found));
  if (!isNode(node)) return;
  if (node.type === 'Text') {
    if (isWords(String(node.data))) found.push({ where: 'text', text: String(node.data).trim() });
    return;
  }
  if (node.type === 'ExpressionTag') return literals(node.expression, 'expression', found);
  if (Array.isArray(node.attributes)) (node.attributes as Node[]).forEach((a) => attribute(a, found));
  // Into nested fragments only: an {#if}'s test or an {#each}'s list is not shown.
  for (const value of Object.values(node)) {
    if (isNode(value) && value.type === 'Fragment') template(value.nodes, found);
    if (Array.isArray(value) && node.type === 'Fragment') template(value, found);
  }
}

export function hardCodedEnglish(source: string): Finding[] {
  const ast = parse(source, { modern: true });
  const found: Finding[] = [];
  template(ast.fragment, found);
  literals(ast.instance?.content, 'script', found);
  literals(ast.module?.content, 'script', found);
  return found;
}
