import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ICredentialType, IDataObject } from 'n8n-workflow';
import { REPO_ROOT } from './n8nInstall';
import type { RegisteredSecret } from './runRecords';

let secretFields: Map<string, string[]> | undefined;

/** The pack's credential types and their secret fields: those the editor masks (`typeOptions.password`). */
function secretFieldsByType(): Map<string, string[]> {
	if (secretFields) return secretFields;
	secretFields = new Map();
	const folder = join(REPO_ROOT, 'credentials');
	for (const file of readdirSync(folder).filter((name) => name.endsWith('.credentials.ts'))) {
		const exported = require(join(folder, file)) as Record<string, new () => ICredentialType>;
		for (const CredentialClass of Object.values(exported)) {
			const type = new CredentialClass();
			secretFields.set(type.name, type.properties.filter((property) => property.typeOptions?.password).map((property) => property.name));
		}
	}
	return secretFields;
}

/**
 * The secret values of a credential of this pack; none for other types (n8n's own header credentials are echoed
 * back by the Webhook node by design, which is n8n's behaviour, not the pack's).
 */
export function credentialSecrets(credentialType: string, data: IDataObject): RegisteredSecret[] {
	const fields = secretFieldsByType().get(credentialType) ?? [];
	return fields.filter((field) => typeof data[field] === 'string').map((field) => ({ credentialType, field, value: data[field] as string }));
}
