import type { ICredentialType, INodeType, INodeTypeDescription } from 'n8n-workflow';
import packageJson from '../../../package.json';

/** The built file n8n loads, mapped back to its TypeScript source. */
function sourceOf(builtPath: string): string {
	return `../../../${builtPath.replace(/^dist\//, '').replace(/\.js$/, '')}`;
}

/** The one class each listed file exports, instantiated. */
function instancesOf<T>(builtPaths: string[]): T[] {
	return builtPaths.map((builtPath) => {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const exported = require(sourceOf(builtPath)) as Record<string, new () => T>;
		const [typeClass] = Object.values(exported);
		return new typeClass();
	});
}

/** Every node the package declares to n8n, as n8n would load them. */
export function packNodeDescriptions(): INodeTypeDescription[] {
	return instancesOf<INodeType>(packageJson.n8n.nodes).map((node) => node.description);
}

/** Every credential type the package declares to n8n. */
export function packCredentialTypes(): ICredentialType[] {
	return instancesOf<ICredentialType>(packageJson.n8n.credentials);
}
