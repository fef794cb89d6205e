import { Readable } from 'node:stream';
import { isCancellation, isTransientNetworkFault, networkCode } from '../../../../nodes/shared/transport/networkFault';
import { readErrorBody, readJsonBody } from '../../../../nodes/shared/transport/responseBody';

/** A body that arrives in the given pieces, then fails with `failure` if one is given. */
function bodyOf(pieces: Buffer[], failure?: Error): Readable {
	return new Readable({
		read() {
			const next = pieces.shift();
			if (next) this.push(next);
			else if (failure) this.destroy(failure);
			else this.push(null);
		},
	});
}

async function failureOf(promise: Promise<unknown>): Promise<Error> {
	const outcome = await promise.then(
		() => undefined,
		(error: Error) => error,
	);
	if (!outcome) throw new Error('expected the read to fail');
	return outcome;
}

describe('readJsonBody', () => {
	it('parses JSON whose pieces split a character in two', async () => {
		const bytes = Buffer.from(JSON.stringify({ name: 'Crème brûlée', tags: ['café'] }));
		const split = bytes.indexOf(Buffer.from('è')) + 1;
		expect(await readJsonBody(bodyOf([bytes.subarray(0, split), bytes.subarray(split)]))).toEqual({ name: 'Crème brûlée', tags: ['café'] });
	});

	it('gives text that is not JSON as text, and an empty body as an empty string, as n8n does', async () => {
		expect(await readJsonBody(bodyOf([Buffer.from('<html>Maintenance</html>')]))).toBe('<html>Maintenance</html>');
		expect(await readJsonBody(bodyOf([]))).toBe('');
	});

	it('leaves a body that is not a stream as it is', async () => {
		const parsed = { already: 'parsed' };
		expect(await readJsonBody(parsed)).toBe(parsed);
	});

	it('turns a connection lost mid-body into a network fault worth repeating', async () => {
		const error = await failureOf(readJsonBody(bodyOf([Buffer.from('{"data":[1,')], new Error('aborted'))));
		expect(error.message).toBe('the connection broke off while the answer was read (aborted)');
		expect(networkCode(error)).toBe('ECONNRESET');
		expect(isTransientNetworkFault(networkCode(error))).toBe(true);
		expect(isCancellation(error)).toBe(false);
	});

	it("keeps the failure's own code, and a cancellation stays a cancellation", async () => {
		const timedOut = await failureOf(readJsonBody(bodyOf([Buffer.from('{')], Object.assign(new Error('read timed out'), { code: 'ETIMEDOUT' }))));
		expect(networkCode(timedOut)).toBe('ETIMEDOUT');
		const cancelled = await failureOf(readJsonBody(bodyOf([Buffer.from('{')], Object.assign(new Error('The operation was aborted'), { name: 'AbortError' }))));
		expect(isCancellation(cancelled)).toBe(true);
	});
});

describe('readErrorBody', () => {
	it('parses a refused JSON answer so errors can quote it', async () => {
		expect(await readErrorBody(bodyOf([Buffer.from('{"errors":[{"detail":'), Buffer.from('"SKU not found"}]}')]))).toEqual({ errors: [{ detail: 'SKU not found' }] });
	});

	it('reads at most 64 KiB of a refused answer and closes the rest', async () => {
		const piece = Buffer.alloc(16 * 1024, 'x');
		const body = bodyOf(Array.from({ length: 20 }, () => piece));
		const text = (await readErrorBody(body)) as string;
		expect(text).toHaveLength(64 * 1024);
		expect(body.destroyed).toBe(true);
		expect(body.readableEnded).toBe(false);
	});
});

