import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import type { BallotFieldsFragment } from '../gql/graphql';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorAlert } from '../ui/ErrorAlert';
import { notifyDone } from '../ui/notify';
import type { LiveClient, LiveStatus } from './live-client';
import { BallotStatusBadge } from './BallotStatusBadge';
import { TallyPanel } from './TallyPanel';
import { useOrganisationBallotTally } from './use-organisation-ballot-tally';
import { CloseBallotMutation, DeleteBallotMutation, OpenBallotMutation } from './voting.operations';

/**
 * One ballot in the secretary's console: how it is held, open / close / delete, the
 * projector view, and once open the count as it moves, the explanation after close.
 */
export function BallotConsoleCard({
  organisationId,
  initial,
  manages,
  live,
  status,
}: {
  organisationId: string;
  initial: BallotFieldsFragment;
  manages: boolean;
  live: LiveClient | null;
  status: LiveStatus;
}) {
  const { t } = useTranslation('voting');
  const ballotId = initial.id;
  const tally = useOrganisationBallotTally(organisationId, initial, live, status);
  const { ballot, view, mode } = tally;
  const [confirming, setConfirming] = useState<'close' | 'delete' | null>(null);
  const [opening, open] = useMutation(OpenBallotMutation);
  const [closing, close] = useMutation(CloseBallotMutation);
  const [deleting, remove] = useMutation(DeleteBallotMutation);
  const headingId = `console-${ballot.id}`;
  const base = `/o/${organisationId}/votes/${ballot.id}`;

  const doOpen = async () => {
    if ((await open({ organisationId, ballotId })).data) notifyDone(t('console.opened'));
  };
  const doClose = async () => {
    if ((await close({ organisationId, ballotId })).data) {
      notifyDone(t('console.closed'));
      setConfirming(null);
    }
  };
  const doDelete = async () => {
    if ((await remove({ organisationId, ballotId })).data) {
      notifyDone(t('console.removed'));
      setConfirming(null);
    }
  };

  return (
    <Card withBorder component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <div>
            <Title order={3} size="h4" id={headingId}>
              {ballot.title}
            </Title>
            <Group gap="xs" mt={4}>
              <BallotStatusBadge status={ballot.status} />
              <Text size="sm" c="dimmed">
                {t(`kinds.${ballot.kind}`)}
                {ballot.seats ? ` (${ballot.seats})` : ''} · {ballot.secret ? t('secret') : t('public')} · {t(ballot.resultsVisibility)} ·{' '}
                {t(`rollBases.${ballot.rollBasis}`)}
              </Text>
            </Group>
          </div>
          <Group gap="xs">
            {manages && ballot.status === 'draft' && (
              <>
                <Button onClick={() => void doOpen()} loading={opening.fetching} aria-label={t('console.openNamed', { title: ballot.title })}>
                  {t('console.open')}
                </Button>
                <Button variant="outline" color="red.8" onClick={() => setConfirming('delete')} aria-label={t('console.removeNamed', { title: ballot.title })}>
                  {t('console.remove')}
                </Button>
              </>
            )}
            {manages && ballot.status === 'open' && (
              <Button color="red.8" onClick={() => setConfirming('close')} aria-label={t('console.closeNamed', { title: ballot.title })}>
                {t('console.close')}
              </Button>
            )}
            {ballot.status === 'open' && (
              <Button component={Link} to={base} variant="outline" aria-label={t('console.voteLinkNamed', { title: ballot.title })}>
                {t('console.voteLink')}
              </Button>
            )}
            <Anchor component={Link} to={`${base}/projector`} target="_blank" aria-label={t('console.projectorNamed', { title: ballot.title })}>
              {t('console.projector')}
            </Anchor>
          </Group>
        </Group>
        <ErrorAlert error={opening.error} />
        {ballot.quorum && <Text size="sm">{t('tally.quorum', { explanation: ballot.quorum })}</Text>}
        {ballot.status !== 'draft' && (
          <>
            <TallyPanel options={ballot.options} view={view} headingLevel={4} />
            {ballot.status === 'open' && (
              <Text size="xs" c="dimmed">
                {t(mode === 'live' ? 'tally.live' : 'tally.polling')}
              </Text>
            )}
            {ballot.status === 'closed' && ballot.boxSeal && (
              <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
                {t('receipt.seal', { seal: ballot.boxSeal })}
                {ballot.drawSeed ? ` · ${t('tally.drawSeed')} ${ballot.drawSeed}` : ''}
              </Text>
            )}
          </>
        )}
      </Stack>
      {confirming === 'close' && (
        <ConfirmDialog
          title={t('console.closeTitle')}
          message={t('console.closeText')}
          confirmLabel={t('console.close')}
          danger
          loading={closing.fetching}
          error={closing.error}
          onConfirm={() => void doClose()}
          onClose={() => setConfirming(null)}
        />
      )}
      {confirming === 'delete' && (
        <ConfirmDialog
          title={t('console.removeTitle')}
          message={t('console.removeText', { title: ballot.title })}
          confirmLabel={t('console.remove')}
          danger
          loading={deleting.fetching}
          error={deleting.error}
          onConfirm={() => void doDelete()}
          onClose={() => setConfirming(null)}
        />
      )}
    </Card>
  );
}
