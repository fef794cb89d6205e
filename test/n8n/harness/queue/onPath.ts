import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Where `program` is found on PATH, as the shell would find it; undefined when it is not there. */
export function onPath(program: string): string | undefined {
	return (process.env.PATH ?? '')
		.split(delimiter)
		.filter(Boolean)
		.map((dir) => join(dir, program))
		.find((path) => existsSync(path));
}
