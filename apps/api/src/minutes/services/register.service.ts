import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { PlainDate } from '@collegial/governance';
import type { MinutesDocument } from '@collegial/minutes-pdf';
import type { Actor } from '../../core/actor/actor';
import { Clock } from '../../core/clock/clock';
import { DomainError } from '../../core/errors/domain-error';
import type { Page, PageRequest } from '../../core/graphql/connection';
import { InjectTenantRepository, type TenantRepository } from '../../core/tenancy/tenant-repository';
import { Transactions } from '../../core/transactions/transactions';
import type { DecisionOutcome, RegisterEntryKind } from '../entities/minutes-enums';
import { RegisterDecision } from '../entities/register-decision.entity';
import { RegisterEntry } from '../entities/register-entry.entity';
import { REGISTER_ENTRY, invalid } from './minutes-messages';
import type { StoredPdf } from './minutes-files';
import { GENESIS_HASH, entryHash, verifyChain, type ChainedDecision, type ChainVerification } from './register-chain';

/** What a new entry records; the register numbers, pages and chains it. */
export interface EntryDraft {
  kind: RegisterEntryKind;
  minutesId: string | null;
  meetingId: string | null;
  bodyId: string;
  meetingDate: PlainDate;
  title: string;
  seal: string | null;
  pdf: StoredPdf;
  decisions: Omit<ChainedDecision, 'position'>[];
  accountId: string | null;
}

export interface DecisionFilter {
  /** French full text, as a person types it (quotes, or, -). */
  text?: string | null;
  bodyId?: string | null;
  from?: PlainDate | null;
  to?: PlainDate | null;
  outcome?: DecisionOutcome | null;
}

export interface DecisionHit {
  decision: RegisterDecision;
  /** Where the words were found, HTML-escaped, the words in <mark>…</mark>; null without a text query. */
  excerpt: string | null;
}

const CONFIGURATION = 'french_unaccent';
const MAX_QUERY_LENGTH = 200;

/** The decisions (resolutions, elections) of approved minutes, as the register keeps them. */
export function decisionsOf(doc: MinutesDocument): Omit<ChainedDecision, 'position'>[] {
  return doc.items.flatMap((item) => [
    ...item.resolutions.map((r) => ({
      kind: 'resolution',
      number: r.number,
      title: (r.title || r.text).slice(0, 300),
      text: r.text,
      outcome: r.adopted ? 'adopted' : 'rejected',
      explanation: r.explanation,
    })),
    ...item.elections.map((e) => {
      const elected = e.candidates.filter((c) => c.elected).map((c) => c.name);
      return {
        kind: 'election',
        number: null,
        title: e.title.slice(0, 300),
        text: elected.join(', '),
        outcome: elected.length ? 'elected' : 'noVotes',
        explanation: e.explanation ?? '',
      };
    }),
  ]);
}

/**
 * The decision register (registre des délibérations): entries appended one at a time per
 * organisation (an advisory lock orders them), each chained to the previous by hash and
 * paged on from it; decisions searched in French; the chain verified on demand.
 */
