import type { Locale } from '../../core/locale/locale';
import type { Voter } from '../voter';
import type { LiveIdentity } from './live-handshake';

/**
 * One client's live connection: who it is (from the handshake) and, per organisation, what
 * was looked up for it once (its membership, the member it votes as), so no message after
 * the first asks the database who the client is.
 */
export class LiveConnection {
  private readonly memberships = new Map<string, Promise<boolean>>();
  private readonly voters = new Map<string, Promise<Voter>>();

  constructor(
    readonly identity: LiveIdentity,
    readonly locale: Locale,
  ) {}

  membership(organisationId: string, lookUp: () => Promise<boolean>): Promise<boolean> {
    return cached(this.memberships, organisationId, lookUp);
  }

  voter(organisationId: string, lookUp: () => Promise<Voter>): Promise<Voter> {
    return cached(this.voters, organisationId, lookUp);
  }
}

/** The answer is kept, a refusal too; a failure (the database away) is asked again next time. */
function cached<T>(cache: Map<string, Promise<T>>, key: string, lookUp: () => Promise<T>): Promise<T> {
  let answer = cache.get(key);
  if (!answer) {
    answer = lookUp();
    cache.set(key, answer);
    answer.catch((error: unknown) => {
      if (!(error instanceof Error && error.name === 'DomainError')) cache.delete(key);
    });
  }
  return answer;
}
