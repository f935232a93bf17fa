/** How a member is convened: e-mail with their consent and an address, else post. */
export const CONVOCATION_CHANNELS = ['email', 'post'] as const;
export type ConvocationChannel = (typeof CONVOCATION_CHANNELS)[number];

/** queued: waiting for the queue; sent: accepted by the SMTP server; failed: refused (with the reason), retried; post: to print and post. */
export const CONVOCATION_STATUSES = ['queued', 'sent', 'failed', 'post'] as const;
export type ConvocationStatus = (typeof CONVOCATION_STATUSES)[number];

/** What a member answered through their personal link. */
export const CONVOCATION_ANSWERS = ['attendingInPerson', 'attendingRemotely', 'absent', 'proxy', 'blankProxy'] as const;
export type ConvocationAnswer = (typeof CONVOCATION_ANSWERS)[number];

/** How a member signs in on the day through their link. */
export const SIGN_IN_MODES = ['inPerson', 'remote'] as const;
export type SignInMode = (typeof SIGN_IN_MODES)[number];