@Injectable()
export class RegisterService {
  constructor(
    @InjectTenantRepository(RegisterEntry) private readonly entries: TenantRepository<RegisterEntry>,
    @InjectTenantRepository(RegisterDecision) private readonly decisions: TenantRepository<RegisterDecision>,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  /** Appends an entry and its decisions, in the current transaction (or one of its own). */
  async append(organisationId: string, draft: EntryDraft): Promise<RegisterEntry> {
    return this.transactions.withTransaction(async () => {
      // One writer at a time per organisation: the sequence, pages and previous hash follow the last entry.
      await this.transactions.tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`decision-register:${organisationId}`]);
      const scope = this.entries.of(organisationId);
      const last = await scope.findOne({}, { order: { sequence: 'DESC' } });
      const sequence = (last?.sequence ?? 0) + 1;
      const firstPage = (last?.lastPage ?? 0) + 1;
      const decisions: ChainedDecision[] = draft.decisions.map((d, index) => ({ ...d, position: index + 1 }));
      const content = {
        sequence,
        kind: draft.kind,
        minutesId: draft.minutesId,
        meetingId: draft.meetingId,
        bodyId: draft.bodyId,
        meetingDate: draft.meetingDate,
        title: draft.title,
        seal: draft.seal,
        pdfSha256: draft.pdf.sha256,
        pdfSize: draft.pdf.size,
        firstPage,
        lastPage: firstPage + draft.pdf.pages - 1,
        recordedAt: this.clock.now(),
        previousHash: last?.hash ?? GENESIS_HASH,
      };
      const hash = entryHash({ ...content, decisions });
      const entry = await scope.save(scope.create({ ...content, hash, recordedByAccountId: draft.accountId }));
      const rows = this.decisions.of(organisationId);
      if (decisions.length) {
        await rows.save(
          decisions.map((d) =>
            rows.create({
              ...d,
              kind: d.kind as RegisterDecision['kind'],
              outcome: d.outcome as DecisionOutcome | null,
              entryId: entry.id,
              bodyId: draft.bodyId,
              meetingDate: draft.meetingDate,
            }),
          ),
        );
      }
      return entry;
    });
  }

  async get(actor: Pick<Actor, 'organisationId'>, entryId: string): Promise<RegisterEntry> {
    const entry = await this.entries.of(actor.organisationId).findOne({ id: entryId }, { relations: { body: true } });
    if (!entry) throw DomainError.notFound(REGISTER_ENTRY);
    return entry;
  }

  /** An entry by id alone, for a download: the caller's right is checked next, in its organisation. */
  findAnywhere(entryId: string): Promise<RegisterEntry | null> {
    return this.entries.acrossOrganisations().findOne({ where: { id: entryId } });
  }

  /** Entries by sequence, latest first. */
  async page(actor: Pick<Actor, 'organisationId'>, page: PageRequest): Promise<Page<RegisterEntry>> {
    const [items, totalCount] = await this.entries
      .of(actor.organisationId)
      .query('e')
      .leftJoinAndSelect('e.body', 'body')
      .orderBy('e.sequence', 'DESC')
      .offset(page.offset)
      .limit(page.limit)
      .getManyAndCount();
    return { items, offset: page.offset, totalCount };
  }

  /** Every entry, by sequence (the archive). */
  all(organisationId: string): Promise<RegisterEntry[]> {
    return this.entries.of(organisationId).find({ order: { sequence: 'ASC' }, relations: { body: true } });
  }

  async ofMinutes(organisationId: string, minutesIds: readonly string[]): Promise<Map<string, RegisterEntry>> {
    if (minutesIds.length === 0) return new Map();
    const rows = await this.entries.of(organisationId).find({ where: { minutesId: In([...minutesIds]) } });
    return new Map(rows.map((e) => [e.minutesId!, e]));
  }

  async decisionsOfEntries(organisationId: string, entryIds: readonly string[]): Promise<Map<string, RegisterDecision[]>> {
    const out = new Map<string, RegisterDecision[]>(entryIds.map((id) => [id, []]));
    if (entryIds.length === 0) return out;
    const rows = await this.decisions.of(organisationId).find({ where: { entryId: In([...entryIds]) }, order: { position: 'ASC' } });
    for (const row of rows) out.get(row.entryId)?.push(row);
    return out;
  }

  /** Decisions by text (French), body, dates and outcome: by relevance with a text, else latest first. */
  async search(actor: Pick<Actor, 'organisationId'>, filter: DecisionFilter, page: PageRequest): Promise<Page<DecisionHit>> {
    const text = (filter.text ?? '').trim().slice(0, MAX_QUERY_LENGTH);
    if (filter.from && filter.to && filter.from > filter.to) {
      throw invalid('La date de début doit précéder la date de fin.', 'The start date must come before the end date.');
    }
    const query = this.decisions.of(actor.organisationId).query('d').leftJoinAndSelect('d.entry', 'e').leftJoinAndSelect('d.body', 'body');
    if (filter.bodyId) query.andWhere('d.body_id = :bodyId', { bodyId: filter.bodyId });
    if (filter.from) query.andWhere('d.meeting_date >= :from', { from: filter.from });
    if (filter.to) query.andWhere('d.meeting_date <= :to', { to: filter.to });
    if (filter.outcome) query.andWhere('d.outcome = :outcome', { outcome: filter.outcome });
    if (text) {
      query
        .andWhere(`d.search_vector @@ websearch_to_tsquery('${CONFIGURATION}', :text)`, { text })
        .addSelect(`ts_rank(d.search_vector, websearch_to_tsquery('${CONFIGURATION}', :text))`, 'rank')
        .addSelect(
          `ts_headline('${CONFIGURATION}', ${escapedHtml("d.title || E'\\n' || d.text")}, websearch_to_tsquery('${CONFIGURATION}', :text),
            'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "')`,
          'excerpt',
        )
        .orderBy('rank', 'DESC')
        .addOrderBy('d.meetingDate', 'DESC');
    } else {
      query.orderBy('d.meetingDate', 'DESC');
    }
    query.addOrderBy('e.sequence', 'DESC').addOrderBy('d.position', 'ASC');
    const totalCount = await query.clone().getCount();
    const { entities, raw } = await query.offset(page.offset).limit(page.limit).getRawAndEntities<{ excerpt?: string }>();
    return { items: entities.map((decision, i) => ({ decision, excerpt: text ? (raw[i]?.excerpt ?? null) : null })), offset: page.offset, totalCount };
  }

  /** Walks the whole chain from the stored rows. */
  async verify(organisationId: string): Promise<ChainVerification> {
    const entries = await this.entries.of(organisationId).find({ order: { sequence: 'ASC' } });
    const decisions = await this.decisionsOfEntries(
      organisationId,
      entries.map((e) => e.id),
    );
    return verifyChain(
      entries.map((e) => ({
        ...e,
        meetingDate: String(e.meetingDate),
        decisions: (decisions.get(e.id) ?? []).map((d) => ({
          position: d.position,
          kind: d.kind,
          number: d.number,
          title: d.title,
          text: d.text,
          outcome: d.outcome,
          explanation: d.explanation,
        })),
      })),
    );
  }
}

/** SQL that HTML-escapes a text expression (& first). */
function escapedHtml(expression: string): string {
  return `replace(replace(replace(replace(${expression}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;')`;
}
