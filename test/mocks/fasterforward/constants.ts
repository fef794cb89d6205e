/** Documented limits and answers of the Faster Forward Elements API 1.15 (the public seed). */
export const FF_PER_SECOND = { limit: 5, windowMs: 1_000 };
export const FF_PER_DAY = { limit: 100_000, windowMs: 86_400_000 };
export const FF_MAX_BODY_BYTES = 47_185_920;
export const FF_TOKEN_LIFETIME_S = 3_600;

export const PER_SECOND_BODY = { error: 'Limit exceeded of 5 request(s) in 1 second(s)' };
export const PER_DAY_BODY = { error: 'Limit exceeded of 100,000 request(s) in one day' };
export const tooLargeBody = (received: number) => ({ error: 'Request body is groter dan toegestaan', toegestaan: `${FF_MAX_BODY_BYTES} bytes`, ontvangen: `${received} bytes` });

/** Mock-only test credentials. */
export const FF_CLIENT = { clientId: 'ff-mock-client', clientSecret: 'ff_mock_secret_9c41e7b2', username: 'adviseur@example.nl', password: 'ff_mock_password_51a8' };

/**
 * The real endpoint list is only given to customers, so the mock serves test resources under its own prefix:
 * they exist to exercise paging and uploads, and are not Faster Forward paths.
 */
export const MOCK_API = '/mock-api';
