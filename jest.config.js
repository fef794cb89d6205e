const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];

/** Unit tests run anywhere; the n8n project starts a real n8n (see test/n8n/README.md). */
module.exports = {
	// The secret-leak scan reads what every other n8n test left behind, so it runs last.
	testSequencer: '<rootDir>/test/n8n/harness/lastTestsSequencer.js',
	projects: [
		{
			displayName: 'unit',
			testEnvironment: 'node',
			roots: ['<rootDir>/test'],
			testMatch: ['<rootDir>/test/unit/**/*.test.ts', '<rootDir>/test/mocks/**/*.test.ts'],
			transform: { '^.+\\.ts$': tsJest },
		},
		{
			displayName: 'n8n',
			testEnvironment: 'node',
			roots: ['<rootDir>/test'],
			testMatch: ['<rootDir>/test/n8n/**/*.test.ts'],
			transform: { '^.+\\.ts$': tsJest },
			globalSetup: '<rootDir>/test/n8n/harness/globalSetup.ts',
			globalTeardown: '<rootDir>/test/n8n/harness/globalTeardown.ts',
			// Jest ignores testTimeout inside a project entry; this file sets it for every n8n test.
			setupFilesAfterEnv: ['<rootDir>/test/n8n/harness/jestTimeout.ts'],
		},
	],
};
