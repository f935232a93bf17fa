import type { DocumentsService } from '../../documents/services/documents.service';
import type { ConvenedRoll, MeetingsService } from '../../meetings/services/meetings.service';
import type { ProxiesService } from '../../meetings/services/proxies.service';

/**
 * The other features' records as their services hand them over: convocations reads them
 * through those services, never their tables.
 */
export type MeetingRecord = Awaited<ReturnType<MeetingsService['get']>>;
export type ProxyRecord = Awaited<ReturnType<ProxiesService['get']>>;
export type DocumentRecord = Awaited<ReturnType<DocumentsService['get']>>;
export type MemberRecord = ConvenedRoll['members'][number]['member'];
