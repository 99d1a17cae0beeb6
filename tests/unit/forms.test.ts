import { describe, expect, test } from 'vitest';
import { InputError, inputError } from '@/lib/errors';
import { invalidStateOf } from '@/lib/forms';

describe('invalidStateOf', () => {
  const values = { reason: 'typo', value: '12' };
  const fields = ['value', 'reason'] as const;

  test('an error on one of the form’s fields marks that field', () => {
    expect(invalidStateOf(inputError('value', 'Too big'), values, fields)).toEqual({
      status: 'invalid',
      fieldErrors: { value: ['Too big'] },
      values,
    });
  });

  test('an error on a key the form does not show fails with its message', () => {
    const error = inputError('status', 'A retracted claim cannot be edited');
    expect(invalidStateOf(error, values, fields)).toEqual({
      status: 'failed',
      message: 'A retracted claim cannot be edited',
      values,
    });
  });

  test('the form fails when any key is one it does not show, and says every message', () => {
    const error = new InputError({ value: ['Too big'], status: ['Already retracted'] });
    expect(invalidStateOf(error, values, fields)).toEqual({
      status: 'failed',
      message: 'Already retracted Too big',
      values,
    });
  });

  test('any other error is thrown on', () => {
    const bug = new Error('bug');
    expect(() => invalidStateOf(bug, values, fields)).toThrow(bug);
  });
});
