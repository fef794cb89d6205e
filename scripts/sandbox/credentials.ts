import { rest, type Session } from '../../test/n8n/harness/rest';
import type { RunningService } from './registry';

export interface CredentialRef {
	id: string;
	name: string;
}

/** Credential type → the sandbox credential of that type, for pointing example workflows at it. */
export type CredentialsByType = Map<string, CredentialRef>;

interface StoredCredential {
	id: string;
	name: string;
	type: string;
}

/**
 * One credential per running mock, found by name and type. An existing one is rewritten with the mock's current URL
 * and keys, so a changed port (HIVE_MOCK_PORT…) never leaves the examples pointing at a dead address.
 */
export async function ensureCredentials(session: Session, services: RunningService[]): Promise<{ byType: CredentialsByType; created: string[] }> {
	const stored = (await rest<StoredCredential[]>(session, 'GET', '/credentials')) ?? [];
	const byType: CredentialsByType = new Map();
	const created: string[] = [];
	for (const { service, mock } of services) {
		const { type, name } = service.credential;
		const body = { name, type, data: mock.credentialData };
		const existing = stored.find((credential) => credential.name === name && credential.type === type);
		if (existing) {
			await rest(session, 'PATCH', `/credentials/${existing.id}`, body);
			byType.set(type, { id: existing.id, name });
		} else {
			const made = await rest<{ id: string }>(session, 'POST', '/credentials', body);
			byType.set(type, { id: made.id, name });
			created.push(name);
		}
	}
	return { byType, created };
}
