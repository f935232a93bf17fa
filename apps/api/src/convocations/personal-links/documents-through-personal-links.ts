import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DocumentLinkAccess } from '../../documents/services/document-link-access';
import { PersonalLinksService } from './personal-links.service';

/**
 * Lets a personal link download its meeting's documents: the documents feature asks, through
 * the hook it exposes (it cannot import convocations), which meeting a token opens.
 */
@Injectable()
export class DocumentsThroughPersonalLinks implements OnModuleInit {
  constructor(
    private readonly documentLinks: DocumentLinkAccess,
    private readonly links: PersonalLinksService,
  ) {}

  onModuleInit(): void {
    this.documentLinks.register({
      meetingOpenedBy: async (token) => {
        const guest = await this.links.resolve(token).catch(() => null);
        return guest ? { organisationId: guest.organisationId, meetingId: guest.meetingId } : null;
      },
    });
  }
}
