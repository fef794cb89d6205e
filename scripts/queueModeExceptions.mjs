// The one place where the pack breaks n8n's community rules, and why. eslint.config.mjs turns these rules off for
// this folder only, and scripts/scan-package.mjs reports every hit there as an allowed exception instead of a
// failure. Everything in the folder loads only when a shared store is asked for (nodes/shared/state/sharedStore.ts).
export const QUEUE_MODE_FOLDER = 'nodes/shared/queueMode/';

export const QUEUE_MODE_EXCEPTIONS = {
	'@n8n/community-nodes/no-restricted-imports':
		"reads n8n's own resolved settings (the @n8n/di container's @n8n/config GlobalConfig) and uses n8n's own ioredis; " +
		'n8n puts its node_modules on NODE_PATH before it loads community nodes, so nothing is bundled or installed. ' +
		'(ioredis also passes the rule as a devDependency, which it is only for the tests.)',
	'@n8n/community-nodes/no-restricted-globals':
		"process.env, read only when n8n's settings module cannot be reached: EXECUTIONS_MODE and QUEUE_BULL_REDIS_*.",
};
