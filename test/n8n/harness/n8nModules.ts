import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Modules that call n8n's own servers at start and log errors when offline. community-packages stays on: it loads the pack. */
const OFFLINE_NOISY_MODULES = ['mcp-registry'];

/** The module names this n8n accepts; it refuses to start when N8N_DISABLED_MODULES names one it does not know. */
export function knownModules(n8nDir: string): string[] {
	const config = join(n8nDir, 'node_modules', '@n8n', 'backend-common', 'dist', 'modules', 'modules.config.js');
	if (!existsSync(config)) return [];
	const list = /MODULE_NAMES = \[([^\]]*)\]/.exec(readFileSync(config, 'utf8'))?.[1] ?? '';
	return [...list.matchAll(/'([^']+)'/g)].map((match) => match[1]);
}

/** N8N_DISABLED_MODULES for an offline start: the noisy modules this n8n has (2.41 has mcp-registry, 2.8.4 none). */
export function offlineDisabledModules(n8nDir: string): string {
	const known = knownModules(n8nDir);
	return OFFLINE_NOISY_MODULES.filter((name) => known.includes(name)).join(',');
}
