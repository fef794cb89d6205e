import type { Resource } from '../../shared/operations/types';
import { hiveCustomApiCall } from './customApiCall';
import { orderResource } from './order';
import { restockingShipmentResource } from './restockingShipment';
import { returnResource } from './returnResource';
import { shipmentResource } from './shipment';
import { skuResource } from './sku';
import { warehouseResource } from './warehouse';

export const hiveResources: Resource[] = [
	orderResource,
	restockingShipmentResource,
	returnResource,
	shipmentResource,
	skuResource,
	warehouseResource,
	hiveCustomApiCall,
];
