import { Injectable } from '@nestjs/common';
import type { Actor } from '../../core/actor/actor';
import { InjectTenantRepository, type TenantRepository } from '../../core/tenancy/tenant-repository';
import { Document } from '../entities/document.entity';

export interface DocumentSearchHit {
  document: Document;
  rank: number;
  /** Where the words were found, HTML-escaped, the words in <mark>…</mark>: safe to render as HTML. */
  excerpt: string;
}

/** The text search configuration of the DocumentSearch migration: French stemming, accents aside. */
const CONFIGURATION = 'french_unaccent';
export const MAX_SEARCH_RESULTS = 50;
const MAX_QUERY_LENGTH = 200;

/**
 * French full-text search over titles (weight A) and the text of the current versions
 * (weight B): "comptes annuels 2025" finds "Comptes annuels de l'exercice 2025", "Réglement"
 * finds "règlement". The query is read as a person types it (websearch_to_tsquery: quotes
 * for a phrase, "or", "-" to exclude).
 */
@Injectable()
export class DocumentSearchService {
  constructor(@InjectTenantRepository(Document) private readonly documents: TenantRepository<Document>) {}

  async search(actor: Actor, text: string, first = 20): Promise<DocumentSearchHit[]> {
    const query = text.trim().slice(0, MAX_QUERY_LENGTH);
    if (query === '') return [];
    const limit = Math.min(Math.max(1, Math.trunc(first)), MAX_SEARCH_RESULTS);
    const builder = this.documents
      .of(actor.organisationId)
      .query('d')
      .leftJoin('document_versions', 'v', 'v.id = d.current_version_id AND v.organisation_id = d.organisation_id')
      .andWhere(`d.search_vector @@ websearch_to_tsquery('${CONFIGURATION}', :query)`, { query })
      .addSelect(`ts_rank(d.search_vector, websearch_to_tsquery('${CONFIGURATION}', :query))`, 'rank')
      // Escaped before ts_headline: the excerpt's only markup is the <mark> it adds.
      .addSelect(
        `ts_headline('${CONFIGURATION}', ${escapedHtml("d.title || E'\\n' || coalesce(v.extracted_text, '')")}, websearch_to_tsquery('${CONFIGURATION}', :query),
          'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "')`,
        'excerpt',
      )
      .orderBy('rank', 'DESC')
      .addOrderBy('d.title', 'ASC')
      .limit(limit);
    const { entities, raw } = await builder.getRawAndEntities<{ rank: number | string; excerpt: string }>();
    return entities.map((document, i) => ({ document, rank: Number(raw[i].rank), excerpt: raw[i].excerpt }));
  }
}

/** SQL that HTML-escapes a text expression (& first). */
function escapedHtml(expression: string): string {
  return `replace(replace(replace(replace(${expression}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;')`;
}
