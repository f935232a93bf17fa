/** The embedded PostgreSQL could not start, for a reason a person can act on. */
export class EmbeddedPostgresError extends Error {}
