import { rawRequest, type Session } from '../../test/n8n/harness/rest';

interface Option {
	name: string;
	value: unknown;
	action?: string;
}

/** What n8n serves the editor about one node type: the source of truth for what the panels should show. */
export interface ServedNodeType {
	name: string;
	displayName: string;
	description: string;
	group: string[];
	version: number | number[];
	properties: Array<{ name: string; options?: Option[] }>;
}

export interface ServedCredentialType {
	name: string;
	displayName: string;
}

async function served<T>(session: Session, path: string): Promise<T> {
	const answer = await rawRequest(`${session.baseUrl}${path}`, { method: 'GET', cookie: session.cookie, timeoutMs: 60_000 });
	if (answer.status !== 200) throw new Error(`GET ${path} answered ${answer.status}`);
	return JSON.parse(answer.text) as T;
}

/** Every node type n8n loaded, as its editor receives them. */
export async function servedNodeTypes(session: Session): Promise<ServedNodeType[]> {
	return await served<ServedNodeType[]>(session, '/types/nodes.json');
}

/** The pack's node types as n8n loaded them (one entry per type, the newest version when n8n lists several). */
export async function servedPackNodes(session: Session, packageName: string): Promise<ServedNodeType[]> {
	const byName = new Map<string, ServedNodeType>();
	for (const type of await servedNodeTypes(session)) {
		if (type.name.startsWith(`${packageName}.`)) byName.set(type.name, type);
	}
	return [...byName.values()];
}

export async function servedCredentialTypes(session: Session): Promise<ServedCredentialType[]> {
	return await served<ServedCredentialType[]>(session, '/types/credentials.json');
}

export const isTrigger = (type: ServedNodeType) => type.group.includes('trigger');

/** The action nodes a user adds from the node panel: not triggers, and not the "… Tool" twins n8n makes for AI agents. */
export function actionNodes(types: ServedNodeType[]): ServedNodeType[] {
	const names = new Set(types.map((type) => type.name));
	return types.filter((type) => !isTrigger(type) && !(type.name.endsWith('Tool') && names.has(type.name.replace(/Tool$/, ''))));
}

/** The action names of a node's operations, as the node panel lists them. */
export function actionNames(type: ServedNodeType): string[] {
	return type.properties.flatMap((property) => (property.options ?? []).flatMap((option) => (typeof option.action === 'string' ? [option.action] : [])));
}

/** The label the editor shows for a parameter's value, e.g. resource "sku" → "SKU". */
export function optionLabel(type: ServedNodeType, parameter: string, value: unknown): string | undefined {
	for (const property of type.properties.filter((candidate) => candidate.name === parameter)) {
		const option = property.options?.find((candidate) => candidate.value === value);
		if (option) return option.name;
	}
	return undefined;
}
