import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import type { ConvocationAnswer } from '../gql/graphql';
import { ConvocationsQuery } from './convocations.operations';

export const ANSWERS: ConvocationAnswer[] = ['attendingInPerson', 'attendingRemotely', 'absent', 'proxy', 'blankProxy'];

export type ReplyCounts = Record<ConvocationAnswer | 'none', number> & { total: number };

/** The api's largest page: a 2,000-member assembly is counted in ten requests. */
const PAGE = 200;

/** How many members gave each answer, counted over every page of the meeting's convocations. */
export function useReplyCounts(organisationId: string, meetingId: string, refresh: number) {
  const client = useClient();
  const [state, setState] = useState<{ counts: ReplyCounts | null; error: Error | null; fetching: boolean }>({ counts: null, error: null, fetching: true });
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const counts: ReplyCounts = { attendingInPerson: 0, attendingRemotely: 0, absent: 0, proxy: 0, blankProxy: 0, none: 0, total: 0 };
      let after: string | null = null;
      for (;;) {
        const result = await client.query(ConvocationsQuery, { organisationId, meetingId, first: PAGE, after }, { requestPolicy: 'network-only' }).toPromise();
        if (cancelled) return;
        if (result.error || !result.data) {
          setState({ counts: null, error: result.error ?? null, fetching: false });
          return;
        }
        for (const convocation of result.data.convocations.nodes) counts[convocation.reply ?? 'none'] += 1;
        counts.total = result.data.convocations.totalCount;
        if (!result.data.convocations.pageInfo.hasNextPage) break;
        after = result.data.convocations.pageInfo.endCursor ?? null;
      }
      setState({ counts, error: null, fetching: false });
    })();
    return () => {
      cancelled = true;
    };
  }, [client, organisationId, meetingId, refresh]);
  return state;
}
