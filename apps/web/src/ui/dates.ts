import dayjs from 'dayjs';

/** A calendar date (YYYY-MM-DD) the French way: "15 juin 2024" (or "15 June 2024"). */
export const formatDate = (date: string | null | undefined): string => (date ? dayjs(date).format('D MMMM YYYY') : '');

/** A date and time: "15 juin 2024 à 18:30". */
export const formatDateTime = (instant: string | null | undefined, at: string): string =>
  instant ? `${dayjs(instant).format('D MMMM YYYY')} ${at} ${dayjs(instant).format('HH:mm')}` : '';

/** A Date from a date picker, as the api's LocalDate. */
export const toLocalDate = (date: Date | string | null): string | null => (date ? dayjs(date).format('YYYY-MM-DD') : null);

export const today = (): string => dayjs().format('YYYY-MM-DD');
