import { RedisTokens } from '../../../../nodes/shared/queueMode/redisTokens';
import { isReplayShared } from '../../../../nodes/shared/queueMode/redisReplay';
import type { StoredToken } from '../../../../nodes/shared/auth/types';
import { redisFixture, type RedisFixture } from './redisFixture';

let fixture: RedisFixture;
beforeEach(async () => {
	fixture = await redisFixture();
});
afterEach(async () => await fixture.close());

const SECRET = 'derived-from-the-credential';
const token = (accessToken: string, lifetimeMs = 3_600_000): StoredToken => ({
	accessToken,
	refreshToken: `refresh-${accessToken}`,
	expiresAt: Date.now() + lifetimeMs,
	renewAt: Date.now() + lifetimeMs - 60_000,
});

/** All values the pack stored in Redis, as text. */
async function everythingStored(): Promise<string> {
	const link = fixture.link();
	await fixture.ready();
	const client = link.client as unknown as { keys(pattern: string): Promise<string[]>; get(key: string): Promise<string | null> };
	const keys = await client.keys('*');
	const values = await Promise.all(keys.map(async (key) => `${key}=${await client.get(key)}`));
	return values.join('\n');
}

describe('RedisTokens: one grant for every process, sealed at rest', () => {
	test('two processes asking at once get one grant between them', async () => {
		const [first, second] = [new RedisTokens(fixture.link()), new RedisTokens(fixture.link())];
		await fixture.ready();
		let grants = 0;
		const obtain = async () => {
			grants++;
			await new Promise((resolve) => setTimeout(resolve, 300));
			return token(`access-${grants}`);
		};
		const [a, b] = await Promise.all([first.obtainOnce('k', SECRET, Date.now, obtain), second.obtainOnce('k', SECRET, Date.now, obtain)]);
		expect(grants).toBe(1);
		expect(a.accessToken).toBe('access-1');
		expect(b.accessToken).toBe('access-1');
		expect((await second.read('k', SECRET))?.accessToken).toBe('access-1');
	});

	test('Redis holds neither the access token nor the refresh token in the clear, and another secret cannot read them', async () => {
		const tokens = new RedisTokens(fixture.link());
		await fixture.ready();
		await tokens.obtainOnce('k', SECRET, Date.now, async () => token('plain-access-token'));
		const stored = await everythingStored();
		expect(stored).not.toContain('plain-access-token');
		expect(stored).not.toContain('refresh-plain');
		expect(await tokens.read('k', 'another-credential')).toBeUndefined();
	});

	test('a refused token is forgotten, unless another process already replaced it', async () => {
		const tokens = new RedisTokens(fixture.link());
		await fixture.ready();
		await tokens.obtainOnce('k', SECRET, Date.now, async () => token('first'));
		await tokens.forget('k', 'not-the-stored-one');
		expect((await tokens.read('k', SECRET))?.accessToken).toBe('first');
		await tokens.forget('k', 'first');
		expect(await tokens.read('k', SECRET)).toBeUndefined();
	});

	test('the holder of the lock hands over the previous token, so a refresh can use its refresh token', async () => {
		const tokens = new RedisTokens(fixture.link());
		await fixture.ready();
		await tokens.obtainOnce('k', SECRET, Date.now, async () => token('old', 0));
		let previous: StoredToken | undefined;
		await tokens.obtainOnce('k', SECRET, Date.now, async (given) => {
			previous = given;
			return token('new');
		});
		expect(previous?.refreshToken).toBe('refresh-old');
	});

	test('without Redis every caller gets its own grant: nothing waits on a lock nobody can see', async () => {
		const tokens = new RedisTokens(fixture.link());
		await fixture.ready();
		await fixture.redis.kill();
		const got = await tokens.obtainOnce('k', SECRET, Date.now, async () => token('alone'));
		expect(got.accessToken).toBe('alone');
	});
});

describe('isReplayShared: a webhook call is accepted by one process only', () => {
	test("two processes' first calls, before either connection is up, still share the memory", async () => {
		const [first, second] = [fixture.link(), fixture.link()];
		const answers = await Promise.all([isReplayShared(first, 'workflow:node', 'signature-0', 60_000), isReplayShared(second, 'workflow:node', 'signature-0', 60_000)]);
		expect(answers.sort()).toEqual([false, true]);
	});

	test('the copy sent to another process is a replay; another call is not; Redis away gives no answer', async () => {
		const [first, second] = [fixture.link(), fixture.link()];
		await fixture.ready();
		expect(await isReplayShared(first, 'workflow:node', 'signature-1', 60_000)).toBe(false);
		expect(await isReplayShared(second, 'workflow:node', 'signature-1', 60_000)).toBe(true);
		expect(await isReplayShared(second, 'workflow:node', 'signature-2', 60_000)).toBe(false);
		expect(await isReplayShared(second, 'workflow:other-node', 'signature-1', 60_000)).toBe(false);
		await fixture.redis.kill();
		expect(await isReplayShared(first, 'workflow:node', 'signature-3', 60_000)).toBeUndefined();
	});
});
