import { NodeApiError } from 'n8n-workflow';
import { apiError } from '../../../../nodes/shared/errors/apiError';
import { TEST_NODE } from '../../../helpers/fakeContext';
import { viewsLeaking } from '../../../helpers/leaks';

const KEY = 'hv_live_7Qm2Xr9Lk4Pz8Ws1Ty6Vb3Nd';

describe('apiError', () => {
	it('quotes the service and names the HTTP status in the message', () => {
		const error = apiError(TEST_NODE, {
			service: 'Hive',
			request: 'GET /skus',
			status: 422,
			body: { success: false, errors: ['Name is missing', 'Price must be positive'] },
			attempts: 1,
			secrets: [KEY],
		});
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('Hive (HTTP 422): Name is missing; Price must be positive');
		expect(error.httpCode).toBe('422');
	});

	it('puts the hint, the attempts and the request in the description', () => {
		const error = apiError(TEST_NODE, { service: 'Hive', request: 'GET /orders', status: 401, body: { errors: ['Unauthorized'] }, attempts: 3, secrets: [] });
		expect(error.description).toContain('The credential was refused');
		expect(error.description).toContain('Gave up after 3 attempts.');
		expect(error.description).toContain('Request: GET /orders.');
	});

	it('does not mention attempts when there was only one', () => {
		const error = apiError(TEST_NODE, { service: 'Hive', request: 'GET /orders', status: 404, attempts: 1, secrets: [] });
		expect(error.description).not.toContain('attempts');
		expect(error.message).toBe('Hive (HTTP 404): the request failed');
	});

	it('gives a generic hint for a server error and for no status at all', () => {
		expect(apiError(TEST_NODE, { service: 'Hive', request: 'GET /x', status: 502, attempts: 4, secrets: [] }).description).toContain('usually temporary');
		expect(apiError(TEST_NODE, { service: 'Hive', request: 'GET /x', message: 'could not complete the request (EAI_AGAIN).', attempts: 4, secrets: [] }).description).toContain(
			'Check that the service is reachable.',
		);
	});

	it('keeps its own words when they name a network error code (n8n would swap in a generic sentence)', () => {
		const message = 'could not complete the request (ECONNRESET). It was not repeated, because the service may already have acted on it.';
		const error = apiError(TEST_NODE, { service: 'Hive', request: 'POST /orders', message, attempts: 1, secrets: [] });
		expect(error.message).toBe(`Hive: ${message}`);
	});

	it('carries the item index for n8n to point at the failing item', () => {
		const error = apiError(TEST_NODE, { service: 'Hive', request: 'GET /x', status: 404, attempts: 1, secrets: [], itemIndex: 3 });
		expect(error.context.itemIndex).toBe(3);
	});

	it('leaks no secret in the message, description, JSON or any own property (cause, errorResponse, context, messages)', () => {
		const body = {
			success: false,
			errors: [`API key ${KEY} is not valid`],
			request: { headers: { Authorization: `Bearer ${KEY}`, 'x-api-key': KEY }, url: `https://app.example/merchant_api/v1/skus?api_key=${KEY}` },
			deep: { a: [{ b: { token: 'unknown-but-named-token-value' } }] },
		};
		const error = apiError(TEST_NODE, { service: 'Hive', request: `GET /skus`, status: 401, body, attempts: 2, secrets: [KEY] });
		expect(viewsLeaking(error, KEY)).toEqual([]);
		expect(viewsLeaking(error, 'unknown-but-named-token-value')).toEqual([]);
		expect(error.message).toBe('Hive (HTTP 401): API key [redacted] is not valid');
	});

	it('masks a secret that shows up in our own wording or the request description', () => {
		const error = apiError(TEST_NODE, { service: 'Hive', request: `GET /keys/${KEY}`, message: `the key ${KEY} is used up`, attempts: 1, secrets: [KEY] });
		expect(viewsLeaking(error, KEY)).toEqual([]);
	});
});
