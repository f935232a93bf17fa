import { Anchor, Button, Card, Group, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import type { MandateFieldsFragment } from '../gql/graphql';
import { canManage, useOrganisation } from '../organisations/organisation-context';
import { DateField } from '../ui/DateField';
import { formatDate, today } from '../ui/dates';
import { PageTitle } from '../ui/PageTitle';
import { QueryState } from '../ui/QueryState';
import { AppointMandateModal } from './AppointMandateModal';
import { BodyQuery } from './bodies.operations';
import { BodyComposition } from './BodyComposition';
import { EndMandateModal } from './EndMandateModal';
import { HandoverList } from './HandoverList';
import { RoleTimelines } from './RoleTimelines';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One body: its composition on a date (kept in the address, to share it), each role's history, its handovers. */
export function BodyPage() {
  const organisation = useOrganisation();
  const { bodyId = '' } = useParams();
  const { t } = useTranslation('bodies');
  const { t: common } = useTranslation('common');
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('on');
  const on = requested && LOCAL_DATE.test(requested) ? requested : today();
  const manages = canManage(organisation);
  const [{ data, fetching, error }] = useQuery({ query: BodyQuery, variables: { organisationId: organisation.id, bodyId } });
  const [appointing, setAppointing] = useState(false);
  const [ending, setEnding] = useState<MandateFieldsFragment | null>(null);
  const body = data?.body;
  const handoverPath = `/o/${organisation.id}/bodies/${bodyId}/handover`;
  const bodiesLink = (
    <Anchor component={Link} to={`/o/${organisation.id}/bodies`} size="sm">
      {t('body.backToBodies')}
    </Anchor>
  );

  const chooseDate = (date: string | null) => {
    if (!date) return;
    setSearchParams((params) => {
      params.set('on', date);
      return params;
    });
  };

  if (!body) {
    return (
      <QueryState fetching={fetching} error={error}>
        {bodiesLink}
      </QueryState>
    );
  }
  return (
    <>
      {bodiesLink}
      <PageTitle
        title={body.name}
        description={common(`bodyKinds.${body.kind}`)}
        actions={
          manages && (
            <>
              <Button onClick={() => setAppointing(true)}>{t('body.appoint')}</Button>
              <Button component={Link} to={handoverPath} variant="outline">
                {t('body.handOver')}
              </Button>
            </>
          )
        }
      />
      <Stack gap="lg">
        <Card withBorder component="section" aria-labelledby="composition-heading">
          <Group justify="space-between" align="flex-end" mb="sm">
            <Title order={2} size="h4" id="composition-heading">
              {t('body.compositionOn', { date: formatDate(on) })}
            </Title>
            <DateField label={t('body.on')} description={t('body.onHint')} value={on} onChange={chooseDate} w={{ base: '100%', sm: 260 }} />
          </Group>
          <BodyComposition
            organisationId={organisation.id}
            bodyId={body.id}
            on={on}
            manages={manages}
            onEnd={setEnding}
            handOverPath={(mandate) => `${handoverPath}?mandate=${mandate.id}`}
          />
        </Card>

        <Card withBorder component="section" aria-labelledby="history-heading">
          <Title order={2} size="h4" mb="md" id="history-heading">
            {t('body.history')}
          </Title>
          <RoleTimelines organisationId={organisation.id} bodyId={body.id} />
        </Card>

        <Card withBorder component="section" aria-labelledby="handovers-heading">
          <Title order={2} size="h4" mb="sm" id="handovers-heading">
            {t('body.handovers')}
          </Title>
          <HandoverList organisationId={organisation.id} bodyId={body.id} />
        </Card>
      </Stack>

      {appointing && <AppointMandateModal organisationId={organisation.id} bodyId={body.id} onClose={() => setAppointing(false)} />}
      {ending && <EndMandateModal organisationId={organisation.id} mandate={ending} onClose={() => setEnding(null)} />}
    </>
  );
}
