/** A listener set: listeners added later get later events; one throwing does not stop the others. */
export interface Emitter<T> {
  emit(value: T): void;
  on(listener: (value: T) => void): () => void;
  clear(): void;
}

export function createEmitter<T>(onListenerError: (error: unknown) => void): Emitter<T> {
  const listeners = new Set<(value: T) => void>();
  return {
    emit(value) {
      for (const listener of [...listeners]) {
        try {
          listener(value);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    clear() {
      listeners.clear();
    },
  };
}
