import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './n8nInstall';

interface PackageJson {
	name: string;
	version: string;
	dependencies?: Record<string, string>;
	n8n?: { nodes?: string[]; credentials?: string[] };
	[key: string]: unknown;
}

export interface InstalledPack {
	name: string;
	version: string;
	dir: string;
	/** Files package.json lists under `n8n` that the tarball lacks; n8n then refuses the whole package. */
	missingFiles: string[];
}

/**
 * Installs the repo's `npm pack` output into <userFolder>/.n8n/nodes the way n8n 2.8.4's community-package
 * installer does (npm pack, untar into node_modules/<name>, drop dev/peer/optional dependencies, npm install,
 * list it in nodes/package.json). n8n then finds it at startup by globbing nodes/node_modules/n8n-nodes-*.
 */
export function installPack(userFolder: string, workDir: string): InstalledPack {
	if (!existsSync(join(REPO_ROOT, 'dist'))) {
		throw new Error('dist/ is missing: build the pack first (npm run build), then run the n8n tests');
	}
	const tarball = npmPack(workDir);
	const nodesDir = join(userFolder, '.n8n', 'nodes');
	const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as PackageJson;
	const dir = join(nodesDir, 'node_modules', manifest.name);
	mkdirSync(dir, { recursive: true });
	run('tar', ['-xzf', tarball, '-C', dir, '--strip-components=1'], workDir, 60_000);

	const packed = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson;
	// n8n removes these before installing, so a peer dependency on n8n-workflow resolves to n8n's own copy.
	const { devDependencies: _dev, peerDependencies: _peer, optionalDependencies: _optional, ...runtime } = packed;
	writeFileSync(join(dir, 'package.json'), JSON.stringify(runtime, null, 2));
	if (Object.keys(runtime.dependencies ?? {}).length > 0) {
		const args = ['install', '--audit=false', '--fund=false', '--bin-links=false', '--install-strategy=shallow'];
		run('npm', [...args, '--ignore-scripts=true', '--package-lock=false'], dir, 5 * 60_000);
	}
	const listing = { name: 'installed-nodes', private: true, dependencies: { [packed.name]: packed.version } };
	writeFileSync(join(nodesDir, 'package.json'), JSON.stringify(listing, null, 2));

	const listed = [...(packed.n8n?.nodes ?? []), ...(packed.n8n?.credentials ?? [])];
	const missingFiles = listed.filter((file) => !existsSync(join(dir, file)));
	return { name: packed.name, version: packed.version, dir, missingFiles };
}

function npmPack(destination: string): string {
	// --ignore-scripts: the harness tests what `npm run build` produced and must not rebuild behind the caller's back.
	const output = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', destination], REPO_ROOT, 120_000);
	const [entry] = JSON.parse(output) as Array<{ filename: string }>;
	return join(destination, entry.filename);
}

function run(command: string, args: string[], cwd: string, timeoutMs: number): string {
	const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: timeoutMs });
	if (result.error) throw new Error(`${command} ${args.join(' ')} failed: ${result.error.message}`);
	if (result.status !== 0) {
		throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}: ${result.stderr.trim()}`);
	}
	return result.stdout;
}
