/** Failed calls reduced to what the scenario pages show: message, code, field errors. */
import { TRPCClientError } from '@trpc/client';
import { expect, test } from 'vitest';
import { errorInfo as errorInfoIn, fieldMessage, isConflict, isNotFound } from '@/app/_scenarios/errors';
import { scenarioWords } from './scenarios-words';

const errorInfo = (error: unknown) => errorInfoIn(error, scenarioWords().t);

/** A TRPCClientError as the client builds it from the server's error body. */
function clientError(message: string, data: Record<string, unknown>) {
  return TRPCClientError.from({ error: { message, code: -32600, data } });
}

test('a conflict keeps the server’s message and its code', () => {
  const info = errorInfo(clientError('This scenario has been saved elsewhere since you opened it.', { code: 'CONFLICT', httpStatus: 409, zodError: null }));
  expect(info).toEqual({ message: 'This scenario has been saved elsewhere since you opened it.', code: 'CONFLICT', zodError: null });
  expect(isConflict(info)).toBe(true);
  expect(isNotFound(info)).toBe(false);
});

test('invalid input: the field’s own message, without the path prefix', () => {
  const zodError = { formErrors: [], fieldErrors: { name: ['name must not be empty'] } };
  const info = errorInfo(clientError('name: name must not be empty', { code: 'BAD_REQUEST', httpStatus: 400, zodError }));
  expect(fieldMessage(info, 'name')).toBe('name must not be empty');
  expect(fieldMessage(info, 'tags')).toBe('name: name must not be empty');
});

test('a network failure says what it means', () => {
  expect(errorInfo(new TypeError('Failed to fetch')).message).toBe('The server could not be reached. Check the connection and try again.');
});

test('anything else thrown still gives a readable message', () => {
  expect(errorInfo(null).message).toMatch(/went wrong/);
  expect(errorInfo({ message: '' }).message).toMatch(/went wrong/);
  expect(errorInfo(new Error('boom'))).toEqual({ message: 'boom', code: null, zodError: null });
});

test('the browser’s own failures are said in the page’s language', () => {
  expect(errorInfoIn(new TypeError('Failed to fetch'), scenarioWords('he').t).message).toMatch(/[\u0590-\u05FF]/);
  expect(errorInfoIn(null, scenarioWords('ar').t).message).toMatch(/[\u0600-\u06FF]/);
});
