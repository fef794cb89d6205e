import { readFileSync } from 'node:fs';
import { waitFor } from '../wait';

interface LoggingProcess {
	name: string;
	logPath: string;
}

/**
 * The name of the first process whose log has a line containing `text`, waiting up to timeoutMs for it to be
 * written; undefined if none has it by then. n8n stores no process id with an execution, so its log lines are the
 * record of who did what, e.g. a worker's "Worker finished execution 7 (job 3)".
 */
export async function whoseLogSays(processes: LoggingProcess[], text: string, timeoutMs: number): Promise<string | undefined> {
	const find = async () => processes.find((each) => readFileSync(each.logPath, 'utf8').includes(text))?.name;
	return waitFor(`a log line containing "${text}"`, find, { timeoutMs, intervalMs: 100 }).catch(() => undefined);
}
