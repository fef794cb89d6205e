import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What the test files of one jest run leave for the secret-leak scan, in the run folder (connection.tempDir), which
 * every worker can reach and teardown removes: the secrets the run handed to n8n, and n8n's webhook answers.
 */
const SECRETS_FILE = 'secrets.jsonl';
const ANSWERS_FILE = 'webhook-answers.jsonl';

/** Shorter values would match ordinary words; the engine's redaction skips them too. */
export const MIN_SECRET_LENGTH = 6;

export interface RegisteredSecret {
	/** The credential type it belongs to, e.g. "hiveApi". */
	credentialType: string;
	/** Where it came from, e.g. "apiKey" or "issued access token". */
	field: string;
	value: string;
}

export interface RecordedAnswer {
	url: string;
	status: number;
	text: string;
}

/** Only test files record (jest sets JEST_WORKER_ID); the benchmark drives n8n with the same client and does not. */
export function recordingEnabled(): boolean {
	return process.env.JEST_WORKER_ID !== undefined;
}

function appendLine(runDir: string, file: string, value: unknown): void {
	appendFileSync(join(runDir, file), `${JSON.stringify(value)}\n`, { mode: 0o600 });
}

function readLines<T>(runDir: string, file: string): T[] {
	const path = join(runDir, file);
	if (!existsSync(path)) return [];
	return readFileSync(path, 'utf8')
		.split('\n')
		.filter(Boolean)
		.map((line) => JSON.parse(line) as T);
}

export function registerSecrets(runDir: string, secrets: RegisteredSecret[]): void {
	if (!recordingEnabled()) return;
	for (const secret of secrets) {
		if (typeof secret.value === 'string' && secret.value.length >= MIN_SECRET_LENGTH) appendLine(runDir, SECRETS_FILE, secret);
	}
}

/** Every secret registered in this run, each value once. */
export function registeredSecrets(runDir: string): RegisteredSecret[] {
	const unique = new Map<string, RegisteredSecret>();
	for (const secret of readLines<RegisteredSecret>(runDir, SECRETS_FILE)) if (!unique.has(secret.value)) unique.set(secret.value, secret);
	return [...unique.values()];
}

export function recordAnswer(runDir: string, answer: RecordedAnswer): void {
	if (recordingEnabled()) appendLine(runDir, ANSWERS_FILE, answer);
}

export function recordedAnswers(runDir: string): RecordedAnswer[] {
	return readLines<RecordedAnswer>(runDir, ANSWERS_FILE);
}
