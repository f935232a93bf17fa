import { Alert, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QueryState } from '../ui/QueryState';
import { RegisterVerificationQuery } from './minutes.operations';

/** Whether the register's chain holds, or the first entry that does not, as the api explains it. */
export function RegisterChainCard({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation('minutes');
  const [{ data, fetching, error }, verify] = useQuery({ query: RegisterVerificationQuery, variables: { organisationId }, requestPolicy: 'network-only' });
  const verification = data?.registerVerification;
  return (
    <Card withBorder component="section" aria-labelledby="register-chain">
      <Stack gap="sm">
        <Title order={2} size="h4" id="register-chain">
          {t('chain.title')}
        </Title>
        <QueryState fetching={fetching} error={error} empty={!verification}>
          {verification && (
            <Alert color={verification.intact ? 'green' : 'red'} role="status">
              <Text fw={600}>
                {verification.intact ? t('chain.intact', { count: verification.entries }) : t('chain.broken', { sequence: verification.firstBrokenSequence })}
              </Text>
              <Text size="sm">{verification.explanation}</Text>
            </Alert>
          )}
        </QueryState>
        <Button variant="default" style={{ alignSelf: 'flex-start' }} onClick={() => verify({ requestPolicy: 'network-only' })}>
          {t('chain.verify')}
        </Button>
      </Stack>
    </Card>
  );
}
