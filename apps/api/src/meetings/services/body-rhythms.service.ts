import { Injectable } from '@nestjs/common';
import { addMonths, compareDates, type PlainDate } from '@collegial/governance';
import type { Actor } from '../../core/actor/actor';
import { Clock } from '../../core/clock/clock';
import { DomainError, ErrorReason } from '../../core/errors/domain-error';
import { InjectTenantRepository, type TenantRepository } from '../../core/tenancy/tenant-repository';
import { BodiesService } from '../../bodies/bodies.service';
import type { BodyRecord as Body } from './neighbour-types';
import { OrganisationsService } from '../../organisations/organisations.service';
import { BodyRhythm } from '../entities/body-rhythm.entity';
import type { Meeting } from '../entities/meeting.entity';
import { MeetingsService } from './meetings.service';

/** A body's sittings at a glance: its rhythm, the last sitting, the next one proposed, and whether it is overdue. */
export interface BodySitting {
  body: Body;
  /** Months between sittings; null when the body has no rhythm. */
  rhythmMonths: number | null;
  /** The last meeting held or convened that started before now. */
  lastSitting: Meeting | null;
  /** The next meeting scheduled (any status) from now. */
  nextScheduled: Meeting | null;
  /** The last sitting's date plus the rhythm; null without a rhythm or a last sitting. */
  nextSittingProposed: PlainDate | null;
  /** The proposed date has passed and no later meeting is scheduled. */
  overdue: boolean;
}

const MAX_MONTHS = 120;

/** How often each body sits, and which bodies are overdue. */
@Injectable()
export class BodyRhythmsService {
  constructor(
    @InjectTenantRepository(BodyRhythm) private readonly rhythms: TenantRepository<BodyRhythm>,
    private readonly bodies: BodiesService,
    private readonly meetings: MeetingsService,
    private readonly organisations: OrganisationsService,
    private readonly clock: Clock,
  ) {}

  /** Sets (months) or removes (null) a body's rhythm. */
  async set(actor: Actor, bodyId: string, months: number | null): Promise<BodySitting> {
    const body = await this.bodies.get(actor, bodyId);
    const scope = this.rhythms.of(actor.organisationId);
    if (months === null) {
      await scope.delete({ bodyId: body.id });
    } else {
      if (!Number.isInteger(months) || months < 1 || months > MAX_MONTHS) {
        throw new DomainError(ErrorReason.InvalidInput, {
          fr: `Le rythme d'une instance se compte en mois, de 1 à ${MAX_MONTHS}.`,
          en: `A body's rhythm is in months, from 1 to ${MAX_MONTHS}.`,
        });
      }
      // One statement, so two concurrent settings cannot both insert.
      await this.rhythms
        .of(actor.organisationId)
        .query('r')
        .insert()
        .values({ organisationId: actor.organisationId, bodyId: body.id, months })
        .orUpdate(['months'], ['organisation_id', 'body_id'])
        .execute();
    }
    return (await this.sittings(actor)).find((s) => s.body.id === body.id)!;
  }

  /** Every body of the organisation with its sittings, in the bodies' order. */
  async sittings(actor: Actor): Promise<BodySitting[]> {
    const now = this.clock.now();
    const [bodies, rhythms, byBody, today] = await Promise.all([
      this.bodies.list(actor),
      this.rhythms.of(actor.organisationId).find(),
      this.meetings.sittingsByBody(actor, now),
      this.organisations.today(actor.organisationId),
    ]);
    const monthsOf = new Map(rhythms.map((r) => [r.bodyId, r.months]));
    return bodies.map((body) => {
      const rhythmMonths = monthsOf.get(body.id) ?? null;
      const { last, next } = byBody.get(body.id) ?? { last: null, next: null };
      const nextSittingProposed = rhythmMonths !== null && last ? addMonths(this.meetings.dateOf(last), rhythmMonths) : null;
      const overdue = nextSittingProposed !== null && compareDates(nextSittingProposed, today) < 0 && next === null;
      return { body, rhythmMonths, lastSitting: last, nextScheduled: next, nextSittingProposed, overdue };
    });
  }
}
