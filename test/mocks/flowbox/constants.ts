import type { FlowboxSeedCounts } from './types';

export const DEFAULT_FLOWBOX_API_KEY = 'fbx_mock_4f8a2c91d7e36b05';
export const FLOWBOX_COMPANY_ID = '2553';
export const FLOWBOX_COMPANY = { name: 'Fjällbacka Outdoor AB', country: 'SE', currency: 'SEK' };
/** Both Flowbox APIs live under one mock server, each under its own prefix (the key must only reach the second). */
export const GATEWAY_PREFIX = '/gateway';
export const EXTERNAL_PREFIX = '/external';

/** Documented: the public feed sends 29 posts unless told otherwise; posts v2 sends at most 30. */
export const FEED_DEFAULT_PAGE = 29;
export const POSTS_V2_MAX_PAGE = 30;
export const TAGS_DEFAULT_LIMIT = 50;
export const REVIEWS_DEFAULT_FIRST = 10;

export const FLOW_KEYS = { static: 'k-StaticFlow00000000001', product: 'k-ProductFlow0000000002', tag: 'k-TagFlow000000000000003' } as const;

export const DEFAULT_SEED: FlowboxSeedCounts = { posts: 70, tags: 120, reviews: 130 };
