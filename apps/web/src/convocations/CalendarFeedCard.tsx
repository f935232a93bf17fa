import { Button, Card, CopyButton, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ErrorAlert } from '../ui/ErrorAlert';
import { CalendarFeedMutation } from './convocations.operations';

/**
 * The private address of my calendar feed, to paste in a calendar application: my meetings in
 * every organisation. The api shows it once; asking again makes a new one and ends the old.
 */
export function CalendarFeedCard() {
  const { t } = useTranslation('convocations');
  const [result, create] = useMutation(CalendarFeedMutation);
  const path = result.data?.calendarFeed;
  const address = path ? new URL(path, window.location.origin).toString() : null;
  return (
    <Card withBorder component="section" aria-labelledby="calendar-feed" mt="xl">
      <Title order={2} size="h4" id="calendar-feed" mb="xs">
        {t('feed.heading')}
      </Title>
      <Stack gap="sm">
        <Text size="sm">{t('feed.intro')}</Text>
        <ErrorAlert error={result.error} />
        {address ? (
          <Group align="flex-end" gap="sm">
            <TextInput
              label={t('feed.address')}
              value={address}
              readOnly
              style={{ flex: 1, minWidth: 220 }}
              onFocus={(event) => event.currentTarget.select()}
            />
            <CopyButton value={address}>
              {({ copied, copy }) => (
                <Button onClick={copy} color={copied ? 'teal.9' : undefined}>
                  {copied ? t('feed.copied') : t('feed.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
        ) : (
          <Group>
            <Button variant="outline" onClick={() => void create({})} loading={result.fetching}>
              {t('feed.create')}
            </Button>
          </Group>
        )}
        {address && (
          <Text size="sm" c="dimmed">
            {t('feed.once')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
