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
    // An agenda item names no organisation: it was read in one the role guard let the
    // caller into for this request, so the documents are looked for in those only.
    const organisationIds = Object.keys(request.actors ?? {}).sort();
    const loader = requestLoader<string, Document[]>(request, `agendaItemDocuments:${organisationIds.join(',')}`, async (itemIds) => {
      const found = new Map<string, Document[]>();
      for (const organisationId of organisationIds) {
        for (const [itemId, documents] of await this.documentsService.ofAgendaItems({ organisationId }, itemIds)) found.set(itemId, documents);
      }
      return itemIds.map((id) => found.get(id) ?? []);
    });
    return (await loader.load(item.id)).map((d) => DocumentObject.from(d));
  }
}
