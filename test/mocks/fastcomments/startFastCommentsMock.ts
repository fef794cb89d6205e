import { addControlRoutes, startMockServer, type Middleware, type MockServer } from '../shared';
import { addCollectionRoutes } from './collectionRoutes';
import { COLLECTIONS } from './collections';
import { addCommentRoutes } from './commentRoutes';
import { failed } from './responses';
import type { SeedSizes } from './seed';
import { createSpecValidator, type SpecValidator, type WireCheck } from './specValidator';
import { FastCommentsState } from './state';
import { addWebhookRoutes, type Delivery } from './webhookRoutes';

export const MOCK_API_KEY = 'fc_test_key_5b7f3e9a1c2d4e6f8a0b';
export const MOCK_TENANT_ID = 'tenant-demo-42';
export const MOCK_API_SECRET = 'fc_test_secret_9d8c7b6a5f4e3d2c1b0a';

export interface FastCommentsMockOptions {
	port?: number;
	apiKey?: string;
	tenantId?: string;
	apiSecret?: string;
	seed?: SeedSizes;
}

export interface FastCommentsMock {
	/** Base URL for the credential's Custom URL (the API lives under /api/v1). */
	baseUrl: string;
	apiKey: string;
	tenantId: string;
	apiSecret: string;
	server: MockServer;
	state: FastCommentsState;
	/** Every /api/v1 request checked against openapi.json: the operation it matched and what the spec refused. */
	specChecks: Array<WireCheck & { method: string; url: string }>;
	deliveries: Delivery[];
	emit: ReturnType<typeof addWebhookRoutes>['emit'];
	close(): Promise<void>;
}

function guard(options: Required<Pick<FastCommentsMockOptions, 'apiKey' | 'tenantId'>>, validator: SpecValidator, checks: FastCommentsMock['specChecks']): Middleware {
	return (req, next) => {
		if (!req.path.startsWith('/api/v1/')) return next();
		// The key belongs in the X-API-KEY header; a key in the URL ends up in logs, so the mock refuses it.
		if (req.query.API_KEY) return failed('api-key-in-query', 'Send the API key in the X-API-KEY header, not in the URL', 400);
		if (req.headers['x-api-key'] !== options.apiKey) return failed('invalid-api-key', 'Invalid API key');
		if (req.query.tenantId?.[0] !== options.tenantId) return failed('invalid-tenant-id', 'Invalid tenant id');
		const url = req.raw.url ?? req.path;
		const check = validator.check({ method: req.method, url, headers: req.headers, body: req.body });
		// Routes the spec does not describe (the webhook subscription API) are not the spec's to judge.
		if (check.operationId) {
			checks.push({ ...check, method: req.method, url });
			if (check.errors.length) return failed('invalid-request', check.errors.join('; '), 400);
		}
		return next();
	};
}

/**
 * A FastComments /api/v1 stand-in: every request is checked against the official OpenAPI spec; comments and the
 * listed collections keep state and page exactly as documented; every other operation answers with a response
 * generated from the spec. Control routes: GET /__mock/log, POST /__mock/reset, GET /__mock/fastcomments/webhooks.
 */
export async function startFastCommentsMock(options: FastCommentsMockOptions = {}): Promise<FastCommentsMock> {
	const apiKey = options.apiKey ?? MOCK_API_KEY;
	const tenantId = options.tenantId ?? MOCK_TENANT_ID;
	const apiSecret = options.apiSecret ?? MOCK_API_SECRET;
	const validator = await createSpecValidator();
	const state = FastCommentsState.create(tenantId, options.seed);
	const specChecks: FastCommentsMock['specChecks'] = [];
	const server = await startMockServer({
		port: options.port,
		// The API takes JSON only: a body without the JSON content type is not read as one.
		requireJsonContentType: true,
		notFound: (req) => {
			const check = validator.check({ method: req.method, url: req.raw.url ?? req.path, headers: req.headers, body: req.body });
			return check.operationId ? { status: 200, body: validator.mockResponse(check.operationId) } : failed('not-found', `No route ${req.method} ${req.path}`, 404);
		},
		badRequest: (_req, problem) => failed('bad-request', problem, 400),
	});
	server.use(guard({ apiKey, tenantId }, validator, specChecks));
	const webhooks = addWebhookRoutes(server, state, apiSecret);
	addCommentRoutes(server, state, webhooks.emitLater);
	for (const collection of COLLECTIONS) addCollectionRoutes(server, state, collection);
	addControlRoutes(server, { onReset: () => state.reset() });
	return {
		baseUrl: server.url,
		apiKey,
		tenantId,
		apiSecret,
		server,
		state,
		specChecks,
		deliveries: webhooks.deliveries,
		emit: webhooks.emit,
		close: () => server.close(),
	};
}
