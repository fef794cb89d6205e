import { isAbsolute, join, resolve } from 'node:path';
import { REPO_ROOT } from '../../test/n8n/harness/n8nInstall';

/** Everything the sandbox reads from the command line and the environment, in one place. */
export interface SandboxConfig {
	repoRoot: string;
	/** N8N_USER_FOLDER: kept between starts so the user's workflows, credentials and executions survive. */
	sandboxDir: string;
	examplesDir: string;
	/** Run everything, verify the examples, then stop (for CI and the lead). */
	check: boolean;
	/** undefined: 5678, or a free port when 5678 is taken. Set: exactly this port or a clear error. */
	n8nPort?: number;
	owner: { email: string; password: string; firstName: string; lastName: string };
	logLevel: string;
}

export const DEFAULT_N8N_PORT = 5678;

export function readConfig(argv = process.argv.slice(2), env = process.env): SandboxConfig {
	const unknown = argv.filter((arg) => arg !== '--check');
	if (unknown.length > 0) throw new Error(`unknown argument ${unknown.join(' ')}; the only option is --check`);
	const dir = env.SANDBOX_DIR ?? '.n8n-sandbox';
	return {
		repoRoot: REPO_ROOT,
		sandboxDir: isAbsolute(dir) ? dir : resolve(REPO_ROOT, dir),
		examplesDir: join(REPO_ROOT, 'examples'),
		check: argv.includes('--check') || env.SANDBOX_CHECK === '1',
		n8nPort: portFrom('SANDBOX_N8N_PORT', env.SANDBOX_N8N_PORT ?? env.N8N_PORT),
		// Fixed on purpose: a local sandbox whose login everyone knows; it listens on 127.0.0.1 only.
		owner: {
			email: env.SANDBOX_EMAIL ?? 'sandbox@example.com',
			password: env.SANDBOX_PASSWORD ?? 'Sandbox-n8n-1',
			firstName: 'Sandbox',
			lastName: 'Owner',
		},
		logLevel: env.SANDBOX_LOG_LEVEL ?? 'info',
	};
}

/** HIVE_MOCK_PORT and the like, as each mock's own main.ts names them; 0 lets the OS pick. */
export function mockPort(serviceId: string, defaultPort: number, env = process.env): number {
	const name = `${serviceId.toUpperCase()}_MOCK_PORT`;
	return portFrom(name, env[name]) ?? defaultPort;
}

function portFrom(name: string, value: string | undefined): number | undefined {
	if (value === undefined || value === '') return undefined;
	const port = Number(value);
	if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`${name}=${value} is not a port number`);
	return port;
}
