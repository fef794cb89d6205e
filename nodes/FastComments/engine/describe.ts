import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { editorRange } from '../../shared/input/numberRange';
import { returnAllAndLimit } from '../../shared/operations/listFields';
import { idLocator } from '../../shared/operations/locator';
import { bodyExample } from '../spec/bodySchemas';
import { fieldBounds } from './fields';
import type { ApiField, OperationSpec, Picker } from './types';

const SEARCH_METHODS: Record<Picker, string> = {
	page: 'searchPages',
	pageUrlId: 'searchPageUrlIds',
	comment: 'searchComments',
	ssoUser: 'searchSsoUsers',
	tenantUser: 'searchTenantUsers',
	moderator: 'searchModerators',
	questionConfig: 'searchQuestionConfigs',
	emailTemplate: 'searchEmailTemplates',
};

function typeOf(apiField: ApiField): INodeProperties['type'] {
	switch (apiField.kind) {
		case 'boolean':
			return 'boolean';
		case 'number':
		case 'integer':
			return 'number';
		case 'options':
			return 'options';
		case 'epochMs':
		case 'isoDate':
			return 'dateTime';
		default:
			return 'string';
	}
}

function defaultOf(apiField: ApiField): INodeProperties['default'] {
	if (apiField.default !== undefined) return apiField.default;
	if (apiField.kind === 'boolean') return false;
	if (apiField.kind === 'number' || apiField.kind === 'integer') return apiField.min ?? 0;
	return '';
}

/** The n8n parameter for one API field. */
export function property(apiField: ApiField): INodeProperties {
	if (apiField.picker) {
		return idLocator({
			name: apiField.name,
			displayName: apiField.displayName,
			searchMethod: SEARCH_METHODS[apiField.picker],
			idPlaceholder: 'e.g. 6521f0c2a1b2c3d4e5f60718',
			description: apiField.description,
		});
	}
	const prop: INodeProperties = {
		displayName: apiField.displayName,
		name: apiField.name,
		type: typeOf(apiField),
		default: defaultOf(apiField),
		description: apiField.kind === 'list' ? `${apiField.description ?? ''} Separate several with commas.`.trim() : apiField.description,
	};
	if (apiField.required) prop.required = true;
	if (apiField.options) prop.options = apiField.options as INodePropertyOptions[];
	// The editor shows the range the run enforces (see fieldBounds), the spec's format included.
	const range = prop.type === 'number' ? editorRange(fieldBounds(apiField)) : {};
	if (Object.keys(range).length) prop.typeOptions = range;
	return prop;
}

/** Where a list keeps its optional sort fields; "options" itself is its Filters (the name saved workflows use). */
export const LIST_OPTIONS = 'listOptions';

function collection(name: string, displayName: string, placeholder: string, fields: ApiField[]): INodeProperties[] {
	if (fields.length === 0) return [];
	const sorted = [...fields].sort((a, b) => a.displayName.localeCompare(b.displayName));
	return [
		{
			displayName,
			name,
			type: 'collection',
			placeholder,
			default: {},
			options: sorted.map((apiField) => ({ ...property(apiField), required: undefined })),
		},
	];
}

function optionalCollections(spec: OperationSpec, optional: ApiField[]): INodeProperties[] {
	if (!spec.list) return collection('options', 'Options', 'Add Option', optional);
	return [
		...collection('options', 'Filters', 'Add Filter', optional.filter((apiField) => !apiField.ordersList)),
		...collection(LIST_OPTIONS, 'Options', 'Add Option', optional.filter((apiField) => apiField.ordersList)),
	];
}

function bodyProperty(spec: OperationSpec): INodeProperties[] {
	if (!spec.body) return [];
	return [
		{
			displayName: `${spec.body} (JSON)`,
			name: 'body',
			type: 'json',
			required: true,
			default: bodyExample(spec.operationId),
			description: `The request body as FastComments' API reference describes it; it is checked against the API's schema for ${spec.operationId} before sending`,
		},
	];
}

/** Every field of one operation, in the order a user fills them in. */
export function operationProperties(spec: OperationSpec): INodeProperties[] {
	const query = spec.query ?? [];
	return [
		...(spec.pathFields ?? []).map(property),
		...query.filter((apiField) => apiField.required).map(property),
		...bodyProperty(spec),
		...(spec.list ? returnAllAndLimit() : []),
		...(spec.extraProperties ?? []),
		...optionalCollections(
			spec,
			query.filter((apiField) => !apiField.required),
		),
	];
}
