/**
 * The CDK app: `npx cdk synth` runs this file (see cdk.json). It builds one
 * MessagingStack from CDK context and checks it with cdk-nag.
 */
import { App, type AppProps, type Environment } from 'aws-cdk-lib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { settingsFromContext } from './context';
import { addNagChecks } from './nag';
import { MessagingStack } from './stack';

/** The stack's construct id, which is also its CloudFormation name. */
export const STACK_ID = 'AppSyncMessaging';

export function createApp(props?: AppProps): App {
  const app = new App(props);
  new MessagingStack(app, STACK_ID, {
    ...settingsFromContext(app.node),
    env: environmentFromCli(),
  });
  addNagChecks(app);
  return app;
}

/**
 * The CLI's account and region when both are known, so that a deployer with
 * credentials gets concrete ARNs; otherwise an environment-agnostic stack,
 * which synthesizes without credentials and deploys to any environment.
 */
function environmentFromCli(): Environment | undefined {
  const account = process.env.CDK_DEFAULT_ACCOUNT;
  const region = process.env.CDK_DEFAULT_REGION;
  return account && region ? { account, region } : undefined;
}

const invokedDirectly =
  process.argv[1] !== undefined &&
  fileURLToPath(import.meta.url) === path.resolve(process.argv[1]);

if (invokedDirectly) createApp();
