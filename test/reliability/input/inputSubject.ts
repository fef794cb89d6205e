import type { IDataObject, INodeProperties } from 'n8n-workflow';
import type { ServiceName } from '../ledger';
import type { RequestLog } from '../../mocks/shared/requestLog';
import type { OperationRef, Values } from './displayOptions';
import type { TypeHints } from './invalidValues';
import type { Attempt } from './observeRun';

export interface Baseline {
	parameters: Values;
	items?: IDataObject[];
}

export interface RunOptions {
	items?: IDataObject[];
	continueOnFail?: boolean;
}

/** A node as the input suite drives it: its description, valid parameters, and a run against its service mock. */
export interface InputSubject {
	service: ServiceName;
	properties: INodeProperties[];
	hints?: TypeHints;
	/** The mock's request log: what reached the service. */
	log(): RequestLog;
	/** Valid parameters (and input items) of an operation; the description's defaults fill the rest. */
	baseline(ref: OperationRef): Baseline;
	/** One run of the node's execute() against the mock. */
	run(parameters: Values | ((itemIndex: number) => Values), options?: RunOptions): Promise<Attempt>;
	/** The credential's secrets, which must appear in no error. */
	secrets(): string[];
}
