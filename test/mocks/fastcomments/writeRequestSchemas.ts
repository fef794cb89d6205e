import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { requestSchemasText } from './requestSchemas';

// Regenerates the request-body schemas the FastComments node ships, from test/mocks/fastcomments/openapi.json.
const target = join(__dirname, '..', '..', '..', 'nodes', 'FastComments', 'spec', 'requestSchemas.json');
writeFileSync(target, requestSchemasText());
process.stdout.write(`wrote ${target}\n`);
