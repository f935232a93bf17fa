import { SimpleGrid, Text, Timeline, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { MandateFieldsFragment } from '../gql/graphql';
import { formatDate } from '../ui/dates';
import { QueryState } from '../ui/QueryState';
import { RoleHistoriesQuery } from './bodies.operations';
import { lastDayInOffice } from '../ui/mandate-period';
import { MANDATE_ROLES } from './mandate-roles';

/** Each role the body ever had, as a timeline of who held it, from when to when, how it ended, and by which decision. */
export function RoleTimelines({ organisationId, bodyId }: { organisationId: string; bodyId: string }) {
  const { t } = useTranslation('bodies');
  const { t: common } = useTranslation('common');
  const context = useMemo(() => ({ additionalTypenames: ['Mandate', 'Handover'] }), []);
  const [{ data, fetching, error }] = useQuery({ query: RoleHistoriesQuery, variables: { organisationId, bodyId }, context });
  const histories = MANDATE_ROLES.map((role) => ({ role, mandates: data?.[role] ?? [] })).filter((history) => history.mandates.length > 0);

  return (
    <QueryState fetching={fetching} error={error} empty={histories.length === 0} emptyText={t('body.historyEmpty')}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        {histories.map(({ role, mandates }) => (
          <section key={role} aria-labelledby={`history-${role}`}>
            <Title order={3} size="h5" mb="sm" id={`history-${role}`}>
              {common(`mandateRoles.${role}`)}
            </Title>
            <Timeline active={mandates.findIndex((mandate) => mandate.status === 'running')} bulletSize={16} lineWidth={2}>
              {mandates.map((mandate) => (
                <Timeline.Item key={mandate.id} title={mandate.member.name}>
                  <MandateLines mandate={mandate} />
                </Timeline.Item>
              ))}
            </Timeline>
          </section>
        ))}
      </SimpleGrid>
    </QueryState>
  );
}

function MandateLines({ mandate }: { mandate: MandateFieldsFragment }) {
  const { t } = useTranslation('bodies');
  const { t: common } = useTranslation('common');
  const from = formatDate(mandate.startOn);
  const to = formatDate(lastDayInOffice(mandate.end));
  const period =
    mandate.status === 'upcoming'
      ? t('timeline.upcoming', { from })
      : mandate.status === 'running'
        ? mandate.end
          ? t('timeline.sinceUntil', { from, to })
          : t('timeline.since', { from })
        : t('timeline.fromTo', { from, to });
  return (
    <>
      <Text size="sm">
        {period}
        {mandate.status === 'running' && ` · ${t('timeline.current')}`}
      </Text>
      {mandate.endReason && (
        <Text size="sm" c="dimmed">
          {t('timeline.endedBy', { reason: common(`mandateEndReasons.${mandate.endReason}`) })}
        </Text>
      )}
      {mandate.handoverDecision ? (
        <Text size="sm" c="dimmed">
          {t('timeline.handoverDecision', { decision: mandate.handoverDecision })}
        </Text>
      ) : (
        mandate.appointedBy && (
          <Text size="sm" c="dimmed">
            {t('timeline.appointedBy', { decision: mandate.appointedBy })}
          </Text>
        )
      )}
    </>
  );
}
