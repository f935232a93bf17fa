import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

/** Refuses a batch of GraphQL operations larger than GRAPHQL_MAX_BATCH. */
@Injectable()
export class BatchLimitMiddleware implements NestMiddleware {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  use(request: Request, response: Response, next: NextFunction): void {
    const body: unknown = request.body;
    const max = this.config.graphql.maxBatch;
    if (Array.isArray(body) && (body.length === 0 || body.length > max)) {
      response.status(400).json({
        errors: [
          {
            message: `Un lot contient de 1 à ${max} opérations GraphQL ; celui-ci en contient ${body.length}.`,
            extensions: {
              code: 'BAD_REQUEST',
              reason: 'BATCH_TOO_LARGE',
              messages: {
                fr: `Un lot contient de 1 à ${max} opérations GraphQL ; celui-ci en contient ${body.length}.`,
                en: `A batch holds 1 to ${max} GraphQL operations; this one holds ${body.length}.`,
              },
            },
          },
        ],
      });
      return;
    }
    next();
  }
}
