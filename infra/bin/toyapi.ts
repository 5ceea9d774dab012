/**
 * The CDK app entry point (`cdk.json` runs it with tsx): ToyApi is the API whose directory is the
 * repository root. `npm run synth` synthesizes every environment offline, with no AWS credentials.
 */
import { describeApi } from '../../local/api/describe';
import { createToyApiApp } from '../app';
import { REPOSITORY_ROOT } from '../paths';

const { app } = createToyApiApp({ description: describeApi(REPOSITORY_ROOT) });
app.synth();
