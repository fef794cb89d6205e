import { AxiosError } from 'axios';
import type { IHttpRequestOptions } from 'n8n-workflow';
import { requestToken } from '../../../../nodes/shared/auth/tokenRequest';
import { MAX_ATTEMPTS_AFTER_FAULTS } from '../../../../nodes/shared/retry/retryPolicy';

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

const waits: number[] = [];
const pause = async (ms: number) => void waits.push(ms);
const get = (answers: Array<object | Error>) => {
	const endpoint = scripted(answers);
	return { endpoint, result: requestToken(endpoint.send, 'Forsta', REQUEST, ['cs-secret-123456'], () => 0, undefined, pause) };
};

beforeEach(() => (waits.length = 0));

describe('requestToken after a fault', () => {
	it('sends the request again after a reset or a 503, with a wait before each', async () => {
		const { endpoint, result } = get([new AxiosError('socket hang up', 'ECONNRESET'), { statusCode: 503, body: 'busy' }, TOKEN]);
		await expect(result).resolves.toMatchObject({ accessToken: 'at-1' });
		expect(endpoint.sent).toHaveLength(3);
		expect(waits).toHaveLength(2);
	});

	it('gives up after the fault bound and says how often it tried', async () => {
		const { endpoint, result } = get([new AxiosError('socket hang up', 'ECONNRESET')]);
		await expect(result).rejects.toThrow(new RegExp(`could not reach the token endpoint \\(socket hang up, ${MAX_ATTEMPTS_AFTER_FAULTS} attempts\\)`));
		expect(endpoint.sent).toHaveLength(MAX_ATTEMPTS_AFTER_FAULTS);
	});

	it('does not repeat a refusal: wrong credentials stay wrong', async () => {
		const { endpoint, result } = get([{ statusCode: 400, body: { error: 'invalid_client' } }, TOKEN]);
		await expect(result).rejects.toThrow(/invalid_client/);
		expect(endpoint.sent).toHaveLength(1);
		expect(waits).toEqual([]);
	});
});
