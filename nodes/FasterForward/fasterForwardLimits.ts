/** Documented request limits of the Faster Forward Elements API (1.15). "MB" there is 1024 × 1024 bytes. */
export const MB = 1024 * 1024;
export const MAX_DOCUMENT_BYTES = 30 * MB;
/** The 400 answer names it: "toegestaan": "47185920 bytes". */
export const MAX_BODY_BYTES = 45 * MB;
export const REQUESTS_PER_SECOND = 5;
export const REQUESTS_PER_DAY = 100_000;

/** e.g. "33,554,432 bytes (32.0 MB)". */
export function describeBytes(bytes: number): string {
	return `${bytes.toLocaleString('en-US')} bytes (${(bytes / MB).toFixed(1)} MB)`;
}

export const LIMITS_SENTENCE = `Faster Forward accepts at most ${describeBytes(MAX_DOCUMENT_BYTES)} per document after base64 decoding, and at most ${describeBytes(MAX_BODY_BYTES)} per request body`;
