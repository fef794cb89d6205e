import type { IHttpRequestMethods } from 'n8n-workflow';

/** Attempts, counting the first, before a request is given up. */
export const MAX_ATTEMPTS_AFTER_FAULTS = 4;
export const MAX_ATTEMPTS_WHEN_THROTTLED = 8;

const IDEMPOTENT_METHODS: IHttpRequestMethods[] = ['GET', 'HEAD', 'PUT', 'DELETE'];

/**
 * Whether a request may be sent again after a 5xx, a timeout or a reset, when the server may already have acted
 * on it. Only idempotent methods, or a POST the service documents as safe to repeat.
 */
export function mayRepeatAfterFault(method: IHttpRequestMethods, documentedSafe = false): boolean {
	return documentedSafe || IDEMPOTENT_METHODS.includes(method);
}
