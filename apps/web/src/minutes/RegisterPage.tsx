import { Button, Card, Group, Select, Stack, TextInput, Title } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import type { DecisionFilterInput, DecisionOutcome } from '../gql/graphql';
import { canManage, useOrganisation } from '../organisations/organisation-context';
import { CursorPager, useCursorPages } from '../ui/CursorPager';
import { DateField } from '../ui/DateField';
import { PageTitle } from '../ui/PageTitle';
import { QueryState } from '../ui/QueryState';
import { ArchiveExportCard } from './ArchiveExportCard';
import { DecisionRegisterQuery, RegisterBodiesQuery } from './minutes.operations';
import { RegisterChainCard } from './RegisterChainCard';
import { RegisterDecisionRow } from './RegisterDecisionRow';
import { RegisterImportDialog } from './RegisterImportDialog';

// A decision is a card with its text: twenty make a page one reads through.
const REGISTER_PAGE_SIZE = 20;
const OUTCOMES: DecisionOutcome[] = ['adopted', 'rejected', 'elected', 'noVotes'];
const FIELDS = ['text', 'bodyId', 'from', 'to', 'outcome'] as const;
type Filter = Record<(typeof FIELDS)[number], string>;

/**
 * « Registre »: the decisions of the organisation, searched by words, body, dates and outcome
 * (kept in the address), each with its minutes' pages; the chain's integrity; for the
 * secretariat, the import of past scanned minutes and the whole archive.
 */
export function RegisterPage() {
  const organisation = useOrganisation();
  const { t } = useTranslation('minutes');
  const manages = canManage(organisation);
  const [params, setParams] = useSearchParams();
  const applied = useMemo(() => Object.fromEntries(FIELDS.map((field) => [field, params.get(field) ?? ''])) as Filter, [params]);
  const [typed, setTyped] = useState<Filter>(applied);
  const [importing, setImporting] = useState(false);
  const filter = useMemo<DecisionFilterInput>(
    () => ({
      text: applied.text || null,
      bodyId: applied.bodyId || null,
      from: applied.from || null,
      to: applied.to || null,
      outcome: (applied.outcome as DecisionOutcome) || null,
    }),
    [applied],
  );
  const context = useMemo(() => ({ additionalTypenames: ['RegisterDecision'] }), []);
  // A new search starts from its first page.
  const pages = useCursorPages(JSON.stringify(filter));
  const [register, reload] = useQuery({
    query: DecisionRegisterQuery,
    variables: { organisationId: organisation.id, filter, first: REGISTER_PAGE_SIZE, after: pages.after },
    context,
  });
  const [bodies] = useQuery({ query: RegisterBodiesQuery, variables: { organisationId: organisation.id } });
  const decisions = register.data?.decisionRegister.nodes ?? [];
  const total = register.data?.decisionRegister.totalCount ?? 0;
  const bodyList = bodies.data?.bodies ?? [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = Object.fromEntries(
      Object.entries(typed)
        .filter(([, value]) => value.trim() !== '')
        .map(([key, value]) => [key, value.trim()]),
    );
    setParams(next, { replace: true });
  };
  const set = (field: keyof Filter) => (value: string | null) => setTyped((all) => ({ ...all, [field]: value ?? '' }));

  return (
    <>
      <PageTitle
        title={t('register.title')}
        description={t('register.description')}
        actions={manages && <Button onClick={() => setImporting(true)}>{t('import.open')}</Button>}
      />
      <Stack gap="lg">
        <Card withBorder component="form" onSubmit={submit} role="search" aria-label={t('register.search')}>
          <Stack gap="sm">
            <TextInput
              label={t('register.text')}
              placeholder={t('register.textPlaceholder')}
              type="search"
              maxLength={200}
              value={typed.text}
              onChange={(event) => set('text')(event.currentTarget.value)}
            />
            <Group grow wrap="wrap" align="flex-end" preventGrowOverflow={false}>
              <Select
                label={t('register.body')}
                placeholder={t('register.allBodies')}
                clearable
                data={bodyList.map((body) => ({ value: body.id, label: body.name }))}
                value={typed.bodyId || null}
                onChange={set('bodyId')}
                miw={180}
              />
              <Select
                label={t('register.outcome')}
                placeholder={t('register.anyOutcome')}
                clearable
                data={OUTCOMES.map((outcome) => ({ value: outcome, label: t(`register.outcomes.${outcome}`) }))}
                value={typed.outcome || null}
                onChange={set('outcome')}
                miw={150}
              />
              <DateField label={t('register.from')} clearable value={typed.from || null} onChange={(date) => set('from')(date)} miw={170} />
              <DateField label={t('register.to')} clearable value={typed.to || null} onChange={(date) => set('to')(date)} miw={170} />
            </Group>
            <Group>
              <Button type="submit">{t('register.submit')}</Button>
              {params.size > 0 && (
                <Button
                  variant="default"
                  onClick={() => {
                    setTyped(Object.fromEntries(FIELDS.map((field) => [field, ''])) as Filter);
                    setParams({}, { replace: true });
                  }}
                >
                  {t('register.clear')}
                </Button>
              )}
            </Group>
          </Stack>
        </Card>

        <section aria-labelledby="register-results">
          <Title order={2} size="h3" id="register-results" mb="sm" aria-live="polite">
            {register.data ? (total ? t('register.results', { count: total }) : t('register.noResults')) : t('register.title')}
          </Title>
          <QueryState fetching={register.fetching} error={register.error} empty={!register.data}>
            <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {decisions.map((decision) => (
                <RegisterDecisionRow key={decision.id} decision={decision} />
              ))}
            </Stack>
            {register.data && (
              <CursorPager
                pages={pages}
                totalCount={total}
                pageSize={REGISTER_PAGE_SIZE}
                pageInfo={register.data.decisionRegister.pageInfo}
                label={t('register.pagination')}
              />
            )}
          </QueryState>
        </section>

        <RegisterChainCard organisationId={organisation.id} />
        {manages && <ArchiveExportCard organisationId={organisation.id} />}
      </Stack>
      {importing && (
        <RegisterImportDialog
          organisationId={organisation.id}
          bodies={bodyList}
          onImported={() => reload({ requestPolicy: 'network-only' })}
          onClose={() => setImporting(false)}
        />
      )}
    </>
  );
}
