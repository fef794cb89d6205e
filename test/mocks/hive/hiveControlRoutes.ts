import { CONTROL_PREFIX, type MockServer } from '../shared';
import { findById, type HiveContext } from './hiveContext';
import { RESTOCKING_STATUSES, type RestockingStatus } from './types';

/**
 * Test-only levers for what only Hive's staff can do, so an out-of-process suite can reach every state:
 * `POST /__mock/hive/restocking_shipments/:id/status` with `{ "status": "restocked" }`.
 */
export function registerHiveControlRoutes(server: MockServer, ctx: HiveContext): void {
	server.route(
		'POST',
		`${CONTROL_PREFIX}/hive/restocking_shipments/:id/status`,
		(req) => {
			const shipment = findById(ctx.state.restockingShipments, req.params.id);
			if (!shipment) return { status: 404, body: { error: `no restocking shipment ${req.params.id}` } };
			const status = (req.body as { status?: unknown } | undefined)?.status;
			if (!RESTOCKING_STATUSES.includes(status as RestockingStatus)) {
				return { status: 400, body: { error: `status must be one of ${RESTOCKING_STATUSES.join(', ')}` } };
			}
			shipment.status = status as RestockingStatus;
			return { status: 200, body: shipment };
		},
		{ control: true },
	);
}
