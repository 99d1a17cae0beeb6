import type { FieldErrors } from './input';

/**
 * Expected bad input found after parsing, such as an unknown metric or source: the message names
 * the field, so every door reports it like a schema error.
 */
export class InputError extends Error {
  constructor(readonly fields: FieldErrors) {
    super(
      Object.entries(fields)
        .map(([field, messages]) => `${field}: ${(messages ?? []).join('; ')}`)
        .join('; '),
    );
  }
}

export function inputError(field: string, message: string): InputError {
  return new InputError({ [field]: [message] });
}
