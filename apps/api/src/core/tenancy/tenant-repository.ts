import { Inject } from '@nestjs/common';
import type { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type {
  DeepPartial,
  EntityTarget,
  FindOneOptions,
  FindOptionsOrder,
  FindOptionsRelations,
  FindOptionsSelect,
  FindOptionsWhere,
  QueryDeepPartialEntity,
  Repository,
  SelectQueryBuilder,
} from 'typeorm';
import type { TenantEntity } from './tenant.entity';

/** The columns a scope sets itself: a caller can neither filter on them nor write them. */
type TenantColumns = 'organisationId' | 'organisation';

/** A where clause on a tenant table, without its organisation (the scope adds it). */
export type TenantWhere<T extends TenantEntity> = Omit<FindOptionsWhere<T>, TenantColumns>;

export interface TenantFindOptions<T extends TenantEntity> {
  where?: TenantWhere<T> | TenantWhere<T>[];
  relations?: FindOptionsRelations<T>;
  order?: FindOptionsOrder<T>;
  select?: FindOptionsSelect<T>;
  lock?: FindOneOptions<T>['lock'];
  skip?: number;
  take?: number;
}

/**
 * The parameter `query(alias)` binds the organisation to. Reserved: a caller's own
 * `:organisationId` (or any other name) does not clash with it.
 */
export const TENANT_SCOPE_PARAMETER = 'tenantScopeOrganisationId';

/** The injection token of an entity's tenant repository (see TenancyModule.forFeature). */
export function tenantRepositoryToken(entity: EntityTarget<TenantEntity>): string {
  // Only entity classes reach here (TenancyModule.forFeature takes classes); a string target is its own name.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string
  return `TenantRepository:${typeof entity === 'function' ? entity.name : String(entity)}`;
}

/** `@InjectTenantRepository(Member) private readonly members: TenantRepository<Member>` */
export const InjectTenantRepository = (entity: EntityTarget<TenantEntity>) => Inject(tenantRepositoryToken(entity));

/**
 * A tenant table as a service sees it: nothing is read or written without naming the
 * organisation, so a query that forgets it does not compile.
 *
 * ```ts
 * constructor(@InjectTenantRepository(Member) private readonly members: TenantRepository<Member>) {}
 * const member = await this.members.of(actor.organisationId).findOne({ id });
 * ```
 *
 * Every call runs in the transaction open in the current request, if any (nestjs-cls):
 * a query inside a transaction never takes a second connection from the pool.
 */
export class TenantRepository<T extends TenantEntity> {
  constructor(
    private readonly transactions: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly entity: EntityTarget<T>,
  ) {}

  /** The table restricted to one organisation, inside the current transaction if any. */
  of(organisationId: string): TenantScope<T> {
    return new TenantScope(this.repository(), organisationId);
  }

  /**
   * Reads whose key is not an organisation's but identifies the rows by itself: an
   * invitation's secret token, an account's roles in all its organisations. Each call
   * site says why; everything else goes through `of`.
   */
  acrossOrganisations(): Pick<Repository<T>, 'find' | 'findOne'> {
    return this.repository();
  }

  private repository(): Repository<T> {
    return this.transactions.tx.getRepository(this.entity);
  }
}

/** Every read and write of one organisation's rows; the organisation is added here, never by the caller. */
export class TenantScope<T extends TenantEntity> {
  constructor(
    private readonly repository: Repository<T>,
    readonly organisationId: string,
  ) {
    if (!organisationId) throw new Error(`A ${repository.metadata.name} query needs an organisation.`);
  }

  find(options: TenantFindOptions<T> = {}): Promise<T[]> {
    return this.repository.find({ ...options, where: this.scopedAll(options.where) });
  }

  findOne(where: TenantWhere<T>, options: Omit<TenantFindOptions<T>, 'where'> = {}): Promise<T | null> {
    return this.repository.findOne({ ...options, where: this.scoped(where) });
  }

  count(where?: TenantWhere<T> | TenantWhere<T>[]): Promise<number> {
    return this.repository.count({ where: this.scopedAll(where) });
  }

  /** A new entity of this organisation (not yet saved). */
  create(data: DeepPartial<Omit<T, TenantColumns>>): T {
    // DeepPartial<T> of a generic T cannot be built from its parts by the compiler.
    return this.repository.create({ ...data, organisationId: this.organisationId } as DeepPartial<T>);
  }

  /** Inserts or updates; refuses an entity of another organisation (a programming error). */
  save(entity: T): Promise<T>;
  save(entities: T[]): Promise<T[]>;
  save(input: T | T[]): Promise<T | T[]> {
    const foreign = (Array.isArray(input) ? input : [input]).find((e) => e.organisationId !== this.organisationId);
    if (foreign) {
      throw new Error(
        `Refusing to save a ${this.repository.metadata.name} of organisation ${foreign.organisationId} in the scope of organisation ${this.organisationId}.`,
      );
    }
    return Array.isArray(input) ? this.repository.save(input) : this.repository.save(input);
  }

  /** Updates the matching rows; returns how many were changed. */
  update(where: TenantWhere<T>, changes: Omit<QueryDeepPartialEntity<T>, TenantColumns>): Promise<number> {
    // Omit<> of TypeORM's mapped type is not recognised as a QueryDeepPartialEntity<T> for a generic T.
    return this.repository.update(this.scoped(where), changes as QueryDeepPartialEntity<T>).then((result) => result.affected ?? 0);
  }

  delete(where: TenantWhere<T>): Promise<void> {
    return this.repository.delete(this.scoped(where)).then(() => undefined);
  }

  /**
   * A query builder already restricted to the organisation. Add conditions with
   * `andWhere` (an `or` inside `Brackets`): `where` or a top-level `orWhere` would undo
   * the restriction. The parameter TENANT_SCOPE_PARAMETER is reserved.
   */
  query(alias: string): SelectQueryBuilder<T> {
    return this.repository
      .createQueryBuilder(alias)
      .where(`${alias}.organisationId = :${TENANT_SCOPE_PARAMETER}`, { [TENANT_SCOPE_PARAMETER]: this.organisationId });
  }

  private scoped(where?: TenantWhere<T>): FindOptionsWhere<T> {
    // FindOptionsWhere<T> of a generic T cannot be built from its parts by the compiler.
    return { ...where, organisationId: this.organisationId } as FindOptionsWhere<T>;
  }

  private scopedAll(where?: TenantWhere<T> | TenantWhere<T>[]): FindOptionsWhere<T> | FindOptionsWhere<T>[] {
    return Array.isArray(where) ? where.map((w) => this.scoped(w)) : this.scoped(where);
  }
}
