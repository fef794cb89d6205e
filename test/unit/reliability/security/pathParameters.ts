import { shapedMarker } from './idShapes';
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { resetTokenStore } from '../../../../nodes/shared/auth/tokens';
import { resetThrottles } from '../../../../nodes/shared/throttle/throttleRegistry';
import { operationsOf, parametersFor, runNode, type NodeUnderTest, type OperationUnderTest } from './nodesUnderTest';
import type { RecordingServer } from './recordingServer';

/** Token endpoints of Forsta and Faster Forward: requests there carry no ids. */
const TOKEN_PATHS = ['/identity/connect/token', '/oauth/access_token'];

/** Operations that take a whole path rather than ids: the Custom API Calls, Faster Forward's API Request and upload. */
export const takesPath = (operation: OperationUnderTest) => operation.properties.some((property) => property.name === 'path' && property.type === 'string');

export interface NodeRun {
	output: INodeExecutionData[];
	/** URLs handed to httpRequestWithAuthentication, token requests included. */
	sentUrls: string[];
	/** Request targets that reached the server, token requests left out. */
	arrived: string[];
}

/** One run with a fresh throttle and token store, so runs neither wait for each other nor share state. */
export async function runAgainst(subject: NodeUnderTest, server: RecordingServer, parameters: IDataObject): Promise<NodeRun> {
	resetThrottles();
	resetTokenStore();
	const from = server.arrived.length;
	const { output, sentUrls } = await runNode(subject, server.url, parameters);
	const arrived = server.arrived
		.slice(from)
		.map((request) => request.target)
		.filter((target) => !TOKEN_PATHS.includes(target.split('?')[0]));
	return { output, sentUrls, arrived };
}

export const pathOf = (target: string) => target.split('?')[0];

/** The query of a request target, decoded as a server would. */
export const queryOf = (target: string) => new URLSearchParams(target.includes('?') ? target.slice(target.indexOf('?') + 1) : '');

/** A parameter whose value goes into a request path (or query), found by where its marker text arrived. */
export interface PathParameter {
	operation: OperationUnderTest;
	name: string;
	/** A path segment, or the value of this query key. */
	where: { in: 'path' } | { in: 'query'; key: string };
	/** Parameters of the run that found it; every text field holds its own marker. */
	parameters: IDataObject;
	marker: string;
	/** What arrived with the markers: the shape every other value must keep. */
	baseline: string[];
}

/** Every id or path parameter of a node, by running each operation once with a marker text in every field. */
export async function discoverPathParameters(subject: NodeUnderTest, server: RecordingServer): Promise<{ found: PathParameter[]; sentNothing: string[] }> {
	const found: PathParameter[] = [];
	const sentNothing: string[] = [];
	for (const operation of operationsOf(subject.node).filter((candidate) => !takesPath(candidate))) {
		const markers = new Map<string, string>();
		const marker = (name: string) => markers.get(name) ?? markers.set(name, shapedMarker(operation.properties, name, markers.size)).get(name)!;
		const parameters = parametersFor(subject, operation, marker);
		const { arrived } = await runAgainst(subject, server, parameters);
		if (arrived.length === 0) sentNothing.push(`${operation.resource}: ${operation.operation}`);
		const segments = new Set(arrived.flatMap((target) => pathOf(target).split('/')));
		const query = arrived.flatMap((target) => [...queryOf(target)]);
		for (const [name, text] of markers) {
			if (segments.has(text)) found.push({ operation, name, where: { in: 'path' }, parameters, marker: text, baseline: arrived });
			const key = query.find(([, value]) => value === text)?.[0];
			if (subject.queryIds && key !== undefined) found.push({ operation, name, where: { in: 'query', key }, parameters, marker: text, baseline: arrived });
		}
	}
	return { found, sentNothing };
}

/** The parameters with one field's marker replaced by a value, in the form the field holds (a locator or text). */
export function withValue(parameters: IDataObject, name: string, value: string): IDataObject {
	const options = parameters.options as IDataObject | undefined;
	if (!(name in parameters) && options && name in options) return { ...parameters, options: { ...options, [name]: value } };
	const current = parameters[name];
	const replaced = current && typeof current === 'object' ? { ...(current as IDataObject), value } : value;
	return { ...parameters, [name]: replaced };
}
