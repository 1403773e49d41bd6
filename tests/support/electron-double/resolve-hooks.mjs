// ESM resolve hook (module.register): the specifier `electron` becomes the double, the ESM
// face for `import` and the CommonJS file for `require` routed through the hooks (Node 22+).
let targets = null;

export function initialize(data) {
  targets = data;
}

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') {
    const url = context.conditions?.includes('require') ? targets.cjs : targets.esm;
    return { url, format: url.endsWith('.mjs') ? 'module' : 'commonjs', shortCircuit: true };
  }
  return nextResolve(specifier, context);
}
