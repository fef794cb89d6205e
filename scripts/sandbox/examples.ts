import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitForPublication } from '../../test/n8n/harness/publication';
import { rest, type Session } from '../../test/n8n/harness/rest';
import type { CredentialsByType } from './credentials';
import type { RunningService } from './registry';
import type { SandboxService } from './service';

export interface ExampleWorkflow {
	name: string;
	nodes: Array<{ name: string; type: string; credentials?: Record<string, { id: string; name: string }> }>;
	connections: unknown;
	settings?: unknown;
	pinData?: unknown;
}

export interface ImportedExample {
	file: string;
	service: string;
	id: string;
	name: string;
	/** false: a workflow of that name was already there (imported on an earlier start). */
	imported: boolean;
	published: boolean;
}

/**
 * Imports each running service's examples once: a workflow whose name is already in n8n is left alone, so the
 * user's edits survive restarts. Credential references are pointed at the sandbox credentials by credential type.
 */
export async function importExamples(
	session: Session,
	examplesDir: string,
	services: RunningService[],
	allServices: SandboxService[],
	credentials: CredentialsByType,
	say: (line: string) => void,
): Promise<ImportedExample[]> {
	reportUnclaimed(examplesDir, allServices, say);
	const existing = await workflowIdsByName(session);
	const results: ImportedExample[] = [];
	for (const { service } of services) {
		for (const spec of service.examples) {
			const workflow = JSON.parse(readFileSync(join(examplesDir, spec.file), 'utf8')) as ExampleWorkflow;
			const knownId = existing.get(workflow.name);
			if (knownId) {
				results.push({ file: spec.file, service: service.title, id: knownId, name: workflow.name, imported: false, published: false });
				continue;
			}
			const { name, nodes, connections, settings, pinData } = withSandboxCredentials(workflow, credentials, spec.file);
			const created = await rest<{ id: string; versionId: string }>(session, 'POST', '/workflows', { name, active: false, nodes, connections, settings, pinData });
			if (spec.publish) {
				await rest(session, 'POST', `/workflows/${created.id}/activate`, { versionId: created.versionId });
				// n8n 2.41 registers the triggers after answering; the sandbox is ready only once they listen.
				await waitForPublication(session, created.id, 'published');
			}
			results.push({ file: spec.file, service: service.title, id: created.id, name, imported: true, published: !!spec.publish });
		}
	}
	return results;
}

/** Every credential reference whose type the sandbox has a credential for now names that credential. */
export function withSandboxCredentials(workflow: ExampleWorkflow, credentials: CredentialsByType, file: string): ExampleWorkflow {
	const nodes = workflow.nodes.map((node) => {
		if (!node.credentials) return node;
		const rewritten = Object.fromEntries(
			Object.keys(node.credentials).map((type) => {
				const sandbox = credentials.get(type);
				if (!sandbox) throw new Error(`examples/${file}: node "${node.name}" needs a ${type} credential, but no running service provides one`);
				return [type, { id: sandbox.id, name: sandbox.name }];
			}),
		);
		return { ...node, credentials: rewritten };
	});
	return { ...workflow, nodes };
}

async function workflowIdsByName(session: Session): Promise<Map<string, string>> {
	const workflows = (await rest<Array<{ id: string; name: string }>>(session, 'GET', '/workflows')) ?? [];
	return new Map(workflows.map((workflow) => [workflow.name, workflow.id]));
}

/** An example no service claims would never be imported; say so rather than drop it silently. */
function reportUnclaimed(examplesDir: string, services: SandboxService[], say: (line: string) => void): void {
	const claimed = new Set(services.flatMap((service) => service.examples.map((example) => example.file)));
	for (const file of readdirSync(examplesDir).filter((name) => name.endsWith('.json'))) {
		if (!claimed.has(file)) say(`not imported: examples/${file} belongs to no service in scripts/sandbox/services/`);
	}
}
