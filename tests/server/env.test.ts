/** parseEnv: defaults, readable errors naming the variable, empty values as unset. */
import { describe, expect, test } from 'vitest';
import { parseEnv } from '@/server/env';

describe('parseEnv', () => {
  test('an empty environment gets the defaults', () => {
    expect(parseEnv({})).toEqual({
      NODE_ENV: 'development', PORT: 3000, HOST: 'localhost', DATA_DIR: './data',
      RATE_LIMIT_SENSITIVITY_PER_MINUTE: 60, RATE_LIMIT_EXPORTS_PER_MINUTE: 20, RATE_LIMIT_SIGN_IN_PER_MINUTE: 10,
    });
  });

  test('empty strings count as unset', () => {
    expect(parseEnv({ PORT: '', HOST: '' })).toMatchObject({ PORT: 3000, HOST: 'localhost' });
  });

  test('values are coerced and kept', () => {
    const env = parseEnv({ PORT: '8080', HOST: '0.0.0.0', NODE_ENV: 'production', DATABASE_URL: 'postgres://u:p@db:5432/x', RATE_LIMIT_EXPORTS_PER_MINUTE: '5' });
    expect(env).toEqual({
      PORT: 8080, HOST: '0.0.0.0', NODE_ENV: 'production', DATABASE_URL: 'postgres://u:p@db:5432/x', DATA_DIR: './data',
      RATE_LIMIT_SENSITIVITY_PER_MINUTE: 60, RATE_LIMIT_EXPORTS_PER_MINUTE: 5, RATE_LIMIT_SIGN_IN_PER_MINUTE: 10,
    });
  });

  test.each([
    ['PORT', { PORT: 'eighty' }],
    ['PORT', { PORT: '70000' }],
    ['NODE_ENV', { NODE_ENV: 'staging' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://db/x' }],
    ['RATE_LIMIT_SENSITIVITY_PER_MINUTE', { RATE_LIMIT_SENSITIVITY_PER_MINUTE: '0' }],
    ['RATE_LIMIT_EXPORTS_PER_MINUTE', { RATE_LIMIT_EXPORTS_PER_MINUTE: 'many' }],
  ])('a bad %s is named in the error', (name, source) => {
    expect(() => parseEnv(source)).toThrow(new RegExp(`${name}: .*\\n?[\\s\\S]*See \\.env\\.example`));
  });
});
