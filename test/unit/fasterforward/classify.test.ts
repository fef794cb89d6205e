import { fasterForwardTokenFlow, isTokenEndpointRequest } from '../../../nodes/FasterForward/fasterForwardAuth';
import { classifyFasterForward } from '../../../nodes/FasterForward/fasterForwardProfile';

const response = (statusCode: number, body: unknown) => ({ statusCode, headers: {}, body });

describe('Faster Forward answers', () => {
	it('waits a second on the per-second 429 and fails at once on the daily one', () => {
		expect(classifyFasterForward(response(429, { error: 'Limit exceeded of 5 request(s) in 1 second(s)' }))).toEqual({ kind: 'throttled', retryAfterMs: 1000 });
		expect(classifyFasterForward(response(429, { error: 'Limit exceeded of 100,000 request(s) in one day' }))).toEqual({
			kind: 'quota',
			message: 'the daily quota of 100,000 requests is used up ("Limit exceeded of 100,000 request(s) in one day"). Requests fail until the quota resets; nothing was retried',
		});
		expect(classifyFasterForward(response(429, { error: 'slow down' }))).toBeUndefined();
	});

	it('quotes the Dutch size answer in English with both sizes', () => {
		const body = { error: 'Request body is groter dan toegestaan', toegestaan: '47185920 bytes', ontvangen: '50000000 bytes' };
		expect(classifyFasterForward(response(400, body))).toEqual({ kind: 'failed', message: 'the request body is larger than allowed: 50000000 bytes sent, at most 47185920 bytes allowed' });
		expect(classifyFasterForward(response(400, { error: 'other' }))).toBeUndefined();
		expect(classifyFasterForward(response(200, {}))).toBeUndefined();
	});
});

describe('Faster Forward token requests', () => {
	const credentials = { domain: 'klant.example.nl/', clientId: ' id-1 ', clientSecret: 's3cret-value', grantType: 'clientCredentials', scope: 'read write', clientAuthentication: 'body' };

	it('asks https://{domain}/oauth/access_token with the chosen grant', () => {
		expect(fasterForwardTokenFlow.grant(credentials)).toEqual({
			url: 'https://klant.example.nl/oauth/access_token',
			form: { grant_type: 'client_credentials', scope: 'read write', client_id: 'id-1', client_secret: 's3cret-value' },
		});
		const password = fasterForwardTokenFlow.grant({ ...credentials, grantType: 'password', username: 'ann', password: 'pw-123456', clientAuthentication: 'basic' });
		expect(password).toEqual({
			url: 'https://klant.example.nl/oauth/access_token',
			form: { grant_type: 'password', username: 'ann', password: 'pw-123456', scope: 'read write' },
			basicAuth: { username: 'id-1', password: 's3cret-value' },
		});
		expect(fasterForwardTokenFlow.refresh?.(credentials, 'rt-1').form).toEqual({ grant_type: 'refresh_token', refresh_token: 'rt-1', client_id: 'id-1', client_secret: 's3cret-value' });
	});

	it('keeps tokens of different users apart and never puts a secret in the identity', () => {
		const ann = fasterForwardTokenFlow.identity({ ...credentials, grantType: 'password', username: 'ann', password: 'pw-123456' });
		const bob = fasterForwardTokenFlow.identity({ ...credentials, grantType: 'password', username: 'bob', password: 'pw-123456' });
		expect(ann).not.toBe(bob);
		expect(ann).not.toContain('pw-123456');
		expect(ann).not.toContain('s3cret-value');
		expect(fasterForwardTokenFlow.secrets({ ...credentials, password: 'pw-123456' })).toEqual(['s3cret-value', 'pw-123456']);
	});

	it('recognises the token endpoint, also as baseURL plus url', () => {
		expect(isTokenEndpointRequest(credentials, { url: 'https://klant.example.nl/oauth/access_token' })).toBe(true);
		expect(isTokenEndpointRequest({ ...credentials, domain: 'http://127.0.0.1:1' }, { baseURL: 'http://127.0.0.1:1/', url: '/oauth/access_token' })).toBe(true);
		expect(isTokenEndpointRequest(credentials, { url: 'https://klant.example.nl/api/oauth/access_token' })).toBe(false);
	});

	it('reads `uri` when a request has no `url`, as n8n\'s HTTP Request node sends it', () => {
		expect(isTokenEndpointRequest(credentials, { uri: 'https://klant.example.nl/oauth/access_token' })).toBe(true);
		expect(isTokenEndpointRequest(credentials, { uri: 'https://klant.example.nl/api/records' })).toBe(false);
		expect(isTokenEndpointRequest(credentials, {})).toBe(false);
	});
});
