import { hmacSha256Hex, signatureMatches } from '../../shared/webhook/signature';

/** FastComments refuses nothing older; neither do we: a replayed call is stale after five minutes. */
export const MAX_SIGNATURE_AGE_MS = 5 * 60_000;

/**
 * A timestamp up to five minutes ahead is accepted too, so a signed call stays valid for at most ten minutes after
 * it first arrives: remembering accepted calls that long refuses every copy sent again while it is still fresh.
 */
export const REPLAY_MEMORY_MS = 2 * MAX_SIGNATURE_AGE_MS;

export interface SignedCall {
	secret: string;
	timestamp: string | undefined;
	/** `sha256=<hex>` */
	signature: string | undefined;
	rawBody: Buffer | undefined;
	now: number;
}

/** Unix time in seconds (comment webhooks) or milliseconds (FastComments' newer webhooks), as milliseconds. */
function timestampMs(timestamp: string): number | undefined {
	if (!/^\d{1,16}$/.test(timestamp.trim())) return undefined;
	const value = Number(timestamp);
	return value > 1e12 ? value : value * 1000;
}

/**
 * Whether a call really comes from FastComments: `X-FastComments-Signature` must be `sha256=` and the hex
 * HMAC-SHA256, keyed with the API secret, of `X-FastComments-Timestamp + "." + raw body`, compared in constant
 * time; and the timestamp must be within five minutes of now.
 */
export function isAuthenticCall(call: SignedCall): boolean {
	if (!call.secret || !call.rawBody || !call.timestamp || !call.signature) return false;
	const sentAt = timestampMs(call.timestamp);
	if (sentAt === undefined || Math.abs(call.now - sentAt) > MAX_SIGNATURE_AGE_MS) return false;
	const [scheme, hex] = call.signature.trim().split('=', 2);
	const expected = hmacSha256Hex(call.secret, Buffer.concat([Buffer.from(`${call.timestamp}.`), call.rawBody]));
	// The comparison runs even for a wrong scheme, so timing does not tell the two failures apart.
	const matches = signatureMatches(expected, hex);
	return scheme === 'sha256' && matches;
}
