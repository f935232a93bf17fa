import type { IncomingMessage } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { AppConfig } from './app-config';

/** Structured JSON logs: one line per HTTP request, never a password, token or cookie. */
export function requestLogOptions(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.logLevel,
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'], censor: '[redacted]' },
      customProps: (request: IncomingMessage) => {
        const body = (request as IncomingMessage & { body?: unknown }).body;
        const operations = (Array.isArray(body) ? body : [body])
          .map((operation) => (operation && typeof operation === 'object' ? (operation as { operationName?: unknown }).operationName : undefined))
          .filter((name): name is string => typeof name === 'string');
        return operations.length > 0 ? { operationName: operations.join(',') } : {};
      },
      serializers: {
        req: (request: { method: string; url: string; id: unknown }) => ({ id: request.id, method: request.method, url: request.url }),
        res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
      },
    },
  };
}
