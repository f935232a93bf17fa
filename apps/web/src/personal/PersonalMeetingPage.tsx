import { Alert, Anchor, Card, Center, Container, Loader, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { errorMessage } from '../api/error-message';
import { fragmentToken } from '../auth/fragment-token';
import { formatMeetingTime } from '../meetings/meeting-time';
import { PersonalAgenda } from './PersonalAgenda';
import { PersonalDocuments } from './PersonalDocuments';
import { HeldProxies } from './HeldProxies';
import { AddToCalendarButton } from './AddToCalendarButton';
import { MeetingSignIn } from './MeetingSignIn';
import { PersonalMeetingQuery } from './personal.operations';
import { ReplyCard } from './ReplyCard';

// Its strings come with the page's (the /m route loads the `voting` namespace).
const PersonalVotes = lazy(() => import('../voting/PersonalVotes').then((m) => ({ default: m.PersonalVotes })));

/**
 * A member's page for one meeting, from the personal link of their convocation (/m#<token>):
 * no account, no password; the link is the key, and it never leaves the browser in an address.
 */
export function PersonalMeetingPage() {
  const { t } = useTranslation('personal');
  const { t: common } = useTranslation('common');
  const [link] = useState(fragmentToken);
  const context = useMemo(() => ({ additionalTypenames: ['PersonalMeeting'] }), []);
  const [{ data, fetching, error }] = useQuery({ query: PersonalMeetingQuery, variables: { link }, pause: !link, context });
  const meeting = data?.personalMeeting;

  useEffect(() => {
    document.title = `${meeting?.title ?? t('pageTitle')} · Collegial`;
  }, [meeting?.title, t]);

  if (!link || (!meeting && error)) {
    return (
      <Container size="sm" p={0}>
        <Title order={1} size="h2" mb="md">
          {t('pageTitle')}
        </Title>
        <Alert color="red" role="alert" title={link ? errorMessage(error) : undefined}>
          {link ? t('unusableLink') : t('missingLink')}
        </Alert>
      </Container>
    );
  }
  if (!meeting) {
    return (
      <Center p="lg">
        <Loader role="status" aria-label={common('loading')} />
      </Center>
    );
  }
  return (
    <Container size="sm" p={0}>
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {meeting.title}
          </Title>
          <Text c="dimmed">{t('greeting', { name: meeting.memberName, organisation: meeting.organisationName })}</Text>
        </Stack>
        {fetching && <Loader role="status" size="sm" aria-label={common('loading')} />}
        <Card withBorder component="section" aria-labelledby="personal-details">
          <Title order={2} size="h4" id="personal-details" mb="sm">
            {t('details')}
          </Title>
          <Stack gap="sm">
            <Detail label={t('when')}>{formatMeetingTime(meeting.startsAt, meeting.timeZone, t('at'))}</Detail>
            <Detail label={t('where')}>{meeting.place || t('noPlace')}</Detail>
            <Detail label={t('remote')}>
              {meeting.remoteLink ? (
                <Anchor href={meeting.remoteLink} target="_blank" rel="noopener noreferrer" style={{ wordBreak: 'break-all' }}>
                  {t('join')}
                </Anchor>
              ) : (
                t('noRemote')
              )}
            </Detail>
            <AddToCalendarButton link={link} meetingId={meeting.meetingId} />
          </Stack>
        </Card>
        {meeting.status === 'closed' && <Alert color="gray">{t('closed')}</Alert>}
        {meeting.canSignIn && <MeetingSignIn link={link} />}
        <Suspense fallback={null}>
          <PersonalVotes link={link} />
        </Suspense>
        <ReplyCard link={link} meeting={meeting} />
        {meeting.proxiesHeld.length > 0 && <HeldProxies link={link} proxies={meeting.proxiesHeld} changeable={meeting.canReply} />}
        <PersonalAgenda agenda={meeting.agenda} />
        <PersonalDocuments link={link} documents={meeting.documents} />
      </Stack>
    </Container>
  );
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text>{children}</Text>
    </div>
  );
}
