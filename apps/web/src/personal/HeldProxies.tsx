import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { PersonalMeetingFieldsFragment } from '../gql/graphql';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { notifyDone } from '../ui/notify';
import { DeclineProxyMutation } from './personal.operations';

type HeldProxy = PersonalMeetingFieldsFragment['proxiesHeld'][number];

/** The proxies in force that other members gave me: I may decline one (its giver is told) until the meeting opens. */
export function HeldProxies({ link, proxies, changeable }: { link: string; proxies: HeldProxy[]; changeable: boolean }) {
  const { t } = useTranslation('personal');
  const [declining, setDeclining] = useState<HeldProxy | null>(null);
  const [result, decline] = useMutation(DeclineProxyMutation);
  const confirm = async () => {
    if (!declining) return;
    const outcome = await decline({ link, proxyId: declining.id });
    if (outcome.data) {
      notifyDone(t('held.done'));
      setDeclining(null);
    }
  };
  return (
    <Card withBorder component="section" aria-labelledby="personal-held">
      <Title order={2} size="h4" id="personal-held" mb="sm">
        {t('held.heading')}
      </Title>
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {proxies.map((proxy) => (
          <Group key={proxy.id} component="li" justify="space-between" wrap="nowrap">
            <Text>{t('held.from', { name: proxy.principalName })}</Text>
            {changeable && (
              <Button
                size="xs"
                variant="outline"
                color="red.8"
                onClick={() => setDeclining(proxy)}
                aria-label={t('held.declineNamed', { name: proxy.principalName })}
              >
                {t('held.decline')}
              </Button>
            )}
          </Group>
        ))}
      </Stack>
      {declining && (
        <ConfirmDialog
          title={t('held.confirmTitle')}
          message={t('held.confirmText', { name: declining.principalName })}
          confirmLabel={t('held.decline')}
          danger
          loading={result.fetching}
          error={result.error}
          onConfirm={() => void confirm()}
          onClose={() => setDeclining(null)}
        />
      )}
    </Card>
  );
}
