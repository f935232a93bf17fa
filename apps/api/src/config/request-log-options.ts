import type { IncomingMessage } from 'node:http';
import type { Params } from 'nestjs-pino';
import pino from 'pino';
import type { AppConfig } from './app-config';

const NAMED_OPERATION = /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/;

/** The operation's name, as sent or as written in the document ("query WhoAmI { ... }"). */
function operationNameOf(operation: unknown): string | null {
  if (!operation || typeof operation !== 'object') return null;
  const { operationName, query } = operation as { operationName?: unknown; query?: unknown };
  if (typeof operationName === 'string' && operationName) return operationName;
  return typeof query === 'string' ? (NAMED_OPERATION.exec(query)?.[1] ?? null) : null;
}

/** Structured JSON logs: one line per HTTP request, never a password, token or cookie. */
export function requestLogOptions(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.logLevel,
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'], censor: '[redacted]' },
      customProps: (request: IncomingMessage) => {
        const body = (request as IncomingMessage & { body?: unknown }).body;
        const operations = (Array.isArray(body) ? body : [body]).map(operationNameOf).filter((name): name is string => name !== null);
        // Nothing to add (the body is not parsed yet when the request starts): no child logger.
        // (pino-http's type says object; it skips a falsy value.)
        return (operations.length > 0 ? { operationName: operations.join(',') } : undefined) as object;
      },
      // Our serializers pick three fields from the raw request: no full copy of it (headers
      // included) for them to pick from, on every request.
      wrapSerializers: false,
      serializers: {
        req: (request: { method: string; originalUrl?: string; url: string; id: unknown }) => ({
          id: request.id,
          method: request.method,
          // A personal link in a query string (a document download) is a secret: not logged.
          url: (request.originalUrl ?? request.url).replace(/([?&]link=)[^&]*/g, '$1[redacted]'),
        }),
        res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
        err: pino.stdSerializers.err,
      },
      // Lines written as the event loop allows, many in one system call under load, instead
      // of one blocking write each; pino flushes what is left when the process exits.
      stream: pino.destination({ dest: 1, sync: false }),
    },
  };
}
