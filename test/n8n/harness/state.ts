import type { ChildProcess } from 'node:child_process';
import type { ConnectionInfo } from './connection';

/** What globalTeardown needs from globalSetup; both run in jest's parent process, so a global carries it. */
export interface HarnessState {
	child: ChildProcess;
	connection: ConnectionInfo;
	removeSafetyNet: () => void;
}

declare global {
	// eslint-disable-next-line no-var
	var __n8nHarness: HarnessState | undefined;
}
