import { Mutation, Resolver } from '@nestjs/graphql';
import type { AuthenticatedAccount } from '../../core/actor/actor';
import { CurrentAccount } from '../../core/actor/current-actor.decorator';
import { CalendarFeedsService } from './calendar-feeds.service';

@Resolver()
export class CalendarFeedResolver {
  constructor(private readonly feeds: CalendarFeedsService) {}

  @Mutation(() => String, {
    description:
      "A new private address of the logged-in account's calendar feed (.ics: its meetings across its organisations), to paste in a calendar application. The previous address stops working. Shown once: keep it.",
  })
  async calendarFeed(@CurrentAccount() account: AuthenticatedAccount): Promise<string> {
    return this.feeds.regenerate(account.accountId);
  }
}
