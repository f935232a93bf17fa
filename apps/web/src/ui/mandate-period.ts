import dayjs from 'dayjs';

/**
 * The api keeps a mandate's end as the first day out of office; a person reads the last day in
 * office ("du 14 juin 2025 au 13 juin 2028"), as the api's own messages say it.
 */
export const lastDayInOffice = (end: string | null | undefined): string | null => (end ? dayjs(end).subtract(1, 'day').format('YYYY-MM-DD') : null);

/** The mandate runs on that date: [startOn, end). */
export const runsOn = (mandate: { startOn: string; end?: string | null }, on: string): boolean => mandate.startOn <= on && (!mandate.end || on < mandate.end);
