import { AxiosError } from 'axios';
import { NodeApiError, type JsonObject } from 'n8n-workflow';
import { isCancellation, isTransientNetworkFault, networkCode } from '../../../../nodes/shared/transport/networkFault';
import { TEST_NODE } from '../../../helpers/fakeContext';

/** What n8n 2.8's httpRequestWithAuthentication throws for a failed axios request. */
const wrappedByN8n = (code: string, message: string) => new NodeApiError(TEST_NODE, new AxiosError(message, code) as unknown as JsonObject);

describe('networkCode', () => {
	it('reads the code n8n keeps in httpCode when it wraps an axios error (its cause is lost)', () => {
		const error = wrappedByN8n('ECONNRESET', 'socket hang up');
		expect(error.cause).toBeUndefined();
		expect(networkCode(error)).toBe('ECONNRESET');
		expect(networkCode(wrappedByN8n('ECONNABORTED', 'timeout of 100ms exceeded'))).toBe('ECONNABORTED');
	});

	it('reads the code through a chain of causes', () => {
		const axiosError = new AxiosError('connect ECONNREFUSED 127.0.0.1:9', 'ECONNREFUSED');
		expect(networkCode(new Error('outer', { cause: new Error('middle', { cause: axiosError }) }))).toBe('ECONNREFUSED');
	});

	it('recognises a reset and a timeout from their messages when no code is left', () => {
		expect(networkCode(new Error('socket hang up'))).toBe('ECONNRESET');
		expect(networkCode(new Error('timeout of 60000ms exceeded'))).toBe('ETIMEDOUT');
	});

	it('does not take an HTTP status for a network code', () => {
		const error = new NodeApiError(TEST_NODE, { message: 'x' }, { httpCode: '503', message: 'Service unavailable' });
		expect(networkCode(error)).toBeUndefined();
	});

	it('gives undefined for anything else', () => {
		expect(networkCode(new Error('something else'))).toBeUndefined();
		expect(networkCode(undefined)).toBeUndefined();
		expect(networkCode('ECONNRESET')).toBeUndefined();
	});
});

describe('isTransientNetworkFault and isCancellation', () => {
	it.each(['ECONNRESET', 'ETIMEDOUT', 'ECONNABORTED', 'ECONNREFUSED', 'EPIPE', 'EAI_AGAIN', 'ERR_BAD_RESPONSE'])('%s may succeed when repeated', (code) => {
		expect(isTransientNetworkFault(code)).toBe(true);
	});

	it.each([undefined, 'ENOTFOUND', 'ERR_CANCELED', 'CERT_HAS_EXPIRED'])('%s is not worth repeating', (code) => {
		expect(isTransientNetworkFault(code)).toBe(false);
	});

	it('knows a cancelled request, wrapped by n8n or not', () => {
		expect(isCancellation(wrappedByN8n('ERR_CANCELED', 'canceled'))).toBe(true);
		expect(isCancellation(new AxiosError('canceled', 'ERR_CANCELED'))).toBe(true);
		expect(isCancellation(Object.assign(new Error('aborted'), { name: 'AbortError' }))).toBe(true);
		expect(isCancellation(wrappedByN8n('ECONNRESET', 'socket hang up'))).toBe(false);
	});
});
