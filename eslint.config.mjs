// ESLint for the whole monorepo (npm run lint): typescript-eslint's recommended rules,
// type-aware (the project service reads tsconfig.json), plus the layering rules the
// compiler cannot see. Formatting is Prettier's job: eslint-config-prettier turns off
// every stylistic rule.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Tables that are not an organisation's: reached through core/transactions' `Transactions.tx`. */
const NON_TENANT_ENTITIES = ['Account', 'Session', 'Organisation', 'RegistrationRequest', 'CalendarFeed'];

const TENANCY_HINT =
  'feature code reaches a tenant table through @InjectTenantRepository (core/tenancy), and the non-tenant tables ' +
  `(${NON_TENANT_ENTITIES.join(', ')}) through core/transactions' Transactions.tx.getRepository(...)`;

export default defineConfig(
  globalIgnores(['dist/', 'coverage/', 'node_modules/', '.data/', 'apps/web/src/gql/', '**/*.js', '**/*.cjs', '**/*.mjs']),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_`-prefixed names are deliberately unused (destructuring a field away, an unused parameter).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Interfaces (Apollo plugins, Nest hooks) ask for async methods that need not await.
      '@typescript-eslint/require-await': 'off',
    },
  },

  // Tests read GraphQL responses, untyped JSON (libs/testing's client returns `any`), and
  // build deliberately invalid input: the any-tracking rules would only add casts there.
  {
    files: ['**/*.spec.ts', 'apps/api/test/**/*.ts', 'libs/testing/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // expect(object.method) and `const p = Rational.parse` are fine in a test.
      '@typescript-eslint/unbound-method': 'off',
    },
  },

  // The web app's notifications go through ui/notify.ts, which names their close button (axe requires it).
  {
    files: ['apps/web/src/**/*.ts', 'apps/web/src/**/*.tsx'],
    ignores: ['apps/web/src/ui/notify.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@mantine/notifications',
              importNames: ['notifications'],
              message: 'Use notifyDone or notifyError (ui/notify.ts): their close button is named.',
            },
          ],
        },
      ],
    },
  },

  // Tenant tables are reached only through the tenant repository (core/tenancy).
  {
    files: ['apps/api/src/**/*.ts'],
    ignores: ['apps/api/src/core/tenancy/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@nestjs/typeorm', importNames: ['InjectRepository'], message: `No @InjectRepository: ${TENANCY_HINT}.` },
            { name: 'typeorm', importNames: ['Repository'], message: `No TypeORM Repository: ${TENANCY_HINT}.` },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: `CallExpression[callee.property.name=/^get(Tree)?Repository$/]:not([arguments.0.name=/^(${NON_TENANT_ENTITIES.join('|')})$/])`,
          message: `getRepository() only for ${NON_TENANT_ENTITIES.join(', ')}: ${TENANCY_HINT}.`,
        },
      ],
    },
  },

  prettier,
);
