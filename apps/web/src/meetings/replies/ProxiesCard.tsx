import { Anchor, Badge, Button, Card, Group, List, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { notifyDone } from '../../ui/notify';
import { QueryState } from '../../ui/QueryState';
import { CancelProxyMutation, MeetingProxiesQuery } from '../session.operations';
import { RecordProxyModal } from './RecordProxyModal';
import { proxiesByHolder } from './proxies-by-holder';

/**
 * Proxies at a glance: each holder with the members they represent (blank proxies under the
 * chair), declined ones marked; until the meeting opens, a secretary records paper proxies and cancels withdrawn ones.
 */
export function ProxiesCard({ organisationId, meetingId, editable }: { organisationId: string; meetingId: string; editable: boolean }) {
  const { t } = useTranslation('meetings');
  const context = useMemo(() => ({ additionalTypenames: ['MeetingProxy'] }), []);
  const [{ data, fetching, error }] = useQuery({ query: MeetingProxiesQuery, variables: { organisationId, meetingId }, context });
  const proxies = data?.meeting.proxies ?? [];
  const holders = proxiesByHolder(proxies);
  const inForce = proxies.filter((proxy) => proxy.status === 'given').length;
  const [recording, setRecording] = useState(false);
  const [cancelling, setCancelling] = useState<{ id: string; name: string } | null>(null);
  const [cancelled, cancel] = useMutation(CancelProxyMutation);
  const confirmCancel = async () => {
    if (!cancelling) return;
    const answer = await cancel({ organisationId, proxyId: cancelling.id });
    if (answer.data) {
      notifyDone(t('proxies.cancelled', { name: cancelling.name }));
      setCancelling(null);
    }
  };
  return (
    <Card withBorder component="section" aria-labelledby="proxies-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="proxies-heading">
          {t('proxies.heading')}
        </Title>
        <Group gap="sm">
          {inForce > 0 && <Text c="dimmed">{t('proxies.total', { count: inForce })}</Text>}
          {editable && <Button onClick={() => setRecording(true)}>{t('proxies.record')}</Button>}
        </Group>
      </Group>
      <QueryState fetching={fetching} error={error} empty={proxies.length === 0} emptyText={t('proxies.empty')}>
        <Table.ScrollContainer minWidth={360}>
          <Table verticalSpacing="sm" aria-label={t('proxies.heading')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('proxies.holder')}</Table.Th>
                <Table.Th scope="col">{t('proxies.count')}</Table.Th>
                <Table.Th scope="col">{t('proxies.principals')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {holders.map((holder) => (
                <Table.Tr key={holder.key}>
                  <Table.Th scope="row" fw={500}>
                    {holder.name ?? t('proxies.blankHolder')}
                  </Table.Th>
                  <Table.Td>{holder.given}</Table.Td>
                  <Table.Td>
                    <List size="sm" listStyleType="none" spacing={2}>
                      {holder.proxies.map((proxy) => (
                        <List.Item key={proxy.id}>
                          {proxy.principal.name}{' '}
                          {editable && proxy.status === 'given' && (
                            <Anchor
                              component="button"
                              type="button"
                              size="sm"
                              c="red.9"
                              ml={4}
                              onClick={() => setCancelling({ id: proxy.id, name: proxy.principal.name })}
                              aria-label={t('proxies.cancelNamed', { name: proxy.principal.name })}
                            >
                              {t('proxies.cancel')}
                            </Anchor>
                          )}{' '}
                          {proxy.status === 'declined' && (
                            <Badge size="sm" color="red.9" variant="outline" radius="sm">
                              {t('proxies.declined')}
                            </Badge>
                          )}
                        </List.Item>
                      ))}
                    </List>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </QueryState>
      {recording && <RecordProxyModal organisationId={organisationId} meetingId={meetingId} onClose={() => setRecording(false)} />}
      {cancelling && (
        <ConfirmDialog
          title={t('proxies.cancelNamed', { name: cancelling.name })}
          message={t('proxies.cancelConfirm', { name: cancelling.name })}
          confirmLabel={t('proxies.cancel')}
          danger
          loading={cancelled.fetching}
          error={cancelled.error}
          onConfirm={() => void confirmCancel()}
          onClose={() => setCancelling(null)}
        />
      )}
    </Card>
  );
}
