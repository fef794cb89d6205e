import type { RateWindow } from '../shared';

export const DEFAULT_CLIENT_ID = 'n8n-forsta-mock-client';
export const DEFAULT_CLIENT_SECRET = 'fs_secret_3Kq9Zt7Wm2Lp8Xr4Vb6N';
export const SCOPES = ['pub.surveys', 'pub.hubs'] as const;

/** Forsta's documented limits per client, counted per API. */
export const FORSTA_WINDOWS: RateWindow[] = [
	{ limit: 20, windowMs: 1_000 },
	{ limit: 1_000, windowMs: 15 * 60_000 },
	{ limit: 10_000, windowMs: 12 * 3_600_000 },
];

/** The SurveyData endpoints refuse a larger pageSize with 400; streaming is not limited. */
export const DATA_PAGE_MAX = 10_000;
/** `GET /v1/surveys` documents a maximum of 5,000. */
export const SURVEY_LIST_PAGE_MAX = 5_000;
export const DEFAULT_PAGE_SIZE = 100;
export const TOKEN_LIFETIME_S = 3_600;

export const NDJSON = 'application/x-ndjson';
