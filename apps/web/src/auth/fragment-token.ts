/** The secret of a mailed link travels after "#", so it never reaches a server log or a Referer header. */
export const fragmentToken = (): string => decodeURIComponent(window.location.hash.replace(/^#/, ''));
