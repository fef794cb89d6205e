/** The shape of an n8n workflow's connections: from node name, per output type, per output index, to nodes. */
export interface ConnectedWorkflow {
	nodes: Array<{ name: string }>;
	connections: unknown;
}

type Connections = Record<string, Record<string, Array<Array<{ node: string }> | null>>>;

function targetsOf(workflow: ConnectedWorkflow, from: string): string[] {
	const outputs = (workflow.connections as Connections)[from] ?? {};
	return Object.values(outputs).flatMap((byIndex) => byIndex.flatMap((targets) => (targets ?? []).map((target) => target.node)));
}

/** Nodes no connection leads out of: where a run of the workflow is meant to arrive. */
export function endNodes(workflow: ConnectedWorkflow): string[] {
	return workflow.nodes.map((node) => node.name).filter((name) => targetsOf(workflow, name).length === 0);
}

/** Nodes no connection leads into: where a run starts (the workflow's triggers). */
export function startNodes(workflow: ConnectedWorkflow): string[] {
	const reached = new Set(workflow.nodes.flatMap((node) => targetsOf(workflow, node.name)));
	return workflow.nodes.map((node) => node.name).filter((name) => !reached.has(name));
}

/** The ends a run did not arrive at. */
export function missedEnds(workflow: ConnectedWorkflow, nodesRun: string[]): string[] {
	const ran = new Set(nodesRun);
	return endNodes(workflow).filter((name) => !ran.has(name));
}
