import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '..', '..', '..');

/**
 * The install script is idempotent and prints the folder last on stdout; on a fresh machine it installs n8n first.
 * `version` is an exact release or a line such as "2.41" (default: N8N_VERSION, else the script's default).
 */
export function resolveN8nDir(version?: string, timeoutMs = 20 * 60_000): string {
	const result = spawnSync('bash', [join(REPO_ROOT, 'scripts', 'install-n8n.sh')], {
		cwd: REPO_ROOT,
		env: version ? { ...process.env, N8N_VERSION: version } : process.env,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
		timeout: timeoutMs,
	});
	if (result.error) throw new Error(`scripts/install-n8n.sh could not run: ${result.error.message}`);
	if (result.status !== 0) throw new Error(`scripts/install-n8n.sh exited with ${result.status ?? result.signal}`);
	const dir = result.stdout.trim().split('\n').pop() ?? '';
	if (!existsSync(n8nBin(dir))) throw new Error(`scripts/install-n8n.sh printed "${dir}", which holds no run-n8n`);
	return dir;
}

/** The installer's wrapper: n8n started on the Node its release asks for (Node 24 for 2.41), whatever runs jest. */
export function n8nBin(n8nDir: string): string {
	return join(n8nDir, 'run-n8n');
}

export function n8nVersion(n8nDir: string): string {
	return (require(join(n8nDir, 'node_modules', 'n8n', 'package.json')) as { version: string }).version;
}
