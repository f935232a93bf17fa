/** The injection token of the MinutesFiles (DATA_DIR/minutes). */
export const MINUTES_FILES = Symbol('MinutesFiles');
