/**
 * The member's page, reached from their mail: the token after # never leaves the browser
 * in a request line, so it appears in no server or proxy log.
 */
export const personalUrl = (publicUrl: string, token: string) => `${publicUrl.replace(/\/+$/, '')}/m#${token}`;
