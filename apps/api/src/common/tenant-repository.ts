import type {
  DeepPartial,
  EntityManager,
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
import type { TenantEntity } from '../organisations/tenant.entity';

/** The columns a scope sets itself: a caller can neither filter on them nor write them. */
type TenantColumns = 'organisationId' | 'organisation';

/** A where clause on a tenant table, without its organisation (the scope adds it). */
export type TenantWhere<T extends TenantEntity> = Omit<FindOptionsWhere<T>, TenantColumns>;

export interface TenantFindOptions<T extends TenantEntity> {
  where?: TenantWhere<T>;
  relations?: FindOptionsRelations<T>;
  order?: FindOptionsOrder<T>;
  select?: FindOptionsSelect<T>;
  lock?: FindOneOptions<T>['lock'];
}

/**
 * The parameter `query(alias)` binds the organisation to. Reserved: a caller's own
 * `:organisationId` (or any other name) does not clash with it.
 */
export const TENANT_SCOPE_PARAMETER = 'tenantScopeOrganisationId';

/**
 * A tenant table as a service sees it: nothing is read or written without naming the
 * organisation, so a query that forgets it does not compile.
 *
 * ```ts
 * constructor(@InjectRepository(Member) members: Repository<Member>) {
 *   this.members = new TenantRepository(members);
 * }
 * const member = await this.members.of(actor.organisationId, manager).findOne({ id });
 * ```
 *
 * The raw repository is not kept by the service. Inside a transaction, pass its manager
 * to `of` (or use `tenantScope`) rather than `manager.getRepository(Member)`.
 */
export class TenantRepository<T extends TenantEntity> {
  constructor(private readonly repository: Repository<T>) {}

  /** For transactions and non-tenant tables; tenant tables go through `of` or `tenantScope`. */
  get manager(): EntityManager {
    return this.repository.manager;
  }

  /** The table restricted to one organisation; with a manager, inside its transaction. */
  of(organisationId: string, manager?: EntityManager): TenantScope<T> {
    return new TenantScope(manager ? manager.getRepository(this.repository.target) : this.repository, organisationId);
  }

  /**
   * Reads whose key is not an organisation's but identifies the rows by itself: an
   * invitation's secret token, an account's roles in all its organisations. Each call
   * site says why; everything else goes through `of`.
   */
  acrossOrganisations(manager?: EntityManager): Pick<Repository<T>, 'find' | 'findOne'> {
    return manager ? manager.getRepository(this.repository.target) : this.repository;
  }
}

/** One organisation's rows of a tenant table, from `of` or from a transaction's manager. */
export function tenantScope<T extends TenantEntity>(manager: EntityManager, entity: EntityTarget<T>, organisationId: string): TenantScope<T> {
  return new TenantScope(manager.getRepository(entity), organisationId);
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
    return this.repository.find({ ...options, where: this.scoped(options.where) });
  }

  findOne(where: TenantWhere<T>, options: Omit<TenantFindOptions<T>, 'where'> = {}): Promise<T | null> {
    return this.repository.findOne({ ...options, where: this.scoped(where) });
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

  update(where: TenantWhere<T>, changes: Omit<QueryDeepPartialEntity<T>, TenantColumns>): Promise<void> {
    // Omit<> of TypeORM's mapped type is not recognised as a QueryDeepPartialEntity<T> for a generic T.
    return this.repository.update(this.scoped(where), changes as QueryDeepPartialEntity<T>).then(() => undefined);
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
}
