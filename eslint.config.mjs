// Lints node sources, credentials and package.json with n8n's two community rule sets:
// eslint-plugin-n8n-nodes-base (eslintrc-style, so only its rule maps are reused) and
// @n8n/eslint-plugin-community-nodes (already a flat config). The off-switches below match
// the ones n8n's own community-package scanner applies, so lint and scan agree.
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';
import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';
import tseslint from 'typescript-eslint';
import { QUEUE_MODE_EXCEPTIONS, QUEUE_MODE_FOLDER } from './scripts/queueModeExceptions.mjs';

export default [
	{ ignores: ['dist/**', 'node_modules/**', 'test/**', 'scripts/**', 'bench/**', 'coverage/**'] },

	// The TypeScript parser reads package.json too: it yields the top-level ObjectExpression
	// that every package.json rule of both plugins walks.
	{
		files: ['**/*.ts', 'package.json'],
		languageOptions: { parser: tseslint.parser, sourceType: 'module' },
		plugins: { 'n8n-nodes-base': n8nNodesBase },
	},

	// Its own `ignores` only spares this config file; `files` keeps it off anything but our sources.
	{ ...n8nCommunityNodesPlugin.configs.recommended, files: ['nodes/**/*.ts', 'credentials/**/*.ts', 'package.json'] },

	// The scanner fails a package on any console call, so lint catches it first.
	{ files: ['nodes/**/*.ts', 'credentials/**/*.ts'], rules: { 'no-console': 'error' } },

	{ files: ['package.json'], rules: { ...n8nNodesBase.configs.community.rules } },

	{
		files: ['credentials/**/*.ts'],
		rules: {
			...n8nNodesBase.configs.credentials.rules,
			// Wants a camelCase slug (n8n's own repo only); credential-documentation-url wants a full URL.
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
			// Superseded by community-nodes/credential-password-field, which knows which fields are secret.
			'n8n-nodes-base/cred-class-field-type-options-password-missing': 'off',
		},
	},

	{
		files: ['nodes/**/*.ts'],
		rules: {
			...n8nNodesBase.configs.nodes.rules,
			// Both want the string 'main'; community-nodes/node-connection-type-literal wants NodeConnectionTypes.Main.
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
			// A maxValue is right when the API itself caps a value (page sizes).
			'n8n-nodes-base/node-param-type-options-max-value-present': 'off',
		},
	},

	// Queue mode shares state through n8n's own Redis; the reasons are in scripts/queueModeExceptions.mjs.
	{
		files: [`${QUEUE_MODE_FOLDER}**/*.ts`],
		rules: Object.fromEntries(Object.keys(QUEUE_MODE_EXCEPTIONS).map((rule) => [rule, 'off'])),
	},
];
