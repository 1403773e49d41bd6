const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * A screen that is its own chunk (Details, Settings, Accounts), tried twice like the catalogue
 * chunks: a failed read (a file replaced by an update, a busy disk) may not recur, and Chromium
 * fetches a failed import() again. If both tries fail, the caller shows why instead of a blank
 * screen, and the console says which one.
 */
export async function loadScreen<T>(
  load: () => Promise<T>,
  name: string,
  log: Pick<Console, 'warn' | 'error'> = console,
): Promise<T> {
  try {
    return await load();
  } catch (error) {
    log.warn(`Invitray could not load its ${name} screen (${reason(error)}); trying again.`);
  }
  try {
    return await load();
  } catch (error) {
    log.error(`Invitray could not load its ${name} screen (${reason(error)}).`);
    throw error;
  }
}
