import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { SignInMode } from '../gql/graphql';
import { ErrorAlert } from '../ui/ErrorAlert';
import { SignInToMeetingMutation } from './personal.operations';

/** On the day, once the meeting is open: the member signs the attendance sheet from their link. */
export function MeetingSignIn({ link }: { link: string }) {
  const { t } = useTranslation('personal');
  const [result, signIn] = useMutation(SignInToMeetingMutation);
  const sign = (mode: SignInMode) => void signIn({ link, mode });
  return (
    <Card withBorder component="section" aria-labelledby="personal-sign-in">
      <Title order={2} size="h4" id="personal-sign-in" mb="sm">
        {t('signIn.heading')}
      </Title>
      {result.data ? (
        <Alert color="green" role="status">
          {t('signIn.done')}
        </Alert>
      ) : (
        <Stack gap="sm">
          <Text>{t('signIn.intro')}</Text>
          <ErrorAlert error={result.error} />
          <Group>
            <Button onClick={() => sign('inPerson')} loading={result.fetching}>
              {t('signIn.inPerson')}
            </Button>
            <Button variant="outline" onClick={() => sign('remote')} loading={result.fetching}>
              {t('signIn.remote')}
            </Button>
          </Group>
        </Stack>
      )}
    </Card>
  );
}
