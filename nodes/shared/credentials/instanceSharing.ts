import type { INodeProperties } from 'n8n-workflow';

/** Credential fields every service has: how much of the key's rate limits this n8n takes, and where its state lives. */
export const instanceSharingProperties: INodeProperties[] = [
	{
		displayName: 'Share of Rate Limits (%)',
		name: 'rateShare',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 100 },
		default: 100,
		description:
			'The part of every documented rate limit of this key that this n8n may use. Lower it when other apps use the same key, so their requests keep getting through.',
	},
	{
		displayName: 'Share State Across Processes',
		name: 'stateSharing',
		type: 'options',
		default: 'auto',
		options: [
			{
				name: 'Automatic',
				value: 'auto',
				description: "In queue mode, through n8n's own Redis; a single n8n keeps them in its process",
			},
			{ name: 'Off', value: 'off', description: 'Every n8n process counts and keeps its own' },
			{ name: 'Redis URL', value: 'url', description: 'Through the Redis given below' },
		],
		description: "Where rate-limit counts, tokens and webhook replay memory live when n8n runs as several processes",
	},
	{
		displayName: 'Redis URL',
		name: 'stateRedisUrl',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		placeholder: 'redis://user:password@redis.internal:6379/0',
		displayOptions: { show: { stateSharing: ['url'] } },
	},
];

/** The Share of Rate Limits as a fraction; a missing or odd value (older credentials) is the whole limit. */
export function rateShareOf(credentials: Record<string, unknown>): number {
	const percent = credentials.rateShare;
	return typeof percent === 'number' && percent >= 1 && percent <= 100 ? percent / 100 : 1;
}
