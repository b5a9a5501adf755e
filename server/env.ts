/**
 * Environment variables, checked with zod once at start so a typo fails loudly
 * with the variable's name instead of surfacing later as odd behaviour.
 * scripts/start.mjs repeats the PORT/HOST check in plain JS because it runs
 * before dependencies are installed.
 */
import { z } from 'zod';

function perMinute(name: string, fallback: number) {
  return z.coerce
    .number({ error: `${name} must be a number` })
    .int({ error: `${name} must be a whole number` })
    .min(1, { error: `${name} must be at least 1` })
    .default(fallback);
}

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce
    .number({ error: 'PORT must be a number' })
    .int({ error: 'PORT must be a whole number' })
    .min(1, { error: 'PORT must be from 1 to 65535' })
    .max(65535, { error: 'PORT must be from 1 to 65535' })
    .default(3000),
  HOST: z.string().min(1, { error: 'HOST must not be empty' }).default('localhost'),
  // PostgreSQL when set; otherwise the embedded PGlite database in DATA_DIR.
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  // Requests per client per minute for the expensive procedures (the tornado's sensitivity
  // runs; exports: scenario files, PowerPoint, PDF). Every client together may make five times as many.
  RATE_LIMIT_SENSITIVITY_PER_MINUTE: perMinute('RATE_LIMIT_SENSITIVITY_PER_MINUTE', 60),
  RATE_LIMIT_EXPORTS_PER_MINUTE: perMinute('RATE_LIMIT_EXPORTS_PER_MINUTE', 20),
  RATE_LIMIT_SIGN_IN_PER_MINUTE: perMinute('RATE_LIMIT_SIGN_IN_PER_MINUTE', 10),
});

export type Env = z.infer<typeof envSchema>;

/** Parses an environment; throws one readable error listing every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // Treat empty strings as unset: `PORT=` in a .env file means "use the default".
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = envSchema.safeParse(cleaned);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`Invalid environment variables:\n${lines.join('\n')}\nSee .env.example.`);
}

export const env: Env = parseEnv(process.env);
