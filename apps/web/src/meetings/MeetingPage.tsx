import { Anchor, Group, Tabs } from '@mantine/core';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { canManage, useOrganisation } from '../organisations/organisation-context';
import { PageTitle } from '../ui/PageTitle';
import { QueryState } from '../ui/QueryState';
import { MeetingStatusBadge } from './MeetingStatusBadge';
import { MeetingSummary } from './MeetingSummary';
import { MEETING_TABS } from './meeting-tabs';
import { MeetingQuery } from './meetings.operations';

/** The tabs' components, loaded when first shown. */
const TAB_COMPONENTS = new Map(MEETING_TABS.map((tab) => [tab.path, lazy(() => tab.load().then((Component) => ({ default: Component })))]));

/** One meeting: what, when, where and the video link, then its steps as tabs (préparation, convocations, réponses et pouvoirs, séance), kept in the address. */
export function MeetingPage() {
  const organisation = useOrganisation();
  const { meetingId = '', tab } = useParams();
  const { t } = useTranslation('meetings');
  const navigate = useNavigate();
  const manages = canManage(organisation);
  const context = useMemo(() => ({ additionalTypenames: ['Meeting'] }), []);
  const [{ data, fetching, error }] = useQuery({ query: MeetingQuery, variables: { organisationId: organisation.id, meetingId }, context });
  const meeting = data?.meeting;
  const base = `/o/${organisation.id}/meetings`;
  const current = MEETING_TABS.some((candidate) => candidate.path === tab) ? tab! : MEETING_TABS[0].path;
  const back = (
    <Anchor component={Link} to={base} size="sm">
      {t('meeting.back')}
    </Anchor>
  );

  if (!meeting) {
    return (
      <QueryState fetching={fetching} error={error}>
        {back}
      </QueryState>
    );
  }
  const Current = TAB_COMPONENTS.get(current)!;
  return (
    <>
      {back}
      <PageTitle
        title={meeting.title}
        description={
          <Group gap="xs" component="span">
            <MeetingStatusBadge status={meeting.status} />
            <span>
              {meeting.body.name} · {t(`kinds.${meeting.kind}`)} · {t(`convocations.${meeting.convocation}`)}
            </span>
          </Group>
        }
      />
      <MeetingSummary organisationId={organisation.id} meeting={meeting} />
      <Tabs value={current} onChange={(value) => value && void navigate(`${base}/${meeting.id}/${value}`)} keepMounted={false} mt="lg">
        <Tabs.List aria-label={t('meeting.tabs')}>
          {MEETING_TABS.map((candidate) => (
            <Tabs.Tab key={candidate.path} value={candidate.path}>
              {t(candidate.label)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value={current} pt="md">
          <Suspense fallback={<QueryState fetching>{null}</QueryState>}>
            <Current organisationId={organisation.id} meeting={meeting} manages={manages} />
          </Suspense>
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
