import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { CollegialRequest } from '../../core/graphql/graphql-context';
import { requestLoader } from '../../core/graphql/request-loaders';
import { AgendaItemObject } from '../../meetings/graphql/agenda.object';
import type { Document } from '../entities/document.entity';
import { DocumentsService } from '../services/documents.service';
import { DocumentObject } from './document.object';

/** An agenda item's documents, added here: meetings does not know documents (it is imported by it). */
@Resolver(() => AgendaItemObject)
export class AgendaItemDocumentsResolver {
  constructor(private readonly documentsService: DocumentsService) {}

  @ResolveField(() => [DocumentObject], { description: "The item's documents, by title." })
  async documents(@Parent() item: AgendaItemObject, @Context('req') request: CollegialRequest): Promise<DocumentObject[]> {
    const loader = requestLoader<string, Document[]>(request, `agendaItemDocuments:${item.organisationId}`, async (itemIds) => {
      const byItem = await this.documentsService.ofAgendaItems({ organisationId: item.organisationId }, itemIds);
      return itemIds.map((id) => byItem.get(id) ?? []);
    });
    return (await loader.load(item.id)).map((d) => DocumentObject.from(d));
  }
}
