import type { Resource } from '../../shared/operations/types';
import { dataOperation, schemaOperation } from './schemaOperation';
import { updateData } from './responseUpdate';

export const responseResource: Resource = {
	value: 'response',
	name: 'Response',
	operations: [dataOperation('responses', 'response'), schemaOperation('responses', 'response'), updateData],
};
