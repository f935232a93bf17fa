import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, MoreThan, type Repository } from 'typeorm';
import type { OrganisationRole } from '../auth/account-role.entity';
import { AccountRolesService } from '../auth/account-roles.service';
import { AccountsService, type OpenedSession } from '../auth/accounts.service';
import { normaliseEmail } from '../auth/credentials-policy';
import { SessionsService } from '../auth/sessions.service';
import type { Actor, AuthenticatedAccount } from '../common/actor';
import { DomainError, ErrorReason } from '../common/domain-error';
import { TenantRepository } from '../common/tenant-repository';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Mailer } from '../core/mail/mailer.service';
import { invitationMail } from './invitation-mail';
import { Invitation } from './invitation.entity';
import { MembersService } from './members.service';
import { Organisation } from './organisation.entity';

export interface InvitationPreview {
  organisationName: string;
  email: string;
  role: OrganisationRole;
  expiresAt: Date;
  /** The invited address already has an account: log in, then accept. */
  accountExists: boolean;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const UNUSABLE = {
  fr: "Cette invitation n'est plus valable (déjà acceptée, annulée ou expirée). Demandez-en une nouvelle.",
  en: 'This invitation can no longer be used (already accepted, revoked or expired). Ask for a new one.',
};

/** An admin invites a person by e-mail; the person sets a password on first visit. */
@Injectable()
export class InvitationsService {
  private readonly invitations: TenantRepository<Invitation>;

  constructor(
    @InjectRepository(Invitation) invitations: Repository<Invitation>,
    private readonly accounts: AccountsService,
    private readonly roles: AccountRolesService,
    private readonly sessions: SessionsService,
    private readonly members: MembersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mailer: Mailer,
  ) {
    this.invitations = new TenantRepository(invitations);
  }

  /**
   * The link goes by e-mail to the invited address only (only its token's hash is kept), in
   * the language of its account when it has one, else French. When the mail cannot be sent,
   * no invitation is left behind.
   */
  async invite(actor: Actor, input: { email: string; role: OrganisationRole; memberId?: string | null }): Promise<Invitation> {
    const email = normaliseEmail(input.email);
    if (input.memberId) await this.members.get(actor, input.memberId);
    const token = randomBytes(32).toString('base64url');
    const invitations = this.invitations.of(actor.organisationId);
    const invitation = await invitations.save(
      invitations.create({
        email,
        role: input.role,
        memberId: input.memberId ?? null,
        tokenHash: hashToken(token),
        invitedByAccountId: actor.accountId,
        expiresAt: new Date(Date.now() + this.config.invitationTtlDays * 86_400_000),
        acceptedAt: null,
        acceptedByAccountId: null,
        revokedAt: null,
      }),
    );
    try {
      const [existing, inviter, organisation] = await Promise.all([
        this.accounts.findByEmail(email),
        this.accounts.get(actor.accountId),
        this.invitations.manager.getRepository(Organisation).findOneByOrFail({ id: actor.organisationId }),
      ]);
      const locale = existing?.locale ?? 'fr';
      await this.mailer.send({
        to: email,
        locale,
        content: invitationMail(locale, {
          organisationName: organisation.name,
          inviterName: inviter.displayName,
          role: invitation.role,
          link: `${this.config.publicUrl}/invitation#${token}`,
          expiresAt: invitation.expiresAt,
          existingAccountName: existing?.displayName ?? null,
        }),
      });
    } catch (error) {
      await invitations.delete({ id: invitation.id });
      throw error;
    }
    return invitation;
  }

  listPending(actor: Actor): Promise<Invitation[]> {
    return this.invitations.of(actor.organisationId).find({
      where: { acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      order: { createdAt: 'DESC' },
    });
  }

  async revoke(actor: Actor, invitationId: string): Promise<Invitation> {
    const invitations = this.invitations.of(actor.organisationId);
    const invitation = await invitations.findOne({ id: invitationId });
    if (!invitation) throw DomainError.notFound({ fr: 'Invitation', en: 'Invitation' });
    if (invitation.acceptedAt) throw new DomainError(ErrorReason.InvitationUnusable, UNUSABLE);
    invitation.revokedAt ??= new Date();
    return invitations.save(invitation);
  }

  /** What the invited person sees before accepting. */
  async preview(token: string): Promise<InvitationPreview> {
    const invitation = await this.usable(token);
    const organisation = await this.invitations.manager.getRepository(Organisation).findOneByOrFail({ id: invitation.organisationId });
    return {
      organisationName: organisation.name,
      email: invitation.email,
      role: invitation.role,
      expiresAt: invitation.expiresAt,
      accountExists: (await this.accounts.findByEmail(invitation.email)) !== null,
    };
  }

  /**
   * A new person sets a password and display name; a person who already has an account
   * must be logged in as that account. Either way they join with the invited role.
   */
  async accept(
    token: string,
    caller: AuthenticatedAccount | undefined,
    newAccount: { password?: string | null; displayName?: string | null },
    ipAddress: string,
  ): Promise<OpenedSession> {
    const accountId = await this.invitations.manager.transaction(async (manager) => {
      // The secret token identifies the invitation, and with it the organisation.
      const invitation = await this.invitations
        .acrossOrganisations(manager)
        .findOne({ where: { tokenHash: hashToken(token) }, lock: { mode: 'pessimistic_write' } });
      if (!invitation || !isUsable(invitation)) throw new DomainError(ErrorReason.InvitationUnusable, UNUSABLE);
      const existing = await this.accounts.findByEmail(invitation.email);
      let id: string;
      if (existing) {
        if (caller?.accountId !== existing.id) {
          throw new DomainError(ErrorReason.Unauthenticated, {
            fr: `Un compte existe déjà pour ${invitation.email} : connectez-vous avec ce compte, puis acceptez l'invitation.`,
            en: `An account already exists for ${invitation.email}: log in with it, then accept the invitation.`,
          });
        }
        id = existing.id;
      } else {
        const created = await this.accounts.create(
          { email: invitation.email, password: newAccount.password ?? '', displayName: newAccount.displayName ?? '' },
          manager,
        );
        id = created.id;
      }
      await this.roles.grant(invitation.organisationId, id, invitation.role, manager);
      if (invitation.memberId) await this.members.linkAccount(invitation.organisationId, invitation.memberId, id, manager);
      await this.invitations.of(invitation.organisationId, manager).update({ id: invitation.id }, { acceptedAt: new Date(), acceptedByAccountId: id });
      return id;
    });
    const account = await this.accounts.get(accountId);
    return { account, ...(await this.sessions.open(accountId, ipAddress)) };
  }

  private async usable(token: string): Promise<Invitation> {
    // The secret token identifies the invitation, and with it the organisation.
    const invitation = await this.invitations.acrossOrganisations().findOne({ where: { tokenHash: hashToken(token) } });
    if (!invitation || !isUsable(invitation)) throw new DomainError(ErrorReason.InvitationUnusable, UNUSABLE);
    return invitation;
  }
}

function isUsable(invitation: Invitation): boolean {
  return !invitation.acceptedAt && !invitation.revokedAt && invitation.expiresAt > new Date();
}
