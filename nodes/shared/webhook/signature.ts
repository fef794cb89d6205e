import { createHmac, timingSafeEqual } from 'crypto';

export function hmacSha256Hex(key: string, payload: Buffer | string): string {
	return createHmac('sha256', key).update(payload).digest('hex');
}

/**
 * Compares a received hex signature with the expected one in constant time. Inputs of the wrong length or form
 * are compared against a dummy of the right length, so timing does not tell them apart either.
 */
export function signatureMatches(expectedHex: string, received: string | undefined): boolean {
	const expected = Buffer.from(expectedHex, 'hex');
	// Whole bytes only: Buffer.from drops a trailing odd hex digit, which would let "<signature>0" through.
	const candidate = typeof received === 'string' && /^(?:[0-9a-f]{2})+$/i.test(received.trim()) ? Buffer.from(received.trim(), 'hex') : Buffer.alloc(0);
	const comparable = candidate.length === expected.length ? candidate : Buffer.alloc(expected.length);
	const equal = timingSafeEqual(expected, comparable);
	return equal && candidate.length === expected.length;
}
