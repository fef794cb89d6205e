import { createHmac } from 'crypto';
import { hmacSha256Hex, signatureMatches } from '../../../../nodes/shared/webhook/signature';

const KEY = 'hv_live_7Qm2Xr9Lk4Pz8Ws1Ty6Vb3Nd';
const BODY = Buffer.from('{"event":"order.shipped","order":{"id":42,"ref":"A-1"}}');
const EXPECTED = hmacSha256Hex(KEY, BODY);

describe('hmacSha256Hex', () => {
	it('is the lowercase hex HMAC-SHA256 of the exact bytes', () => {
		expect(EXPECTED).toBe(createHmac('sha256', KEY).update(BODY).digest('hex'));
		expect(EXPECTED).toMatch(/^[0-9a-f]{64}$/);
		expect(hmacSha256Hex(KEY, BODY.toString('utf8'))).toBe(EXPECTED);
	});

	it('changes when a single byte of the body changes', () => {
		expect(hmacSha256Hex(KEY, Buffer.from(BODY.toString().replace('42', '43')))).not.toBe(EXPECTED);
	});
});

describe('signatureMatches', () => {
	it('accepts the correct signature, with surrounding spaces trimmed', () => {
		expect(signatureMatches(EXPECTED, EXPECTED)).toBe(true);
		expect(signatureMatches(EXPECTED, ` ${EXPECTED} `)).toBe(true);
	});

	it('accepts the correct signature in uppercase hex (the same bytes)', () => {
		expect(signatureMatches(EXPECTED, EXPECTED.toUpperCase())).toBe(true);
	});

	it('refuses a forged signature: another key, or the same key over another body', () => {
		expect(signatureMatches(EXPECTED, hmacSha256Hex('another-key-123456', BODY))).toBe(false);
		expect(signatureMatches(EXPECTED, hmacSha256Hex(KEY, `${BODY.toString()} `))).toBe(false);
		const flipped = (EXPECTED[0] === '0' ? '1' : '0') + EXPECTED.slice(1);
		expect(signatureMatches(EXPECTED, flipped)).toBe(false);
	});

	it.each([
		['missing', undefined],
		['empty', ''],
		['short', EXPECTED.slice(0, 32)],
		['one character short', EXPECTED.slice(0, 63)],
		['one character long', `${EXPECTED}0`],
		['twice as long', EXPECTED + EXPECTED],
		['not hex', 'z'.repeat(64)],
		['prefixed', `sha256=${EXPECTED}`],
		['base64 of the right bytes', Buffer.from(EXPECTED, 'hex').toString('base64')],
	])('refuses a %s signature without throwing', (_label, received) => {
		expect(() => signatureMatches(EXPECTED, received)).not.toThrow();
		expect(signatureMatches(EXPECTED, received)).toBe(false);
	});

	it('never takes the stand-in it compares a wrong-length input against for a match', () => {
		const zeros = '00'.repeat(32);
		expect(signatureMatches(zeros, '')).toBe(false);
		expect(signatureMatches(zeros, '00')).toBe(false);
		expect(signatureMatches(zeros, zeros)).toBe(true);
	});
});
