// ESM resolve hook registered by module-load-recorder.cjs: tells the main thread when a watched
// package is first asked for by `import` (static or dynamic), on the hooks thread's clock made
// absolute (timeOrigin + now), before any of it loads.
let port = null;
let watched = null;

export function initialize(data) {
  port = data.port;
  watched = new RegExp(data.watched);
}

export async function resolve(specifier, context, nextResolve) {
  if (watched.test(specifier))
    port.postMessage({ specifier, at: performance.timeOrigin + performance.now() });
  return nextResolve(specifier, context);
}
