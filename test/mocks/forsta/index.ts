export { startForstaMock, type ForstaMock, type ForstaMockOptions } from './startForstaMock';
export { DATA_PAGE_MAX, DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, FORSTA_WINDOWS, NDJSON } from './constants';
export { responseRecord, surveyId } from './seed';
export type { DataRecord, ForstaSeed, LinkStyle } from './types';
