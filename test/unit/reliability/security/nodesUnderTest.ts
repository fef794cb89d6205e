import type { ICredentialDataDecryptedObject, IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties, INodeType } from 'n8n-workflow';
import { FastComments } from '../../../../nodes/FastComments/FastComments.node';
import { fastCommentsCatalog } from '../../../../nodes/FastComments/actions';
import { FasterForward } from '../../../../nodes/FasterForward/FasterForward.node';
import { Flowbox } from '../../../../nodes/Flowbox/Flowbox.node';
import { Forsta } from '../../../../nodes/Forsta/Forsta.node';
import { Hive } from '../../../../nodes/Hive/Hive.node';
import type { ServiceName } from '../../../reliability/ledger';
import { fakeContext } from '../../../helpers/fakeContext';
import { sampleParameters } from '../../fastcomments/sampleParameters';

/** One node of the pack, with a credential that sends everything to `serverUrl` (under a base path where the service has one). */
export interface NodeUnderTest {
	service: Exclude<ServiceName, 'All'>;
	node: INodeType;
	credentialType: string;
	credentials(serverUrl: string): ICredentialDataDecryptedObject;
	/** Where the service's base URL puts requests; a custom path must stay below it. */
	basePath: string;
	/**
	 * Parameters of every field of an operation, as the editor would fill them, with `text(name)` wherever an id
	 * could go; undefined to build them from the fields (FastComments' come from its spec, with valid bodies).
	 */
	sample?(operation: OperationUnderTest, text: (name: string) => string): IDataObject | undefined;
	/** Valid values for fields a plain sample would fail to validate (dates, JSON lists, emails), by "resource.operation". */
	overrides?: Record<string, IDataObject>;
	/** Text query fields carry ids too (FastComments' page URL IDs): check that they arrive exactly. */
	queryIds?: boolean;
	/** Operations whose plain sample is refused before sending (a JSON body or file needed); none of them takes an id. */
	sampleSendsNothing?: string[];
	/** Input items an operation reads its data from, by "resource.operation". */
	items?: Record<string, IDataObject[]>;
}

const key = (resource: unknown, operation: unknown) => `${String(resource)}.${String(operation)}`;

function fastCommentsSample({ resource, operation }: OperationUnderTest, text: (name: string) => string): IDataObject | undefined {
	const spec = fastCommentsCatalog.find((entry) => entry.value === resource)?.operations.find((candidate) => candidate.value === operation);
	if (!spec) return undefined;
	const parameters = sampleParameters(resource, spec);
	const entered = (name: string, picker: unknown) => (picker ? { __rl: true, mode: 'id', value: text(name) } : text(name));
	for (const field of spec.pathFields ?? []) parameters[field.name] = entered(field.name, field.picker);
	// Text query fields (page URL IDs, user ids) get markers too, required ones as fields, optional ones in Options.
	const options = parameters.options as IDataObject;
	for (const field of (spec.query ?? []).filter((candidate) => candidate.kind === 'string' && !candidate.options?.length)) {
		if (field.required) parameters[field.name] = entered(field.name, field.picker);
		else options[field.name] = text(field.name);
	}
	return parameters;
}

export const NODES_UNDER_TEST: NodeUnderTest[] = [
	{
		service: 'Hive',
		node: new Hive(),
		credentialType: 'hiveApi',
		basePath: '/merchant_api/v1',
		credentials: (url) => ({ apiKey: 'hive-key-request-safety', baseUrl: `${url}/merchant_api/v1` }),
		sampleSendsNothing: ['restockingShipment: create', 'sku: bulkUpsert'],
		overrides: {
			'sku.update': { updateFields: { barcode: '8712345678906' } },
			'restockingShipment.replace': {
				warehouse: { __rl: true, mode: 'id', value: '7' },
				estimatedArrivalDate: '2026-01-05',
				items: '[{"sku_id":1,"announced_quantity":2}]',
			},
		},
	},
	{
		service: 'FastComments',
		node: new FastComments(),
		credentialType: 'fastCommentsApi',
		basePath: '',
		credentials: (url) => ({ apiKey: 'fc-key-request-safety', tenantId: 'tenant-1', region: 'custom', baseUrl: url, apiSecret: 'fc-secret-request-safety' }),
		sample: fastCommentsSample,
		queryIds: true,
	},
	{
		service: 'Forsta',
		node: new Forsta(),
		credentialType: 'forstaApi',
		basePath: '',
		credentials: (url) => ({ site: 'custom', apiUrl: url, identityUrl: url, clientId: 'client', clientSecret: 'forsta-secret-request-safety', scope: 'pub.surveys pub.hubs', accessToken: '' }),
		overrides: { 'response.updateData': { keyVariables: 'responseid', variables: 'q1' } },
		sampleSendsNothing: ['survey: importDefinition'],
		items: { 'response.updateData': [{ responseid: 1, q1: 'yes' }] },
	},
	{
		service: 'Flowbox',
		node: new Flowbox(),
		credentialType: 'flowboxApi',
		basePath: '',
		credentials: (url) => ({ apiKey: 'flowbox-key-request-safety', environment: 'custom', gatewayUrl: url, externalApiUrl: url }),
		overrides: { 'post.report': { email: 'moderator@example.com' } },
		sampleSendsNothing: ['review: create'],
	},
	{
		service: 'Faster Forward',
		node: new FasterForward(),
		credentialType: 'fasterForwardApi',
		basePath: '',
		credentials: (url) => ({ domain: url, clientId: 'client', clientSecret: 'ff-secret-request-safety', grantType: 'clientCredentials', scope: '', clientAuthentication: 'body', accessToken: '' }),
	},
];

