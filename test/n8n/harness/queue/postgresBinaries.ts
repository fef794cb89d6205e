import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { onPath } from './onPath';

/** Debian's `postgresql-<major>` packages put the server programs here, off PATH (one folder per major version). */
const DEBIAN_POSTGRES_ROOT = '/usr/lib/postgresql';

const SERVER_PROGRAMS = ['initdb', 'postgres', 'pg_isready'];

/**
 * The folder holding initdb, postgres and pg_isready: N8N_HARNESS_PG_BIN if set, else the PATH folder of initdb if it
 * has all three, else the newest major version of Debian's layout.
 */
export function postgresBinDir(): string {
	const override = process.env.N8N_HARNESS_PG_BIN;
	if (override) {
		if (!hasServerPrograms(override)) throw new Error(`N8N_HARNESS_PG_BIN=${override} lacks one of ${SERVER_PROGRAMS.join(', ')}`);
		return override;
	}
	const initdb = onPath('initdb');
	if (initdb && hasServerPrograms(dirname(initdb))) return dirname(initdb);
	const debian = debianBinDirs().find(hasServerPrograms);
	if (debian) return debian;
	throw new Error(
		'PostgreSQL server programs (initdb, postgres, pg_isready) not found on PATH or in Debian\'s layout: ' +
			'apt-get install postgresql (or set N8N_HARNESS_PG_BIN to their folder)',
	);
}

function hasServerPrograms(dir: string): boolean {
	return SERVER_PROGRAMS.every((program) => existsSync(join(dir, program)));
}

/** Newest major version first. */
function debianBinDirs(): string[] {
	if (!existsSync(DEBIAN_POSTGRES_ROOT)) return [];
	return readdirSync(DEBIAN_POSTGRES_ROOT)
		.filter((name) => /^\d+$/.test(name))
		.sort((a, b) => Number(b) - Number(a))
		.map((major) => join(DEBIAN_POSTGRES_ROOT, major, 'bin'));
}
