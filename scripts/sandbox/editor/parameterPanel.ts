import { optionLabel, type ServedNodeType } from '../servedTypes';
import type { EditorSession } from './editorSession';

const NDV = '[data-test-id="ndv"]';

export interface PlacedNode {
	name: string;
	type: string;
	parameters: Record<string, unknown>;
}

/** In the open workflow, opens a node with a double click and reads what its parameter panel shows. */
export async function readParameterPanel(editor: EditorSession, node: PlacedNode): Promise<Record<string, string>> {
	const { page } = editor;
	await page.locator(`[data-test-id="canvas-node"][data-node-name="${node.name.replace(/"/g, '\\"')}"]`).dblclick();
	await page.waitForSelector(`${NDV} [data-test-id="node-parameters"]`);
	const shown: Record<string, string> = {};
	for (const [field, testId] of [['credential', 'node-credentials-select'], ['resource', 'parameter-input-resource'], ['operation', 'parameter-input-operation']]) {
		const input = page.locator(`${NDV} [data-test-id="${testId}"] input`).first();
		shown[field] = (await input.count()) > 0 ? await input.inputValue() : '(not shown)';
	}
	return shown;
}

/** What the panel should show: the sandbox credential, and the labels of the node's saved resource and operation. */
export function parameterProblems(shown: Record<string, string>, node: PlacedNode, type: ServedNodeType, credentialName: string): string[] {
	const expected: Record<string, string | undefined> = {
		credential: credentialName,
		resource: optionLabel(type, 'resource', node.parameters.resource),
		operation: optionLabel(type, 'operation', node.parameters.operation),
	};
	return Object.entries(expected)
		.filter(([field, label]) => label === undefined || shown[field] !== label)
		.map(([field, label]) => `${field}: shows "${shown[field]}", expected "${label ?? `a label for ${String(node.parameters[field])}`}"`);
}
