import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Debian names its package `chromium`; other systems ship one of the others. */
const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome'];

/** The browser the editor check drives: CHROMIUM_PATH, or the first of the usual names on PATH. */
export function chromiumPath(env = process.env): string | undefined {
	if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
	const folders = (env.PATH ?? '').split(delimiter).filter(Boolean);
	for (const name of BROWSER_NAMES) {
		const found = folders.map((folder) => join(folder, name)).find((path) => existsSync(path));
		if (found) return found;
	}
	return undefined;
}
