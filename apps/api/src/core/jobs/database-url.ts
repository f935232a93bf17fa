/** The injection token of the database's connection string (resolved before Nest starts). */
export const DATABASE_URL = Symbol('DATABASE_URL');
