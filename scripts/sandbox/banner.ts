import { relative } from 'node:path';
import type { ImportedExample } from './examples';
import type { Owner } from './owner';
import type { RunningService } from './registry';

export interface BannerInput {
	repoRoot: string;
	baseUrl: string;
	owner: Owner;
	ownerCreated: boolean;
	n8nVersion: string;
	services: RunningService[];
	examples: ImportedExample[];
	sandboxDir: string;
	logPath: string;
	check: boolean;
}

/** The one screen a user needs: where n8n is, how to log in, what each mock is, and how to stop or reset. */
export function banner(input: BannerInput): string {
	const rel = (path: string) => relative(input.repoRoot, path) || '.';
	const rule = '─'.repeat(78);
	const lines = [
		rule,
		`  n8n ${input.n8nVersion} with n8n-nodes-service-pack: ${input.baseUrl}`,
		`  login: ${input.owner.email} / ${input.owner.password}${input.ownerCreated ? '  (account created now)' : ''}`,
		rule,
	];
	for (const { service, mock } of input.services) {
		lines.push(`  ${service.title} mock: ${mock.url}    credential "${service.credential.name}"`);
		for (const detail of mock.details) lines.push(`      ${detail}`);
	}
	lines.push(rule, '  Example workflows:');
	for (const example of input.examples) {
		const state = example.imported ? (example.published ? 'imported and published' : 'imported') : 'already there, left as it is';
		lines.push(`      ${example.name}  [${state}]  ${input.baseUrl}/workflow/${example.id}`);
	}
	lines.push(
		rule,
		`  data: ${rel(input.sandboxDir)}/ (kept between starts; delete it to start over)   n8n log: ${rel(input.logPath)}`,
		input.check ? '  --check: verifying, then stopping.' : '  Ctrl-C stops n8n and the mocks.',
		rule,
	);
	return lines.join('\n');
}
