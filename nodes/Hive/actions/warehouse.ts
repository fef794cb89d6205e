import { getManyOperation } from '../../shared/operations/standardOperations';
import type { Resource } from '../../shared/operations/types';
import { hivePaging } from '../hivePaging';

export const warehouseResource: Resource = {
	value: 'warehouse',
	name: 'Warehouse',
	operations: [getManyOperation({ nouns: 'warehouses', path: '/warehouses', strategy: hivePaging, description: 'List the warehouses Hive can store your goods in', returns: 'the warehouses, one item each: id, name, country_code and city' })],
};
