import { expect } from 'vitest';
import { DEMO_GLOBAL_KEY, DEMO_TOKEN } from '../../../../electron/main/core/demo';
import { AppError } from '../../../../electron/main/core/errors';

/** The AppError a call rejects with; also checks no demo secret leaked into it. */
export async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error: unknown = await promise.then(
    () => new Error('expected the call to fail'),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  const info = JSON.stringify((error as AppError).info) + (error as AppError).message;
  expect(info).not.toContain(DEMO_TOKEN);
  expect(info).not.toContain(DEMO_GLOBAL_KEY);
  return error as AppError;
}