export interface OperationUnderTest {
	resource: string;
	operation: string;
	/** The fields shown for this operation (display options of resource and operation). */
	properties: INodeProperties[];
}

const shownFor = (property: INodeProperties, name: string, value: string) => {
	const wanted = property.displayOptions?.show?.[name];
	return !wanted || (wanted as unknown[]).includes(value);
};

/** Every resource and operation the node offers in the editor. */
export function operationsOf(node: INodeType): OperationUnderTest[] {
	const properties = node.description.properties;
	const resources = (properties.find((property) => property.name === 'resource')?.options ?? []) as Array<{ value: string }>;
	return resources.flatMap(({ value: resource }) => {
		const operationField = properties.find((property) => property.name === 'operation' && shownFor(property, 'resource', resource));
		const operations = (operationField?.options ?? []) as Array<{ value: string }>;
		return operations.map(({ value: operation }) => ({
			resource,
			operation,
			properties: properties.filter(
				(property) => !['resource', 'operation'].includes(property.name) && shownFor(property, 'resource', resource) && shownFor(property, 'operation', operation),
			),
		}));
	});
}

/** Parameters for an operation: the node's own sample, or a value for every field shown. */
export function parametersFor(subject: NodeUnderTest, operation: OperationUnderTest, text: (name: string) => string): IDataObject {
	const own = subject.sample?.(operation, text);
	if (own) return own;
	const parameters: IDataObject = { resource: operation.resource, operation: operation.operation };
	for (const property of operation.properties) parameters[property.name] = sampleValue(property, text) as IDataObject[string];
	return { ...parameters, ...subject.overrides?.[key(operation.resource, operation.operation)] };
}

/** A value the editor could hold for a field; text fields and ids get `text(name)`. */
export function sampleValue(property: INodeProperties, text: (name: string) => string): unknown {
	switch (property.type) {
		case 'resourceLocator':
			return { __rl: true, mode: 'id', value: text(property.name) };
		case 'string':
			return text(property.name);
		case 'number':
			return property.default || 1;
		case 'options':
			return property.default ?? (property.options as Array<{ value: unknown }> | undefined)?.[0]?.value;
		case 'collection':
			return {};
		case 'fixedCollection':
			return property.default ?? {};
		default:
			return property.default;
	}
}

/** Runs the node once, as n8n would, with its requests going through the fake n8n transport; Continue On Fail is on. */
export async function runNode(subject: NodeUnderTest, serverUrl: string, parameters: IDataObject): Promise<{ output: INodeExecutionData[]; sentUrls: string[] }> {
	const fake = fakeContext({
		credentialType: subject.credentialType,
		credentials: subject.credentials(serverUrl),
		authenticate: (_credentials, request) => request,
		parameters,
		items: subject.items?.[key(parameters.resource, parameters.operation)],
		continueOnFail: true,
	});
	// What fakeContext lacks and some operations use: static data (ETags) and binary input (uploads).
	const helpers = fake.ctx.helpers as unknown as Record<string, unknown>;
	helpers.assertBinaryData = () => ({ fileName: 'file.pdf', mimeType: 'application/pdf', data: '' });
	helpers.getBinaryDataBuffer = async () => Buffer.from('%PDF-1.4 request safety');
	helpers.prepareBinaryData = async (data: Buffer, fileName: string, mimeType: string) => ({ data: data.toString('base64'), fileName, mimeType });
	Object.assign(fake.ctx, { getWorkflowStaticData: () => ({}) });
	const [output] = await (subject.node.execute as (this: IExecuteFunctions) => Promise<INodeExecutionData[][]>).call(fake.ctx);
	return { output, sentUrls: fake.sent.map((request) => String(request.url)) };
}
