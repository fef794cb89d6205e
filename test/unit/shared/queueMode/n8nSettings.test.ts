import { n8nQueueRedis, redisFromUrl } from '../../../../nodes/shared/queueMode/n8nSettings';
import { redisUrlProblem, sharingChoice } from '../../../../nodes/shared/state/sharedStore';

describe("n8nQueueRedis: n8n's own queue-mode settings", () => {
	test('outside queue mode there is nothing to share', () => {
		expect(n8nQueueRedis({ executions: { mode: 'regular' } })).toBeUndefined();
		expect(n8nQueueRedis({})).toBeUndefined();
	});

	test("in queue mode, n8n's Redis with its defaults filled in", () => {
		expect(n8nQueueRedis({ executions: { mode: 'queue' }, queue: { bull: { redis: { host: '', password: '' } } } })).toEqual({
			host: 'localhost',
			port: 6379,
			db: 0,
			username: undefined,
			password: undefined,
			tls: false,
			prefix: 'bull',
		});
		expect(
			n8nQueueRedis({ executions: { mode: 'queue' }, queue: { bull: { prefix: 'n8n-a', redis: { host: 'redis', port: 6380, db: 2, password: 'pw', tls: true } } } }),
		).toMatchObject({ host: 'redis', port: 6380, db: 2, password: 'pw', tls: true, prefix: 'n8n-a' });
	});

	test('a Redis Cluster is not shared through (yet): each process keeps its own state', () => {
		expect(n8nQueueRedis({ executions: { mode: 'queue' }, queue: { bull: { redis: { clusterNodes: 'a:1,b:2' } } } })).toBeUndefined();
	});

	test("outside n8n (plain Node, no n8n modules on the path) it reads the environment's variables", () => {
		expect(n8nQueueRedis()).toBeUndefined();
	});
});

describe('redisFromUrl: the credential\'s explicit Redis', () => {
	test('reads host, port, database, user, password and TLS', () => {
		expect(redisFromUrl('rediss://me:s%40cret@redis.internal:6390/3', 'p')).toEqual({
			host: 'redis.internal',
			port: 6390,
			db: 3,
			username: 'me',
			password: 's@cret',
			tls: true,
			prefix: 'p',
		});
	});

	test('a wrong URL is named without repeating it (it may hold a password)', () => {
		expect(redisUrlProblem('http://me:pw@redis.internal')).toBe('must start with redis:// or rediss://');
		expect(redisUrlProblem('me:pw@redis')).toBe('must start with redis:// or rediss://');
		expect(redisUrlProblem('not a url')).toBe('is not a URL');
		expect(redisUrlProblem('redis://redis.internal:6379/0')).toBeUndefined();
	});
});

describe("sharingChoice: the credential's Share State Across Processes", () => {
	test('Automatic unless set: older credentials have no such field', () => {
		expect(sharingChoice({})).toEqual({ mode: 'auto' });
		expect(sharingChoice({ stateSharing: 'auto' })).toEqual({ mode: 'auto' });
	});

	test('Off, and a Redis URL (trimmed); a blank URL falls back to Automatic', () => {
		expect(sharingChoice({ stateSharing: 'off' })).toEqual({ mode: 'off' });
		expect(sharingChoice({ stateSharing: 'url', stateRedisUrl: ' redis://r:6379 ' })).toEqual({ mode: 'url', url: 'redis://r:6379' });
		expect(sharingChoice({ stateSharing: 'url', stateRedisUrl: '  ' })).toEqual({ mode: 'auto' });
	});
});
