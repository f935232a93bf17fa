import { types } from 'pg';

const DATE_OID = 1082;

/**
 * A calendar date stays the string PostgreSQL sends ('2026-06-14'): turning it into a
 * JavaScript Date would shift it by the server's time zone.
 */
types.setTypeParser(DATE_OID, (value: string) => value);
