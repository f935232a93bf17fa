/** The queue of notices to proxy holders: one job per proxy given. */
export const PROXY_NOTICE_QUEUE = 'proxy-notice';

export interface ProxyNoticeJob {
  organisationId: string;
  proxyId: string;
}

declare module '../../core/jobs/job-queues' {
  interface JobQueues {
    [PROXY_NOTICE_QUEUE]: ProxyNoticeJob;
  }
}
