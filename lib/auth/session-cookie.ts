/**
 * The cookie that holds a signed-in editor's session id. Pure, so that proxy.ts (which cannot
 * reach the database) and the OpenAPI document name the same cookie the server sets.
 */
export const SESSION_COOKIE = 'tally_session';
