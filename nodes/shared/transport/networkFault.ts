const TRANSIENT_CODES = new Set([
	'ECONNRESET',
	'ETIMEDOUT',
	'ECONNABORTED',
	'ECONNREFUSED',
	'EPIPE',
	'EAI_AGAIN',
	'ENETUNREACH',
	'EHOSTUNREACH',
	'ERR_SOCKET_CONNECTION_TIMEOUT',
	// What n8n's axios reports when the connection drops half-way through a body it buffers (a file download).
	'ERR_BAD_RESPONSE',
]);

/** The error code of a failed request, looking through n8n's wrapping (NodeApiError → cause → axios error). */
export function networkCode(error: unknown): string | undefined {
	let current: unknown = error;
	for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
		const record = current as { code?: unknown; httpCode?: unknown; cause?: unknown; message?: unknown };
		if (typeof record.code === 'string' && record.code !== '') return record.code;
		// n8n 2.x wraps the axios error in a NodeApiError that keeps only its code, in `httpCode` (its `cause` is lost).
		if (typeof record.httpCode === 'string' && /^E[A-Z0-9_]+$/.test(record.httpCode)) return record.httpCode;
		if (typeof record.message === 'string' && /socket hang up/i.test(record.message)) return 'ECONNRESET';
		if (typeof record.message === 'string' && /timeout of \d+ms exceeded/i.test(record.message)) return 'ETIMEDOUT';
		current = record.cause;
	}
	return undefined;
}

/** Faults after which the same request may succeed: resets, timeouts, refused or unreachable hosts. */
export function isTransientNetworkFault(code: string | undefined): boolean {
	return code !== undefined && TRANSIENT_CODES.has(code);
}

export function isCancellation(error: unknown): boolean {
	const code = networkCode(error);
	const aborted = (candidate: unknown): boolean => candidate instanceof Error && (candidate.name === 'AbortError' || aborted(candidate.cause));
	return code === 'ERR_CANCELED' || aborted(error);
}
