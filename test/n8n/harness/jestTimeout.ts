/**
 * Jest 29 ignores `testTimeout` inside a project entry, so the n8n project's 120 s must be set per test file:
 * importing the client does it (also usable as the project's setupFilesAfterEach).
 */
export const N8N_TEST_TIMEOUT_MS = 120_000;

if (typeof jest !== 'undefined') jest.setTimeout(N8N_TEST_TIMEOUT_MS);
