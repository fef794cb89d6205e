/** What a user can do when no answer came (a reset, a timeout). */
export const UNREACHABLE_HINT = 'Check that the service is reachable.';

/** What a user can do about a status, in one sentence. */
const HINTS: Record<number, string> = {
	400: 'The service could not read the request; check the fields named in its message.',
	401: 'The credential was refused; check the API key or token in the credential.',
	403: 'The credential is valid but may not do this; ask the service for the needed permission.',
	404: 'Nothing exists at that id or path; check the id, or whether it was deleted.',
	409: 'The request conflicts with the current state of the object.',
	413: 'The request is larger than the service accepts.',
	422: 'The service understood the request but rejected its data; check the fields named in its message.',
	429: 'The rate limit was still exceeded after waiting as the service asked.',
};

export function hintFor(status: number): string {
	if (HINTS[status]) return HINTS[status];
	if (status >= 500) return 'The service failed; this is usually temporary, so try again later.';
	return 'The service refused the request.';
}
