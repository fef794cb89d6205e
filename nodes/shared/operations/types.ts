import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import type { ItemParameters } from '../input/itemParameters';
import type { ApiClient } from '../transport/apiClient';
import type { ServiceProfile } from '../transport/types';
import type { RunRows } from './outputItems';

/** What every run of an operation gets: the node's context and its client of the operation's API. */
interface RunBase {
	ctx: IExecuteFunctions;
	client: ApiClient;
	/** This execution's client of another API of the service, with the node's Retry Budget and wait log. */
	clientFor(profile: ServiceProfile): Promise<ApiClient>;
}

export interface ItemRun extends RunBase {
	params: ItemParameters;
	itemIndex: number;
}

export interface BatchRun extends RunBase {
	items: INodeExecutionData[];
}

/** One entry of the Operation dropdown: its fields and what it does. */
export interface Operation {
	value: string;
	name: string;
	action: string;
	description: string;
	/**
	 * What the answer holds, completing "Returns …" in the tool description an AI agent's model reads (see
	 * toolDescription.ts), e.g. "the order as one item, with all its fields".
	 */
	returns?: string;
	/** The API this operation calls, where a service has several (Forsta: surveys, hubs; Flowbox: the feed's gateway). */
	profile?: ServiceProfile;
	/** Fields shown for this operation only; display options are added for you. */
	properties?: INodeProperties[];
	/**
	 * A read with no side effects: several items' requests may be in flight at once (the throttle still paces them).
	 * Writes run item after item, so a failure stops the items after it.
	 */
	concurrentItems?: boolean;
	/** Runs for one input item and returns its output rows (an empty list emits nothing for that item). */
	run?(input: ItemRun): Promise<RunRows>;
	/** Runs once for all input items (bulk requests); must pair every output with its input itself. */
	runAll?(input: BatchRun): Promise<INodeExecutionData[]>;
}

export interface Resource {
	value: string;
	name: string;
	description?: string;
	operations: Operation[];
	/**
	 * The short form of one of this resource's records that an AI agent gets when the node runs as its tool
	 * (see toolAnswer.ts): what a model needs to answer, without bulky detail. Returns other shapes unchanged.
	 */
	compactForTool?(item: IDataObject): IDataObject;
}
