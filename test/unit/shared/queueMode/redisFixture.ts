import { startRedis, type RunningRedis } from '../../../n8n/harness/queue/redis';
import { RedisLink } from '../../../../nodes/shared/queueMode/redisLink';
import type { QueueRedisSettings } from '../../../../nodes/shared/queueMode/n8nSettings';

/** A real Redis of the test's own, and links to it that stand for separate n8n processes. */
export interface RedisFixture {
	redis: RunningRedis;
	/** What the links said (lost / back), in order. */
	said: string[];
	/** A new connection, as another n8n process would open. */
	link(prefix?: string): RedisLink;
	/** Resolves once every link reports ready. */
	ready(): Promise<void>;
	close(): Promise<void>;
}

export async function redisFixture(): Promise<RedisFixture> {
	const redis = await startRedis({ persistence: 'none' });
	const said: string[] = [];
	const links: RedisLink[] = [];
	const settings = (prefix: string): QueueRedisSettings => ({ host: redis.host, port: redis.port, db: 0, tls: false, prefix });
	return {
		redis,
		said,
		link: (prefix = 'bull') => {
			const link = new RedisLink(settings(prefix), (message) => said.push(message));
			links.push(link);
			return link;
		},
		ready: async () => {
			for (let i = 0; i < 200 && !links.every((link) => link.ready); i++) await new Promise((resolve) => setTimeout(resolve, 25));
			if (!links.every((link) => link.ready)) throw new Error('a Redis link did not become ready');
		},
		close: async () => {
			await Promise.all(links.map(async (link) => await link.close()));
			await redis.close();
		},
	};
}
