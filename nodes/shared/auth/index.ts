export { isTokenRequest, markTokenRequest, withStoredBearer } from './bearer';
export { ensureToken, renewToken, type TokenSource } from './ensureToken';
export { preAuthenticate } from './preAuthentication';
export { readTokenResponse, requestToken, tokenHttpOptions, TokenRequestError, type TokenHttpResponse } from './tokenRequest';
export { forgetToken, freshToken, renewTime, resetTokenStore, tokenKey } from './tokenStore';
export type { StoredToken, TokenFlow, TokenHttpRequest } from './types';
