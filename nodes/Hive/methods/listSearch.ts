import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { searchList } from '../../shared/operations/listSearch';
import { hivePaging } from '../hivePaging';
import { hiveProfile } from '../hiveProfile';

function search(path: string, label: (item: IDataObject) => string) {
	return async function (this: ILoadOptionsFunctions, filter?: string, token?: string): Promise<INodeListSearchResult> {
		return await searchList(
			this,
			{
				profile: hiveProfile,
				request: { method: 'GET', path },
				strategy: hivePaging,
				toResult: (item) => ({ name: label(item), value: String(item.id) }),
			},
			filter,
			token,
		);
	};
}

const joined = (...parts: unknown[]) => parts.filter((part) => part !== undefined && part !== null && part !== '').join(' · ');

export const hiveListSearch = {
	searchSkus: search('/skus', (sku) => joined(sku.name, sku.merchant_sku_id)),
	searchOrders: search('/orders', (order) => joined(`#${String(order.id)}`, order.merchant_order_id, order.created_at)),
	searchRestockingShipments: search('/restocking_shipments', (shipment) =>
		joined(`#${String(shipment.id)}`, shipment.status, shipment.estimated_arrival_date, shipment.supplier_name),
	),
	searchShipments: search('/shipments', (shipment) => joined(`#${String(shipment.id)}`, shipment.status, shipment.tracking_code)),
	searchReturns: search('/returns', (item) => joined(`#${String(item.id)}`, item.status)),
	searchWarehouses: search('/warehouses', (warehouse) => joined(warehouse.name, warehouse.city ?? warehouse.country, `#${String(warehouse.id)}`)),
};
