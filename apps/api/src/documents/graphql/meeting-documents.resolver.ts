import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { CollegialRequest } from '../../core/graphql/graphql-context';
import { requestLoader } from '../../core/graphql/request-loaders';
import { MeetingObject } from '../../meetings/graphql/meeting.object';
import type { Document } from '../entities/document.entity';
import { DocumentsService } from '../services/documents.service';
import { DocumentObject } from './document.object';

/** A meeting's preparatory documents, added here: meetings does not know documents (it is imported by it). */
@Resolver(() => MeetingObject)
export class MeetingDocumentsResolver {
  constructor(private readonly documentsService: DocumentsService) {}

  @ResolveField(() => [DocumentObject], { description: "The meeting's preparatory documents (its agenda items' are on each item), by title." })
  async documents(@Parent() meeting: MeetingObject, @Context('req') request: CollegialRequest): Promise<DocumentObject[]> {
    const loader = requestLoader<string, Document[]>(request, `meetingDocuments:${meeting.organisationId}`, async (meetingIds) => {
      const byMeeting = await this.documentsService.ofMeetings({ organisationId: meeting.organisationId }, meetingIds);
      return meetingIds.map((id) => byMeeting.get(id) ?? []);
    });
    return (await loader.load(meeting.id)).map((d) => DocumentObject.from(d));
  }
}
