import { resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_POOL_SETTINGS, type DatabasePoolSettings } from '@collegial/database';
import { DOCUMENT_TYPE_NAMES, type DocumentTypeName } from './document-types';

/**
 * The one place that reads the environment. Everything else receives this typed,
 * validated object through dependency injection (APP_CONFIG).
 */
const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .optional()
  .transform((value) => value === '1' || value === 'true' || value === 'yes');

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().min(1).default('./.data'),
  EMBEDDED_POSTGRES_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(DEFAULT_POOL_SETTINGS.size),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(DEFAULT_POOL_SETTINGS.statementTimeoutMs),
  DATABASE_LOCK_TIMEOUT_MS: z.coerce.number().int().min(0).default(DEFAULT_POOL_SETTINGS.lockTimeoutMs),
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(0).default(DEFAULT_POOL_SETTINGS.idleInTransactionTimeoutMs),
  SESSION_SECRET: z.string().min(32, 'SESSION_SECRET must be at least 32 characters').optional(),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(12),
  INVITATION_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  BCRYPT_COST: z.coerce.number().int().min(4).max(15).default(12),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(30),
  LOGIN_BLOCK_MINUTES: z.coerce.number().int().min(1).default(15),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).default(10),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(10).default(5000),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(1).default(15),
  GRAPHQL_MAX_BATCH: z.coerce.number().int().min(1).default(5),
  REGISTRATION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 14)
    .default(24),
  REGISTRATION_MAX_PER_EMAIL: z.coerce.number().int().min(1).default(3),
  REGISTRATION_MAX_PER_ADDRESS: z.coerce.number().int().min(1).default(20),
  REGISTRATION_WINDOW_MINUTES: z.coerce.number().int().min(1).default(60),
  SMTP_URL: z
    .string()
    .optional()
    .transform((value) => value || undefined),
  MAIL_FROM: z.string().min(3).default('Collegial <no-reply@collegial.localhost>'),
  PUBLIC_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  DEMO: booleanFlag,
  /** Largest document accepted, in bytes (25 MB). */
  DOCUMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(2 ** 31 - 1)
    .default(25 * 1024 * 1024),
  /** Comma-separated file types accepted as documents (read from the content, not trusted from the name). */
  DOCUMENT_TYPES: z
    .string()
    .default('pdf,odt,docx,txt,md,png,jpg,ods,xlsx,csv')
    .transform((value) =>
      value
        .split(',')
        .map((t) => t.trim().toLowerCase())
        .filter((t) => t !== ''),
    )
    .pipe(z.array(z.enum(DOCUMENT_TYPE_NAMES)).min(1)),
  /** Where documents are stored: the local disk under DATA_DIR/documents (an S3-compatible store may come). */
  DOCUMENT_STORAGE: z.enum(['local']).default('local'),
  /** The built web app, served at / (npm run build:web writes it). */
  WEB_ROOT: z.string().min(1).default('dist/web'),
  NODE_OPTIONS: z.string().default(''),
});

export interface AppConfig {
  environment: 'development' | 'production' | 'test';
  port: number;
  /** Unset: the embedded PostgreSQL under dataDir is started. */
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPostgresPort: number;
  /** Connections per process, and the timeouts each one runs under (0: none). */
  databasePool: DatabasePoolSettings;
  /** Unset outside production: a random secret is kept in dataDir. */
  sessionSecret: string | undefined;
  sessionTtlHours: number;
  invitationTtlDays: number;
  bcryptCost: number;
  login: { maxFailuresPerAccount: number; maxFailuresPerAddress: number; blockMinutes: number };
  /** Registration by e-mail: link lifetime, and requests allowed per e-mail and per client address. */
  registration: { ttlHours: number; maxPerEmail: number; maxPerAddress: number; windowMinutes: number };
  graphql: {
    maxDepth: number;
    maxCost: number;
    maxAliases: number;
    maxBatch: number;
    /** Introspection and the sandbox page: on in development, off in production. */
    exposeSchema: boolean;
  };
  /** Unset: mail is written as .eml files under dataDir/mail. */
  smtpUrl: string | undefined;
  mailFrom: string;
  publicUrl: string;
  logLevel: string;
  seedDemo: boolean;
  /** Absolute path of the built web app. */
  webRoot: string;
  /** Node's own options from the environment (a heap setting there wins over the api's). */
  nodeOptions: string;
  /** Uploads: the size limit, the types accepted, and where files are kept. */
  documents: { maxBytes: number; types: DocumentTypeName[]; storage: 'local' };
}

export class ConfigurationError extends Error {}

export function loadAppConfig(environment: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigurationError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const env = parsed.data;
  const production = env.NODE_ENV === 'production';
  if (production && !env.SESSION_SECRET) {
    throw new ConfigurationError('Invalid configuration:\n  SESSION_SECRET is required in production');
  }
  return {
    environment: env.NODE_ENV,
    port: env.PORT,
    databaseUrl: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    embeddedPostgresPort: env.EMBEDDED_POSTGRES_PORT,
    databasePool: {
      size: env.DATABASE_POOL_SIZE,
      statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
      lockTimeoutMs: env.DATABASE_LOCK_TIMEOUT_MS,
      idleInTransactionTimeoutMs: env.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    },
    sessionSecret: env.SESSION_SECRET,
    sessionTtlHours: env.SESSION_TTL_HOURS,
    invitationTtlDays: env.INVITATION_TTL_DAYS,
    bcryptCost: env.BCRYPT_COST,
    login: {
      maxFailuresPerAccount: env.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      maxFailuresPerAddress: env.LOGIN_MAX_FAILURES_PER_ADDRESS,
      blockMinutes: env.LOGIN_BLOCK_MINUTES,
    },
    registration: {
      ttlHours: env.REGISTRATION_TTL_HOURS,
      maxPerEmail: env.REGISTRATION_MAX_PER_EMAIL,
      maxPerAddress: env.REGISTRATION_MAX_PER_ADDRESS,
      windowMinutes: env.REGISTRATION_WINDOW_MINUTES,
    },
    graphql: {
      maxDepth: env.GRAPHQL_MAX_DEPTH,
      maxCost: env.GRAPHQL_MAX_COST,
      maxAliases: env.GRAPHQL_MAX_ALIASES,
      maxBatch: env.GRAPHQL_MAX_BATCH,
      exposeSchema: !production,
    },
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${env.PORT}`,
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    seedDemo: env.DEMO,
    webRoot: resolve(env.WEB_ROOT),
    nodeOptions: env.NODE_OPTIONS,
    documents: { maxBytes: env.DOCUMENT_MAX_BYTES, types: env.DOCUMENT_TYPES, storage: env.DOCUMENT_STORAGE },
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
