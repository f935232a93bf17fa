import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { convocationChannel } from '@collegial/governance';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { JobQueue } from '../../core/jobs/job-queue.service';
import type { Job } from '../../core/jobs/job-queues';
import { Mailer } from '../../core/mail/mailer.service';
import { InjectTenantRepository, type TenantRepository } from '../../core/tenancy/tenant-repository';
import { ProxiesService } from '../../meetings/services/proxies.service';
import { Convocation } from '../entities/convocation.entity';
import { proxyNoticeMail } from '../mail/proxy-notice-mail';
import { PersonalLinksService } from '../personal-links/personal-links.service';
import { MeetingFactsReader } from './meeting-facts';
import { personalUrl } from './personal-url';
import { PROXY_NOTICE_QUEUE } from './proxy-notice-jobs';

/**
 * Tells the holder of a proxy, by e-mail when they consented to it, with a personal link
 * to decline it. A proxy no longer in force by then (withdrawn, declined) is not announced.
 */
@Injectable()
export class ProxyNoticeDelivery implements OnModuleInit {
  constructor(
    @InjectTenantRepository(Convocation) private readonly convocations: TenantRepository<Convocation>,
    private readonly proxies: ProxiesService,
    private readonly facts: MeetingFactsReader,
    private readonly links: PersonalLinksService,
    private readonly mailer: Mailer,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register(PROXY_NOTICE_QUEUE, (job) => this.deliver(job), { retryLimit: 4, retryDelaySeconds: 5, batchSize: 10, concurrency: 2 });
  }

  async deliver(job: Job<typeof PROXY_NOTICE_QUEUE>): Promise<void> {
    const { organisationId, proxyId } = job.payload;
    const proxy = await this.proxies.get(organisationId, proxyId).catch(() => null);
    if (!proxy || proxy.status !== 'given' || !proxy.holderMemberId) return;
    // Both are convened: read with their convocations (and the holder's language with their account).
    const scope = this.convocations.of(organisationId);
    const holder = (await scope.findOne({ meetingId: proxy.meetingId, memberId: proxy.holderMemberId }, { relations: { member: { account: true } } }))?.member;
    const principal = (await scope.findOne({ meetingId: proxy.meetingId, memberId: proxy.principalMemberId }, { relations: { member: true } }))?.member;
    if (!holder || !principal || !holder.email || convocationChannel(holder) !== 'email') return;
    const facts = await this.facts.of(organisationId, proxy.meetingId);
    const { token, link } = await this.links.issue(organisationId, proxy.meetingId, holder.id, facts.end);
    const locale = holder.account?.locale ?? 'fr';
    try {
      await this.mailer.send({
        to: holder.email,
        locale,
        content: proxyNoticeMail(
          {
            holderName: holder.name,
            principalName: principal.name,
            meetingTitle: facts.meeting.title,
            organisationName: facts.organisationName,
            start: facts.meeting.startsAt,
            end: facts.end,
            timeZone: facts.meeting.timeZone,
            personalUrl: personalUrl(this.config.publicUrl, token),
          },
          locale,
        ),
      });
    } catch (error) {
      await this.links.revoke(organisationId, link.id);
      throw error;
    }
  }
}
