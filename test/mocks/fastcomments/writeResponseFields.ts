import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { responseFieldsText } from './responseFields';

// Regenerates the answer fields the FastComments node names in its tool descriptions, from test/mocks/fastcomments/openapi.json.
const target = join(__dirname, '..', '..', '..', 'nodes', 'FastComments', 'spec', 'responseFields.json');
writeFileSync(target, responseFieldsText());
process.stdout.write(`wrote ${target}\n`);
