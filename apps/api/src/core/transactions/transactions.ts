import { ClsPluginTransactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import { ClsModule } from 'nestjs-cls';

/**
 * One transaction per use case, across features, without passing a manager around:
 * `@Transactional()` on a service method opens it, and every repository reached through
 * `Transactions.tx` (and every TenantRepository) joins it. Outside a transaction, `tx` is
 * the pool's default manager.
 */
export type Transactions = TransactionHost<TransactionalAdapterTypeOrm>;
export const Transactions = TransactionHost;

export function transactionsModule() {
  return ClsModule.forRoot({
    global: true,
    middleware: { mount: true },
    plugins: [
      new ClsPluginTransactional({
        imports: [TypeOrmModule],
        adapter: new TransactionalAdapterTypeOrm({ dataSourceToken: getDataSourceToken() }),
        enableTransactionProxy: false,
      }),
    ],
  });
}
