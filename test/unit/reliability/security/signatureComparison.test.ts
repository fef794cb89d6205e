import crypto from 'crypto';
import { FastCommentsTrigger } from '../../../../nodes/FastComments/FastCommentsTrigger.node';
import { HiveTrigger } from '../../../../nodes/Hive/HiveTrigger.node';
import { hmacSha256Hex, signatureMatches } from '../../../../nodes/shared/webhook/signature';
import { recordReliability } from '../../../reliability/ledger';
import { signFastCommentsWebhook } from '../../../mocks/fastcomments';
import { fakeWebhookContext } from './fakeWebhookContext';

/**
 * Constant-time signature checks, proven by what is compared rather than by measuring time (which would be flaky):
 * every check goes through crypto.timingSafeEqual exactly once, on two buffers of the signature's full length,
 * wherever the first wrong byte is; a received value of the wrong length or form is compared against a fixed
 * stand-in, so its content decides nothing about the work done.
 */
const KEY = 'hv_key_for_constant_time_tests_0001';
const BODY = Buffer.from('{"id":42,"status":"shipped","tracking_code":"T-1"}');
const EXPECTED = hmacSha256Hex(KEY, BODY);
const BYTES = EXPECTED.length / 2;

const flipHexAt = (hex: string, index: number) => hex.slice(0, index) + (hex[index] === '0' ? '1' : '0') + hex.slice(index + 1);

/** Received values that must all be refused, each with where it goes wrong. */
const WRONG: Array<[string, string | undefined]> = [
	['first byte wrong', flipHexAt(EXPECTED, 0)],
	['middle byte wrong', flipHexAt(EXPECTED, EXPECTED.length / 2)],
	['last byte wrong', flipHexAt(EXPECTED, EXPECTED.length - 1)],
	['every byte wrong', EXPECTED.replace(/./g, (digit) => (digit === 'f' ? '0' : 'f'))],
	['one byte short', EXPECTED.slice(0, -2)],
	['one byte long', `${EXPECTED}00`],
	['half a byte long', `${EXPECTED}0`],
	['not hex, right length', 'z'.repeat(EXPECTED.length)],
	['empty', ''],
	['missing', undefined],
];

let spy: jest.SpyInstance<boolean, Parameters<typeof crypto.timingSafeEqual>>;
beforeEach(() => (spy = jest.spyOn(crypto, 'timingSafeEqual')));
afterEach(() => spy.mockRestore());

/** What timingSafeEqual was given, as hex pairs. */
const compared = () => spy.mock.calls.map(([a, b]) => [Buffer.from(a as Uint8Array).toString('hex'), Buffer.from(b as Uint8Array).toString('hex')]);

describe('signatureMatches compares through crypto.timingSafeEqual', () => {
	test.each(WRONG)('%s: one comparison of two full-length buffers, refused', (_case, received) => {
		expect(signatureMatches(EXPECTED, received)).toBe(false);
		expect(spy).toHaveBeenCalledTimes(1);
		const [[expected, candidate]] = compared();
		expect([expected.length / 2, candidate.length / 2]).toEqual([BYTES, BYTES]);
		expect(expected).toBe(EXPECTED);
	});

	test('a mismatch anywhere compares the whole received value, not a prefix', () => {
		for (const index of [0, 31, 63]) signatureMatches(EXPECTED, flipHexAt(EXPECTED, index));
		expect(compared().map(([, candidate]) => candidate)).toEqual([0, 31, 63].map((index) => flipHexAt(EXPECTED, index)));
	});

	test('a value of the wrong length or form is compared as the same stand-in, whatever it holds', () => {
		const misfits = ['', '00', EXPECTED.slice(0, -2), `${EXPECTED}00`, `${EXPECTED}0`, 'z'.repeat(64), 'sha256=abc'];
		for (const received of misfits) signatureMatches(EXPECTED, received);
		const candidates = new Set(compared().map(([, candidate]) => candidate));
		expect([...candidates]).toEqual(['00'.repeat(BYTES)]);
		expect(spy).toHaveBeenCalledTimes(misfits.length);
		recordReliability({
			table: 'webhooks',
			service: 'All',
			subject: 'signature comparison',
			trial: `${WRONG.length + misfits.length + 3} wrong signatures`,
			expected: 'timingSafeEqual, full length',
			observed: 'every check 1 call on 32-byte buffers',
			tried: WRONG.length + misfits.length + 3,
			lost: 0,
			duplicated: 0,
			doubleSent: 0,
			leaked: 0,
			runtime: 'in-process',
		});
	});

	test('the right signature is the only one accepted', () => {
		expect(signatureMatches(EXPECTED, EXPECTED)).toBe(true);
		expect(spy).toHaveBeenCalledTimes(1);
	});
});

describe('the triggers check signatures the same way', () => {
	const hiveCall = (signature: string) =>
		fakeWebhookContext({ apiKey: KEY }, { headers: { 'content-type': 'application/json', 'x-hive-signature': signature }, rawBody: BODY, parameters: { events: ['shipment_status_updated'] } });

	test.each(WRONG.filter(([, received]) => received !== undefined))('Hive Trigger, %s: refused after one constant-time comparison', async (_case, received) => {
		const { ctx, answered } = hiveCall(received as string);
		await new HiveTrigger().webhook.call(ctx);
		expect(answered()?.status).toBe(401);
		expect(spy).toHaveBeenCalledTimes(1);
		expect(compared()[0].map((hex) => hex.length / 2)).toEqual([BYTES, BYTES]);
	});

	test('FastComments Trigger: a wrong scheme with the right hex is still compared in full, then refused', async () => {
		const secret = 'fc_secret_for_constant_time_tests';
		const timestamp = String(Math.floor(Date.now() / 1000));
		const right = signFastCommentsWebhook(BODY.toString(), secret, timestamp);
		const { ctx, answered } = fakeWebhookContext(
			{ apiSecret: secret },
			{ headers: { 'content-type': 'application/json', 'x-fastcomments-timestamp': timestamp, 'x-fastcomments-signature': right.replace('sha256=', 'sha512=') }, rawBody: BODY, parameters: { events: ['comment-created'] } },
		);
		await new FastCommentsTrigger().webhook.call(ctx);
		expect(answered()?.status).toBe(401);
		expect(compared()).toEqual([[right.slice(7), right.slice(7)]]);
	});
});
