import type { IHttpRequestMethods, INodeProperties } from 'n8n-workflow';
import type { ItemParameters } from '../../shared/input/itemParameters';
import type { NumberBounds } from '../../shared/input/numberRange';
import type { PagingStrategy } from '../../shared/pagination/types';

/** Searchable lists a field can be picked from (see methods/listSearch.ts). */
export type Picker = 'page' | 'pageUrlId' | 'comment' | 'ssoUser' | 'tenantUser' | 'moderator' | 'questionConfig' | 'emailTemplate';

/**
 * How a value is entered and sent: `list` is comma-separated text sent as an array, `epochMs` a date sent as
 * milliseconds, `isoDate` a date sent as ISO 8601 text.
 */
export type FieldKind = 'string' | 'number' | 'integer' | 'boolean' | 'options' | 'list' | 'epochMs' | 'isoDate';

/** One path or query parameter of the API, as the user sees it. */
export interface ApiField {
	/** The parameter's name in the API (and the node parameter's name). */
	name: string;
	displayName: string;
	kind: FieldKind;
	description?: string;
	required?: boolean;
	options?: Array<{ name: string; value: string | number }>;
	default?: string | number | boolean;
	min?: number;
	max?: number;
	/** The range the spec's format allows (int32, int64…), set from the spec when the operation is built. */
	specBounds?: NumberBounds;
	picker?: Picker;
	/** Orders a list rather than narrowing it (a sort): offered under Options, not Filters. */
	ordersList?: boolean;
}

export interface ListSpec {
	/** How this list pages; may depend on the item's parameters (comments: flexible or precalculated pages). */
	paging: PagingStrategy | ((params: ItemParameters) => PagingStrategy);
}

/** One API operation as data: the executor turns it into fields and a request. */
export interface OperationSpec {
	value: string;
	name: string;
	action: string;
	/** Shown in the Operation list. */
	description: string;
	/** The credit cost FastComments' API reference gives for the route, e.g. "1, or 2 with Live Update". */
	credits?: string;
	/** The spec's operationId: ties the operation to openapi.json (contract test) and to its body schema. */
	operationId: string;
	method: IHttpRequestMethods;
	/** With `{name}` placeholders, each filled from the path field of that name. */
	path: string;
	pathFields?: ApiField[];
	/** Required ones are shown as fields; optional ones are offered in the Options (or Filters) collection. */
	query?: ApiField[];
	/** What the JSON body holds, e.g. "Comment"; absent for operations without a body. */
	body?: string;
	list?: ListSpec;
	/** Fields that shape the request without being API parameters (e.g. the paging mode). */
	extraProperties?: INodeProperties[];
	timeoutMs?: number;
}
