import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import type { MeetingResolutionsQuery } from '../gql/graphql';
import type { MeetingTabProps } from '../meetings/meeting-tab-props';
import { ErrorAlert } from '../ui/ErrorAlert';
import { notifyDone } from '../ui/notify';
import { QueryState } from '../ui/QueryState';
import { defaultRollBasis, type BallotSettings } from './ballot-settings';
import { BallotConsoleCard } from './BallotConsoleCard';
import { BallotFormDialog } from './BallotFormDialog';
import { BallotSettingsFields } from './BallotSettingsFields';
import { useSessionLiveConnection } from './use-session-live-connection';
import { CreateBallotMutation, MeetingBallotsQuery, MeetingResolutionsQuery as ResolutionsQuery } from './voting.operations';

type AgendaNode = MeetingResolutionsQuery['meeting']['agenda'][number];
interface AgendaResolution {
  id: string;
  title: string;
  number: string;
}

/** The resolutions of the agenda, in its order, with their item's number. */
function resolutionsOf(items: AgendaNode[]): AgendaResolution[] {
  const found: AgendaResolution[] = [];
  const visit = (nodes: { number: string; resolutions: { id: string; title: string }[]; children?: unknown }[]) => {
    for (const node of nodes) {
      for (const resolution of node.resolutions) found.push({ ...resolution, number: node.number });
      if (Array.isArray(node.children)) visit(node.children as typeof nodes);
    }
  };
  visit(items);
  return found;
}

/**
 * The « Votes » tab of a meeting: the secretary puts each resolution of the agenda to the
 * vote in one click (with the settings chosen above), prepares a choice or an election,
 * opens and closes them and watches the count; a member finds the link to vote.
 */
export function VotesTab({ organisationId, meeting, manages }: MeetingTabProps) {
  const { t } = useTranslation('voting');
  const { live, status } = useSessionLiveConnection();
  const context = useMemo(() => ({ additionalTypenames: ['Ballot'] }), []);
  const [{ data, fetching, error }] = useQuery({ query: MeetingBallotsQuery, variables: { organisationId, meetingId: meeting.id }, context });
  const [{ data: agenda }] = useQuery({ query: ResolutionsQuery, variables: { organisationId, meetingId: meeting.id }, pause: !manages });
  const [settings, setSettings] = useState<BallotSettings>({ secret: false, resultsVisibility: 'live', rollBasis: defaultRollBasis(meeting.status) });
  const [creating, create] = useMutation(CreateBallotMutation);
  const [form, setForm] = useState<'choice' | 'election' | null>(null);
  const ballots = data?.ballots ?? [];
  const voted = new Set(ballots.map((ballot) => ballot.resolutionId).filter(Boolean));
  const allResolutions = resolutionsOf(agenda?.meeting.agenda ?? []);
  const agendaHasResolutions = allResolutions.length > 0;
  const resolutions = allResolutions.filter((resolution) => !voted.has(resolution.id));

  const prepare = async (resolution: AgendaResolution) => {
    const outcome = await create({ organisationId, input: { kind: 'resolution', meetingId: meeting.id, resolutionId: resolution.id, ...settings } }, context);
    if (outcome.data) notifyDone(t('console.prepared'));
  };

  return (
    <Stack gap="lg">
      {manages && (
        <Card withBorder component="section" aria-labelledby="votes-prepare">
          <Title order={2} size="h4" id="votes-prepare" mb="sm">
            {t('console.fromResolutions')}
          </Title>
          <Stack gap="md">
            <BallotSettingsFields value={settings} onChange={setSettings} />
            {agenda &&
              (resolutions.length === 0 ? (
                <Text c="dimmed">{t(agendaHasResolutions ? 'console.allPrepared' : 'console.noResolutions')}</Text>
              ) : (
                <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                  {resolutions.map((resolution) => (
                    <Group key={resolution.id} component="li" justify="space-between" wrap="nowrap" gap="sm">
                      <Text>
                        {resolution.number}. {resolution.title}
                      </Text>
                      <Button
                        size="xs"
                        variant="light"
                        loading={creating.fetching}
                        onClick={() => void prepare(resolution)}
                        aria-label={t('console.prepare', { title: resolution.title })}
                      >
                        {t('form.submit')}
                      </Button>
                    </Group>
                  ))}
                </Stack>
              ))}
            <ErrorAlert error={creating.error} />
            <Group gap="sm">
              <Button variant="outline" onClick={() => setForm('choice')}>
                {t('console.newChoice')}
              </Button>
              <Button variant="outline" onClick={() => setForm('election')}>
                {t('console.newElection')}
              </Button>
            </Group>
          </Stack>
        </Card>
      )}
      <section aria-labelledby="votes-list">
        <Title order={2} size="h4" id="votes-list" mb="sm">
          {t('heading')}
        </Title>
        <QueryState fetching={fetching} error={error} empty={ballots.length === 0} emptyText={t('empty')}>
          <Stack gap="md">
            {ballots.map((ballot) => (
              <BallotConsoleCard key={ballot.id} organisationId={organisationId} initial={ballot} manages={manages} live={live} status={status} />
            ))}
          </Stack>
        </QueryState>
      </section>
      {form && (
        <BallotFormDialog organisationId={organisationId} meetingId={meeting.id} kind={form} rollBasis={settings.rollBasis} onClose={() => setForm(null)} />
      )}
    </Stack>
  );
}
