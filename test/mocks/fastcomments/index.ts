export { startFastCommentsMock, MOCK_API_KEY, MOCK_API_SECRET, MOCK_TENANT_ID, type FastCommentsMock, type FastCommentsMockOptions } from './startFastCommentsMock';
export { sendFastCommentsWebhook, signFastCommentsWebhook, type SendOptions } from './webhookSigning';
export { COMMENT_EVENTS, MAX_WEBHOOKS, type Delivery } from './webhookRoutes';
export { COMMENT_MAX_LIMIT, COMMENT_PAGE_SIZE, type CommentEvent } from './commentRoutes';
export { DEFAULT_SEED, type SeedSizes } from './seed';
