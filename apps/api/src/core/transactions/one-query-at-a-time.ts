import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';

const lastQueryOf = new WeakMap<PostgresQueryRunner, Promise<unknown>>();
let installed = false;

/**
 * A transaction is one connection, and a connection runs one query at a time. Code that
 * asks for several things at once (`Promise.all` of repository reads) relied, inside a
 * transaction, on pg queueing the second query behind the first, which pg deprecates and
 * pg 9 refuses. Each query runner now sends its queries one after another, whoever asks.
 * Outside a transaction each query has a runner, and a connection, of its own: those still
 * run side by side.
 */
export function oneQueryAtATimePerConnection(): void {
  if (installed) return;
  installed = true;
  const prototype = PostgresQueryRunner.prototype;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the runner as `this`
  const send = prototype.query;
  prototype.query = function (this: PostgresQueryRunner, ...args: Parameters<typeof send>) {
    const previous = lastQueryOf.get(this);
    const result = previous ? previous.then(() => send.apply(this, args)) : send.apply(this, args);
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    lastQueryOf.set(this, settled);
    return result;
  } as typeof send;
}
