import { tokenKey } from '../../../nodes/shared/auth/tokens';
import { forstaTokenFlow } from '../../../nodes/Forsta/forstaAuth';
import { forstaHosts, forstaScope } from '../../../nodes/Forsta/forstaHosts';
import { classifyForsta, forstaHubsProfile, forstaSurveysProfile } from '../../../nodes/Forsta/forstaProfiles';

const credentials = { site: 'euro', clientId: ' client-7 ', clientSecret: 's3cr3t-value-123', scope: 'pub.hubs  pub.surveys pub.hubs' };

describe('Forsta credential and profiles', () => {
	it('maps each site to its API and identity hosts', () => {
		expect(forstaHosts({ site: 'euro' })).toEqual({ api: 'https://ws.euro.confirmit.com', idp: 'https://idp.euro.confirmit.com' });
		expect(forstaHosts({ site: 'us' }).idp).toBe('https://idp.us.confirmit.com');
		expect(forstaHosts({ site: 'nordic' }).api).toBe('https://ws.nordic.confirmit.com');
		expect(forstaHosts({ site: 'testlab' })).toEqual({ api: 'https://ws.testlab.firmglobal.net', idp: 'https://idp.testlab.firmglobal.net' });
		expect(forstaHosts({ site: 'custom', apiUrl: 'https://ws.confirmit.com.au/', identityUrl: 'https://idp.confirmit.com.au' })).toEqual({
			api: 'https://ws.confirmit.com.au',
			idp: 'https://idp.confirmit.com.au',
		});
		expect(() => forstaHosts({ site: 'custom', apiUrl: 'ws.example.com', identityUrl: '' })).toThrow('API URL');
	});

	it('sends the api-user grant with trimmed client id and de-duplicated scopes', () => {
		expect(forstaScope({ scope: '' })).toBe('pub.surveys');
		expect(forstaTokenFlow.grant(credentials)).toEqual({
			url: 'https://idp.euro.confirmit.com/identity/connect/token',
			form: { grant_type: 'api-user', client_id: 'client-7', client_secret: 's3cr3t-value-123', scope: 'pub.hubs pub.surveys' },
		});
	});

	it('shares one token per site, client and scope, whatever the secret', () => {
		const key = tokenKey(forstaTokenFlow, credentials);
		expect(tokenKey(forstaTokenFlow, { ...credentials, clientSecret: 'other' })).toBe(key);
		expect(tokenKey(forstaTokenFlow, { ...credentials, scope: 'pub.surveys' })).not.toBe(key);
		expect(tokenKey(forstaTokenFlow, { ...credentials, site: 'us' })).not.toBe(key);
	});

	it('counts the Surveys and Hubs APIs apart, with the three documented windows', () => {
		expect(forstaSurveysProfile.api).not.toBe(forstaHubsProfile.api);
		expect(forstaSurveysProfile.windows.map((window) => [window.limit, window.periodMs, window.whenFull])).toEqual([
			[20, 1_000, 'wait'],
			[1_000, 900_000, 'wait'],
			[10_000, 43_200_000, 'fail'],
		]);
		expect(forstaSurveysProfile.secrets({ ...credentials, accessToken: 'saved-token-abc' })).toEqual(['s3cr3t-value-123', 'saved-token-abc']);
	});

	it('treats a 403 as throttling only when it says so, and a 304 as an answer', () => {
		const forbidden = (body: unknown, headers: Record<string, unknown> = {}) => classifyForsta({ statusCode: 403, headers, body });
		expect(forbidden({ message: 'Rate limit exceeded (20 requests per 1 s).' })).toEqual({ kind: 'throttled', retryAfterMs: undefined });
		expect(forbidden({ message: 'Too many requests' })?.kind).toBe('throttled');
		expect(forbidden({ message: 'nope' }, { 'retry-after': '2' })).toEqual({ kind: 'throttled', retryAfterMs: 2_000 });
		expect(forbidden({ message: 'You do not have access to survey p1.' })).toBeUndefined();
		expect(forbidden('Forbidden')).toBeUndefined();
		expect(classifyForsta({ statusCode: 304, headers: {}, body: '' })).toEqual({ kind: 'ok' });
		expect(classifyForsta({ statusCode: 429, headers: {}, body: {} })).toBeUndefined();
	});
});
