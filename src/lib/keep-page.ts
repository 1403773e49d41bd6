/**
 * While a form holds what the user typed, the page objects to being unloaded. Main closes the
 * hidden popover's page after a while to give its renderer back (shell/window.ts); Electron
 * reports this objection as `will-prevent-unload`, and main then keeps the window. Returns the
 * function that withdraws the objection.
 */
export function keepPageWhileTyping(
  target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
): () => void {
  const objection = (event: Event) => event.preventDefault();
  target.addEventListener('beforeunload', objection);
  return () => target.removeEventListener('beforeunload', objection);
}
