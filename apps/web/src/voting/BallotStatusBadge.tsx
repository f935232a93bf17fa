import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BallotStatus } from '../gql/graphql';

const COLOURS: Record<BallotStatus, string> = { draft: 'gray.8', open: 'teal.9', closed: 'dark' };

/** A ballot's status in a word: en préparation, ouvert, clos (as a meeting's status badge). */
export function BallotStatusBadge({ status }: { status: BallotStatus }) {
  const { t } = useTranslation('voting');
  return (
    <Badge color={COLOURS[status]} variant={status === 'draft' ? 'outline' : 'filled'} radius="sm" miw="max-content">
      {t(`statuses.${status}`)}
    </Badge>
  );
}
