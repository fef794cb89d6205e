import { randomUUID } from 'node:crypto';
import type { IConnections, INode, INodeParameters } from 'n8n-workflow';

/** A node as tests write it: name and type are enough; the rest gets n8n's usual defaults. */
export type NodeSpec = Partial<INode> & { name: string; type: string };

/** n8n's own connection map, or simple [from, to] pairs (optionally [from, to, outputIndex]). */
export type ConnectionSpec = IConnections | Array<[string, string] | [string, string, number]>;

export interface WorkflowSpec {
	name?: string;
	nodes: NodeSpec[];
	connections?: ConnectionSpec;
	settings?: Record<string, unknown>;
}

export const WEBHOOK_NODE_TYPE = 'n8n-nodes-base.webhook';
export const RUN_TRIGGER_NAME = 'Harness Webhook';
export const RUN_INPUT_NAME = 'Harness Input';

/** Fills id, webhookId (so webhook paths never depend on the workflow id), typeVersion, position and parameters. */
export function completeNode(spec: NodeSpec, index: number): INode {
	return {
		id: randomUUID(),
		webhookId: randomUUID(),
		typeVersion: 1,
		position: [index * 220, 0],
		parameters: {},
		...spec,
	} as INode;
}

export function toConnections(spec: ConnectionSpec | undefined, nodes: NodeSpec[]): IConnections {
	if (spec && !Array.isArray(spec)) return spec;
	const pairs = spec ?? nodes.slice(1).map((node, i): [string, string] => [nodes[i].name, node.name]);
	const connections: IConnections = {};
	for (const [from, to, outputIndex = 0] of pairs) {
		const outputs = (connections[from] ??= { main: [] }).main;
		while (outputs.length <= outputIndex) outputs.push([]);
		outputs[outputIndex]!.push({ node: to, type: 'main', index: 0 });
	}
	return connections;
}

/**
 * Wraps the nodes under test for runWorkflow: a Webhook that answers with every item of the last node run, then a
 * Split Out that turns the posted `items` array into one n8n item each, feeding the first node under test.
 */
export function wrapForRun(nodes: NodeSpec[], connections: ConnectionSpec | undefined, path: string): WorkflowSpec {
	if (nodes.length === 0) throw new Error('runWorkflow needs at least one node');
	const trigger: NodeSpec = {
		name: RUN_TRIGGER_NAME,
		type: WEBHOOK_NODE_TYPE,
		typeVersion: 2.1,
		parameters: { httpMethod: 'POST', path, responseMode: 'lastNode', responseData: 'allEntries', options: {} },
	};
	const input: NodeSpec = {
		name: RUN_INPUT_NAME,
		type: 'n8n-nodes-base.splitOut',
		typeVersion: 1,
		parameters: { fieldToSplitOut: 'body.items', include: 'noOtherFields', options: {} } as INodeParameters,
	};
	const wrapped = toConnections(connections, nodes);
	wrapped[RUN_TRIGGER_NAME] = { main: [[{ node: RUN_INPUT_NAME, type: 'main', index: 0 }]] };
	wrapped[RUN_INPUT_NAME] = { main: [[{ node: nodes[0].name, type: 'main', index: 0 }]] };
	return { name: `harness run ${path}`, nodes: [trigger, input, ...nodes], connections: wrapped };
}
