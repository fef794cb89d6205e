import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanUp } from './cleanUp';
import { CONNECTION_ENV, writeConnection, type ConnectionInfo } from './connection';
import { installPack } from './installPack';
import { n8nVersion, resolveN8nDir } from './n8nInstall';
import { setupOwnerAndLogin } from './owner';
import { freePorts } from './ports';
import { killGroupsOnExit } from './processGroup';
import { logPathIn, startN8n, type RunningN8n } from './startN8n';
import './state';

/** Starts one n8n with the packed pack for the whole jest run; test files connect through CONNECTION_ENV. */
export default async function globalSetup(): Promise<void> {
	const started = Date.now();
	const timings: Record<string, number> = {};
	const lap = (name: string, since: number) => (timings[name] = Date.now() - since);

	let since = Date.now();
	const n8nDir = resolveN8nDir();
	lap('resolveN8nMs', since);

	const tempDir = mkdtempSync(join(tmpdir(), 'n8n-harness-'));
	const userFolder = join(tempDir, 'user');
	mkdirSync(userFolder);
	const logPath = logPathIn(tempDir);
	let child: ChildProcess | undefined;
	let removeSafetyNet = () => {};
	try {
		since = Date.now();
		const pack = installPack(userFolder, tempDir);
		lap('packAndInstallMs', since);
		if (pack.missingFiles.length > 0) {
			console.warn(
				`[n8n harness] ${pack.name}'s package.json lists files the tarball lacks, so n8n will not load the package: ${pack.missingFiles.join(', ')}`,
			);
		}

		since = Date.now();
		const running = await startOnFreePorts(n8nDir, userFolder, logPath);
		child = running.child;
		lap('startUntilReadyMs', since);
		removeSafetyNet = installSafetyNet(child.pid!, tempDir);

		since = Date.now();
		const { owner, cookie } = await setupOwnerAndLogin(running.baseUrl);
		lap('ownerSetupMs', since);
		timings.totalSetupMs = Date.now() - started;

		const connection: ConnectionInfo = {
			baseUrl: running.baseUrl,
			cookie,
			owner,
			logPath,
			tempDir,
			userFolder,
			n8nDir,
			pid: child.pid!,
			packageName: pack.name,
			timings,
		};
		const connectionPath = join(tempDir, 'connection.json');
		writeConnection(connectionPath, connection);
		process.env[CONNECTION_ENV] = connectionPath;
		globalThis.__n8nHarness = { child, connection, removeSafetyNet };
		console.log(
			`\n[n8n harness] n8n ${n8nVersion(n8nDir)} ready at ${running.baseUrl} in ${timings.totalSetupMs} ms ${JSON.stringify(timings)}`,
		);
	} catch (error) {
		// Jest skips globalTeardown when globalSetup throws, so clean up here.
		await cleanUp({ pid: child?.pid, tempDir, logPath });
		removeSafetyNet();
		throw error;
	}
}

/** Another process can take a port between freePorts() and n8n's listen(); then try again on new ones. */
async function startOnFreePorts(n8nDir: string, userFolder: string, logPath: string): Promise<RunningN8n> {
	for (let attempt = 1; ; attempt++) {
		const [port, brokerPort] = await freePorts(2);
		try {
			return await startN8n({ n8nDir, userFolder, logPath, port, brokerPort });
		} catch (error) {
			if (attempt >= 3 || !/already in use/i.test((error as Error).message)) throw error;
		}
	}
}

/** n8n is detached (own process group), so Ctrl-C or a crash of jest would leave it running without this. */
function installSafetyNet(pid: number, tempDir: string): () => void {
	return killGroupsOnExit(
		() => [pid],
		() => {
			if (process.env.KEEP_N8N !== '1') rmSync(tempDir, { recursive: true, force: true });
		},
	);
}
