import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from './numbers';

/** Where a paged list is: the cursor of the page shown, and how to move. */
export interface CursorPages {
  /** The cursor of the page shown (null: the first page). */
  after: string | null;
  /** 1 for the first page. */
  page: number;
  next: (endCursor: string) => void;
  previous: () => void;
}

/**
 * The cursors of the pages read so far, the last one the page shown, so that « Précédent »
 * goes back without the api keeping state. A new `query` (the list's search and filters,
 * as one string) starts again from the first page.
 */
export function useCursorPages(query: string): CursorPages {
  const [state, setState] = useState<{ query: string; cursors: (string | null)[] }>({ query, cursors: [null] });
  const cursors = state.query === query ? state.cursors : [null];
  return {
    after: cursors[cursors.length - 1],
    page: cursors.length,
    next: (endCursor) => setState({ query, cursors: [...cursors, endCursor] }),
    previous: () => setState({ query, cursors: cursors.length > 1 ? cursors.slice(0, -1) : cursors }),
  };
}

/** « Précédent · Page 2 sur 4 · Suivant » under a paged list; nothing when it fits on one page. */
export function CursorPager({
  pages,
  totalCount,
  pageSize,
  pageInfo,
  label,
}: {
  pages: CursorPages;
  totalCount: number;
  pageSize: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  /** The navigation's name, for screen readers (« Pages du registre »). */
  label: string;
}) {
  const { t } = useTranslation('common');
  const count = Math.max(1, Math.ceil(totalCount / pageSize));
  if (count === 1 && pages.page === 1) return null;
  return (
    <Group component="nav" aria-label={label} justify="space-between" mt="sm">
      <Button variant="default" disabled={pages.page === 1} onClick={pages.previous}>
        {t('previous')}
      </Button>
      <Text size="sm">{t('pageOf', { page: formatNumber(pages.page), pages: formatNumber(Math.max(count, pages.page)) })}</Text>
      <Button variant="default" disabled={!pageInfo.hasNextPage} onClick={() => pageInfo.endCursor && pages.next(pageInfo.endCursor)}>
        {t('next')}
      </Button>
    </Group>
  );
}
