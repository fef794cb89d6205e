import { AxiosError } from 'axios';
import type { IHttpRequestOptions } from 'n8n-workflow';
import { requestToken } from '../../../../nodes/shared/auth/tokenRequest';
import { VirtualClock } from '../../../helpers/virtualClock';

const REQUEST = { url: 'https://auth.example/identity/connect/token', form: { grant_type: 'api-user', client_secret: 'cs-secret-123456' } };
const TOKEN = { statusCode: 200, body: { access_token: 'at-1', expires_in: 3600 } };

/** A token endpoint answering from a script: an answer object, or an Error to throw. */
function scripted(answers: Array<object | Error>) {
	const sent: IHttpRequestOptions[] = [];
	const send = async (options: IHttpRequestOptions) => {
		sent.push(options);
		const answer = answers[Math.min(sent.length - 1, answers.length - 1)];
		if (answer instanceof Error) throw answer;
		return answer;
	};
	return { send, sent };
}

let clock = new VirtualClock();
const waits: number[] = [];
const pause = async (ms: number) => {
	waits.push(ms);
	await clock.sleep(ms);
};
const get = (answers: Array<object | Error>, retryBudgetMs?: number) => {
	const endpoint = scripted(answers);
	const result = requestToken(endpoint.send, 'Forsta', REQUEST, ['cs-secret-123456'], () => clock.now(), { pause, retryBudgetMs });
	return { endpoint, result };
};

beforeEach(() => {
	waits.length = 0;
	clock = new VirtualClock();
});

describe('requestToken after a fault', () => {
	it('sends the request again after a reset or a 503, with a wait before each', async () => {
		const { endpoint, result } = get([new AxiosError('socket hang up', 'ECONNRESET'), { statusCode: 503, body: 'busy' }, TOKEN]);
		await expect(result).resolves.toMatchObject({ accessToken: 'at-1' });
		expect(endpoint.sent).toHaveLength(3);
		expect(waits).toHaveLength(2);
	});

	it('keeps trying through the retry budget (60 s by default), then says how often and how long it tried', async () => {
		const started = clock.now();
		const { endpoint, result } = get([new AxiosError('socket hang up', 'ECONNRESET')]);
		const error = (await result.catch((caught: unknown) => caught)) as Error;
		expect(error.message).toMatch(new RegExp(`could not reach the token endpoint \\(ECONNRESET\\); ${waits.length + 1} attempts in 6\\d s$`));
		expect(endpoint.sent).toHaveLength(waits.length + 1);
		expect(clock.now() - started).toBeGreaterThanOrEqual(60_000);
		expect(clock.now() - started).toBeLessThanOrEqual(68_000);
	});

	it('sends the token request once when the budget is 0', async () => {
		const { endpoint, result } = get([{ statusCode: 503, body: 'busy' }, TOKEN], 0);
		await expect(result).rejects.toThrow(/HTTP 503/);
		expect(endpoint.sent).toHaveLength(1);
	});

	it('does not repeat a refusal: wrong credentials stay wrong', async () => {
		const { endpoint, result } = get([{ statusCode: 400, body: { error: 'invalid_client' } }, TOKEN]);
		await expect(result).rejects.toThrow(/invalid_client/);
		expect(endpoint.sent).toHaveLength(1);
		expect(waits).toEqual([]);
	});
});
