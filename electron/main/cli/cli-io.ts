/** Everything the CLI does to the outside world besides the API and files: injectable for tests. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Reads a secret: all of stdin when it is piped, else a prompt that does not echo. */
  readSecret(prompt: string): Promise<string>;
  /** Asks a yes/no question on stderr; true only for an answer of y or yes. */
  confirm(question: string): Promise<boolean>;
}

export const EXIT_OK = 0;
export const EXIT_ERROR = 1;
export const EXIT_BAD_CREDENTIALS = 2;

/** Strips terminal control characters so invite fields cannot move the cursor or recolour the terminal. */
export function printable(value: unknown): string {
  // eslint-disable-next-line no-control-regex
  return String(value ?? '').replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '?');
}
