import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SystemUser } from './unprivilegedUser';

/** A fresh folder in the OS temp folder, owned by `owner` when a service runs as another user. */
export function makeTempFolder(prefix: string, owner?: SystemUser): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	if (owner) chownSync(dir, owner.uid, owner.gid);
	return dir;
}

/** KEEP_N8N=1 keeps every folder (data, logs) for debugging, as the single-process harness does. */
export function removeTempFolder(dir: string): void {
	if (process.env.KEEP_N8N === '1') {
		console.log(`[queue harness] KEEP_N8N=1: kept ${dir}`);
		return;
	}
	rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}
