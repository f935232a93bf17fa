/** The queue of archive exports: one job per export. */
export const ARCHIVE_QUEUE = 'minutes-archive';

export interface ArchiveJob {
  organisationId: string;
  exportId: string;
}

declare module '../../core/jobs/job-queues' {
  interface JobQueues {
    [ARCHIVE_QUEUE]: ArchiveJob;
  }
}
