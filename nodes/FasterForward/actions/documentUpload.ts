import type { IDataObject, IHttpRequestMethods, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';
import { binaryInput } from '../../shared/input/binaryInput';
import type { ItemParameters } from '../../shared/input/itemParameters';
import { responseRows } from '../../shared/operations/responseRows';
import type { ItemRun, Resource } from '../../shared/operations/types';
import { LIMITS_SENTENCE } from '../fasterForwardLimits';
import { documentBody, type DocumentPart } from '../upload/documentBody';
import { pathOptionsProperty, relativePath, UPLOAD_PATH_DESCRIPTION } from './documentedPaths';

const documentFields: INodeProperties[] = [
	{ displayName: 'Binary Property', name: 'binaryProperty', type: 'string', default: 'data', description: 'The input binary property that holds the document' },
	{ displayName: 'Content Field', name: 'contentField', type: 'string', default: 'document', description: 'Where the base64 content goes in the JSON body, as a dotted path (e.g. "document.content")' },
	{ displayName: 'File Name Field', name: 'fileNameField', type: 'string', default: '', description: 'Where the file name goes (optional), as a dotted path' },
	{ displayName: 'MIME Type Field', name: 'mimeTypeField', type: 'string', default: '', description: 'Where the MIME type goes (optional), as a dotted path' },
];

const properties: INodeProperties[] = [
	{
		displayName: `Uploads documents as base64 inside a JSON body. ${LIMITS_SENTENCE}; larger documents are refused before anything is sent.`,
		name: 'limitsNotice',
		type: 'notice',
		default: '',
	},
	{ displayName: 'Method', name: 'method', type: 'options', options: ['POST', 'PUT', 'PATCH'].map((method) => ({ name: method, value: method })), default: 'POST' },
	{ displayName: 'Path', name: 'path', type: 'string', required: true, default: '', placeholder: '/path/from/your/api/reference', description: UPLOAD_PATH_DESCRIPTION },
	{
		displayName: 'Documents',
		name: 'documents',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Document',
		default: { document: [{ binaryProperty: 'data', contentField: 'document' }] },
		options: [{ displayName: 'Document', name: 'document', values: documentFields }],
	},
	{
		displayName: 'Metadata (JSON)',
		name: 'metadata',
		type: 'json',
		default: '{}',
		description: 'The rest of the body (client file, document type, description…); the documents are added into it',
	},
	pathOptionsProperty,
];

const metadataSchema = z.record(z.unknown());

function documentParts({ ctx, params }: ItemRun): Promise<DocumentPart[]> {
	const entries = (params.collection('documents').document ?? []) as IDataObject[];
	if (!Array.isArray(entries) || entries.length === 0) throw params.fail('Documents', 'is empty; add at least one document');
	const optional = (label: string, field: unknown, value: string | undefined) => {
		const path = params.textOf(label, field);
		return path && value ? { field: path, value } : undefined;
	};
	return Promise.all(
		entries.map(async (entry) => {
			const property = params.textOf('Binary Property', entry.binaryProperty);
			const contentField = params.textOf('Content Field', entry.contentField);
			if (!property) throw params.fail('Binary Property', 'is empty; name the binary property that holds the document');
			if (!contentField) throw params.fail('Content Field', 'is empty; say where the document goes in the body');
			const { file, bytes } = await binaryInput(ctx, params, 'Binary Property', property);
			return {
				label: `binary property "${property}"${file.fileName ? ` (${file.fileName})` : ''}`,
				bytes,
				contentField,
				fileName: optional('File Name Field', entry.fileNameField, file.fileName),
				mimeType: optional('MIME Type Field', entry.mimeTypeField, file.mimeType),
			};
		}),
	);
}

function uploadBody(params: ItemParameters, metadata: IDataObject, parts: DocumentPart[]): string {
	const body = documentBody(metadata, parts);
	if (!body.ok) throw params.fail('Documents', body.problem);
	return body.json;
}

export const documentResource: Resource = {
	value: 'document',
	name: 'Document',
	operations: [
		{
			value: 'upload',
			name: 'Upload',
			action: 'Upload a document',
			description: 'Send binary documents base64-encoded in a JSON body, with your metadata, after checking the size limits',
			returns: "Faster Forward's answer as one item",
			properties,
			run: async (input) => {
				const { client, params, itemIndex } = input;
				const method = params.string('method', 'Method', 'POST').toUpperCase() as IHttpRequestMethods;
				if (!['POST', 'PUT', 'PATCH'].includes(method)) throw params.fail('Method', `must be POST, PUT or PATCH, not "${method}"`);
				const path = relativePath(params);
				const metadata = params.json('metadata', 'Metadata (JSON)', metadataSchema) as IDataObject;
				const body = uploadBody(params, metadata, await documentParts(input));
				const headers = { 'Content-Type': 'application/json' };
				return responseRows(await client.send({ method, path, body, headers }, itemIndex));
			},
		},
	],
};
