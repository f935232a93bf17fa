import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/actor/actor';
import { CurrentActor } from '../../core/actor/current-actor.decorator';
import { RequireRole } from '../../core/actor/require-role.decorator';
import type { CollegialRequest } from '../../core/graphql/graphql-context';
import { ArgRules } from '../../core/graphql/input-rules';
import { requestLoader } from '../../core/graphql/request-loaders';
import { UUIDScalar } from '../../core/graphql/uuid.scalar';
import type { DocumentKind } from '../entities/document-kind';
import type { DocumentVersion } from '../entities/document-version.entity';
import { DocumentSearchService, MAX_SEARCH_RESULTS } from '../services/document-search.service';
import { DocumentsService } from '../services/documents.service';
import { DocumentKindEnum } from './document-enums';
import { UpdateDocumentInput } from './document.input';
import { DocumentObject, DocumentSearchHitObject, DocumentVersionObject } from './document.object';

const OrganisationId = () => Args('organisationId', { type: () => UUIDScalar });
const DocumentId = () => Args('documentId', { type: () => UUIDScalar });

/** Documents and the governance library; files go up and down through the HTTP routes (DocumentsController). */
@Resolver(() => DocumentObject)
export class DocumentsResolver {
  constructor(
    private readonly documentsService: DocumentsService,
    private readonly searchService: DocumentSearchService,
  ) {}

  @RequireRole('observer')
  @Query(() => [DocumentObject], { description: 'The governance library: statutes, internal rules, past minutes… by kind, then title.' })
  async libraryDocuments(
    @OrganisationId() _o: string,
    @Args('kind', { type: () => DocumentKindEnum, nullable: true }) kind: DocumentKind | null,
    @CurrentActor() actor: Actor,
  ): Promise<DocumentObject[]> {
    return (await this.documentsService.library(actor, kind)).map((d) => DocumentObject.from(d));
  }

  @RequireRole('observer')
  @Query(() => DocumentObject)
  async document(@OrganisationId() _o: string, @DocumentId() documentId: string, @CurrentActor() actor: Actor): Promise<DocumentObject> {
    return DocumentObject.from(await this.documentsService.get(actor, documentId));
  }

  @RequireRole('observer')
  @ArgRules({ query: { maxLength: 200 } })
  @Query(() => [DocumentSearchHitObject], {
    description: 'French full-text search over titles and texts, accents aside ("comptes annuels 2025"), best first, with highlighted excerpts.',
  })
  async searchDocuments(
    @OrganisationId() _o: string,
    @Args('query') query: string,
    @Args('first', { type: () => Int, nullable: true, description: `How many hits (default 20, at most ${MAX_SEARCH_RESULTS}).` }) first: number | null,
    @CurrentActor() actor: Actor,
  ): Promise<DocumentSearchHitObject[]> {
    const hits = await this.searchService.search(actor, query, first ?? 20);
    return hits.map((hit) =>
      Object.assign(new DocumentSearchHitObject(), { document: DocumentObject.from(hit.document), rank: hit.rank, excerpt: hit.excerpt }),
    );
  }

  @RequireRole('secretary')
  @Mutation(() => DocumentObject, { description: 'Renames a document or changes its kind; its file changes by uploading a new version.' })
  async updateDocument(
    @OrganisationId() _o: string,
    @DocumentId() documentId: string,
    @Args('input') input: UpdateDocumentInput,
    @CurrentActor() actor: Actor,
  ): Promise<DocumentObject> {
    return DocumentObject.from(await this.documentsService.update(actor, documentId, input));
  }

  @RequireRole('secretary')
  @Mutation(() => Boolean, { description: 'Removes a document and all its versions.' })
  async removeDocument(@OrganisationId() _o: string, @DocumentId() documentId: string, @CurrentActor() actor: Actor): Promise<boolean> {
    await this.documentsService.remove(actor, documentId);
    return true;
  }

  @ResolveField(() => DocumentVersionObject, { nullable: true, description: 'The latest version.' })
  async currentVersion(@Parent() document: DocumentObject, @Context('req') request: CollegialRequest): Promise<DocumentVersionObject | null> {
    const versions = await this.versionsLoader(request, document.organisationId).load(document.id);
    const current = versions.find((v) => v.id === document.currentVersionId);
    return current ? DocumentVersionObject.from(current) : null;
  }

  @ResolveField(() => [DocumentVersionObject], { description: 'Every version, latest first.' })
  async versions(@Parent() document: DocumentObject, @Context('req') request: CollegialRequest): Promise<DocumentVersionObject[]> {
    return (await this.versionsLoader(request, document.organisationId).load(document.id)).map((v) => DocumentVersionObject.from(v));
  }

  private versionsLoader(request: CollegialRequest, organisationId: string) {
    return requestLoader<string, DocumentVersion[]>(request, `documentVersions:${organisationId}`, async (documentIds) => {
      const byDocument = await this.documentsService.versionsOf({ organisationId }, documentIds);
      return documentIds.map((id) => byDocument.get(id) ?? []);
    });
  }
}
