import { type DynamicModule, Module, type Provider } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { TenantEntity } from './tenant.entity';
import { TenantRepository, tenantRepositoryToken } from './tenant-repository';

type TenantEntityClass = new () => TenantEntity;

/** A feature's tenant tables, each injectable as a TenantRepository (@InjectTenantRepository). */
@Module({})
export class TenancyModule {
  static forFeature(entities: TenantEntityClass[]): DynamicModule {
    const providers: Provider[] = entities.map((entity) => ({
      provide: tenantRepositoryToken(entity),
      inject: [TransactionHost],
      useFactory: (transactions: TransactionHost) => new TenantRepository(transactions, entity),
    }));
    return { module: TenancyModule, imports: [TypeOrmModule.forFeature(entities)], providers, exports: providers };
  }
}
