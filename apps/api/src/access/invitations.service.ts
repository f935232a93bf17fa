import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { IsNull, MoreThan } from 'typeorm';
import type { OrganisationRole } from '../core/actor/organisation-role';
import { AccountRolesService } from './account-roles.service';
import { AccountsService, type OpenedSession } from '../auth/services/accounts.service';
import { normaliseEmail } from '../auth/passwords/credentials-policy';
import { SessionsService } from '../auth/services/sessions.service';
import type { Actor, AuthenticatedAccount } from '../core/actor/actor';
import { DomainError, ErrorReason } from '../core/errors/domain-error';
import { InjectTenantRepository, type TenantRepository } from '../core/tenancy/tenant-repository';
import { Transactions } from '../core/transactions/transactions';
import type { Page, PageRequest } from '../core/graphql/connection';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Mailer } from '../core/mail/mailer.service';
import { invitationMail } from './invitation-mail';
import { Invitation } from './invitation.entity';
import { MembersService } from '../members/members.service';
import { OrganisationsService } from '../organisations/organisations.service';

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
  constructor(
    @InjectTenantRepository(Invitation) private readonly invitations: TenantRepository<Invitation>,
    private readonly transactions: Transactions,
    private readonly organisations: OrganisationsService,
    private readonly accounts: AccountsService,
    private readonly roles: AccountRolesService,
    private readonly sessions: SessionsService,
    private readonly members: MembersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mailer: Mailer,
  ) {}

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
      const [existing, inviter, organisationName] = await Promise.all([
        this.accounts.findByEmail(email),
        this.accounts.get(actor.accountId),
        this.organisations.nameOf(actor.organisationId),
      ]);
      const locale = existing?.locale ?? 'fr';
      await this.mailer.send({
        to: email,
        locale,
        content: invitationMail(locale, {
          organisationName,
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

  /** Invitations neither accepted, revoked nor expired, newest first. */
  async listPending(actor: Actor, page: PageRequest): Promise<Page<Invitation>> {
    const invitations = this.invitations.of(actor.organisationId);
    const pending = { acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) };
    const [items, totalCount] = await Promise.all([
      invitations.find({ where: pending, order: { createdAt: 'DESC', id: 'ASC' }, skip: page.offset, take: page.limit }),
      invitations.count(pending),
    ]);
    return { items, totalCount, offset: page.offset };
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
    return {
      organisationName: await this.organisations.nameOf(invitation.organisationId),
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
    // A new person's password is checked and hashed before the transaction, which then only writes.
    const before = await this.usable(token);
    const prepared = (await this.accounts.findByEmail(before.email))
      ? null
      : await this.accounts.prepare({ email: before.email, password: newAccount.password ?? '', displayName: newAccount.displayName ?? '' });
    const accountId = await this.transactions.withTransaction(async () => {
      // The secret token identifies the invitation, and with it the organisation.
      const invitation = await this.invitations.acrossOrganisations().findOne({ where: { tokenHash: hashToken(token) }, lock: { mode: 'pessimistic_write' } });
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
        // The account appeared meanwhile only if someone else created it: then the caller cannot be them.
        if (!prepared) throw new DomainError(ErrorReason.InvitationUnusable, UNUSABLE);
        id = (await this.accounts.insert(prepared)).id;
      }
      await this.roles.grant(invitation.organisationId, id, invitation.role);
      if (invitation.memberId) await this.members.linkAccount(invitation.organisationId, invitation.memberId, id);
      await this.invitations.of(invitation.organisationId).update({ id: invitation.id }, { acceptedAt: new Date(), acceptedByAccountId: id });
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
