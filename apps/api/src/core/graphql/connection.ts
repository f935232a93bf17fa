import { type Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { DomainError, ErrorReason } from '../errors/domain-error';

/**
 * Lists that grow are Relay connections: `first` items `after` a cursor, with the total
 * count. Cursors are opaque (an offset in the list's stable order, encoded) so clients do
 * not depend on how they are made.
 */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `How many items (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}

@ObjectType('PageInfo')
export class PageInfoObject {
  @Field() hasNextPage: boolean;
  @Field() hasPreviousPage: boolean;
  @Field(() => String, { nullable: true }) startCursor: string | null;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

/** A page to read: where it starts and how many rows. */
export interface PageRequest {
  offset: number;
  limit: number;
}

export interface Page<T> {
  items: T[];
  offset: number;
  totalCount: number;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfoObject;
  totalCount: number;
}

const CURSOR_PREFIX = 'offset:';

function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');
}

const BAD_CURSOR = {
  fr: "Ce curseur de pagination n'est pas valable : reprenez depuis la première page.",
  en: 'This pagination cursor is not valid: start again from the first page.',
};

/** The page that `first` and `after` ask for, refused when they make no sense. */
export function pageRequest(args: PageArgs = {}): PageRequest {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new DomainError(ErrorReason.InvalidInput, {
      fr: `« first » doit être un nombre entier entre 0 et ${MAX_PAGE_SIZE}.`,
      en: `"first" must be a whole number between 0 and ${MAX_PAGE_SIZE}.`,
    });
  }
  if (args.after === null || args.after === undefined) return { offset: 0, limit: first };
  const decoded = Buffer.from(args.after, 'base64url').toString();
  const offset = decoded.startsWith(CURSOR_PREFIX) ? Number(decoded.slice(CURSOR_PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(offset) || offset < 0 || encodeCursor(offset) !== args.after) {
    throw new DomainError(ErrorReason.InvalidInput, BAD_CURSOR);
  }
  return { offset: offset + 1, limit: first };
}

/** A connection from a page of items, each mapped to its GraphQL object. */
export function connectionFrom<T, N>(page: Page<T>, map: (item: T) => N): ConnectionShape<N> {
  const nodes = page.items.map(map);
  const edges = nodes.map((node, index) => ({ cursor: encodeCursor(page.offset + index), node }));
  return {
    edges,
    nodes,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.offset + nodes.length < page.totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** The GraphQL types of a connection of `node`: `<Name>Connection` and `<Name>Edge`. */
export function Connection<N>(node: Type<N>, name: string): Type<ConnectionShape<N>> {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field() cursor: string;
    @Field(() => node) node: N;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType implements ConnectionShape<N> {
    @Field(() => [Edge]) edges: Edge[];
    @Field(() => [node], { description: 'The nodes of the edges, for clients that need no cursors.' }) nodes: N[];
    @Field(() => PageInfoObject) pageInfo: PageInfoObject;
    @Field(() => Int, { description: 'How many items the whole list has.' }) totalCount: number;
  }
  return ConnectionType;
}
