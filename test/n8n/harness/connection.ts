import { readFileSync, writeFileSync } from 'node:fs';

/** globalSetup runs in jest's parent process; test files run in workers and find the running n8n through this file. */
export const CONNECTION_ENV = 'N8N_HARNESS_CONNECTION';

export interface ConnectionInfo {
	baseUrl: string;
	/** `n8n-auth=…` cookie of the owner, ready for a Cookie header. */
	cookie: string;
	owner: { email: string; password: string };
	logPath: string;
	/** Temp folder holding N8N_USER_FOLDER, the packed tarball and the log. */
	tempDir: string;
	userFolder: string;
	n8nDir: string;
	pid: number;
	packageName: string;
	timings: Record<string, number>;
}

export function writeConnection(path: string, info: ConnectionInfo): void {
	writeFileSync(path, JSON.stringify(info, null, 2), { mode: 0o600 });
}

export function readConnection(): ConnectionInfo {
	const path = process.env[CONNECTION_ENV];
	if (!path) {
		throw new Error(
			`${CONNECTION_ENV} is not set: n8n tests must run through jest's "n8n" project (npx jest --selectProjects n8n), whose globalSetup starts n8n`,
		);
	}
	return JSON.parse(readFileSync(path, 'utf8')) as ConnectionInfo;
}
