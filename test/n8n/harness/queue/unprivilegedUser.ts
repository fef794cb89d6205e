import { spawnSync } from 'node:child_process';

export interface SystemUser {
	name: string;
	uid: number;
	gid: number;
}

/**
 * Postgres refuses to run as root. Under root (CI, containers) it runs as the `postgres` user that Debian's package
 * creates, else as `nobody`; under any other user it runs as that user (undefined: no switch needed).
 */
export function postgresRunAs(): SystemUser | undefined {
	if (process.getuid?.() !== 0) return undefined;
	const user = systemUser('postgres') ?? systemUser('nobody');
	if (!user) throw new Error('running as root, and there is neither a "postgres" nor a "nobody" user to run Postgres as');
	return user;
}

function systemUser(name: string): SystemUser | undefined {
	const uid = idOf(name, '-u');
	const gid = idOf(name, '-g');
	return uid === undefined || gid === undefined ? undefined : { name, uid, gid };
}

function idOf(name: string, flag: '-u' | '-g'): number | undefined {
	const result = spawnSync('id', [flag, name], { encoding: 'utf8' });
	const id = Number(result.stdout.trim());
	return result.status === 0 && Number.isInteger(id) ? id : undefined;
}
