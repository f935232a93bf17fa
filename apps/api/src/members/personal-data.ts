import type { Actor } from '../core/actor/actor';
import { roleSatisfies } from '../core/actor/organisation-role';
import type { Member } from './member.entity';

/**
 * A member's e-mail, postal address and birth date (and a representative's e-mail) are
 * personal data (RGPD): those who keep the register (admins, secretaries) and the member
 * themselves see them; other members and observers see names, colleges and mandates.
 */
export function seesPersonalData(viewer: Actor, member: Pick<Member, 'accountId'>): boolean {
  return roleSatisfies(viewer.role, 'secretary') || (member.accountId !== null && member.accountId === viewer.accountId);
}
