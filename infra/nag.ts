import { Validations, type App } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';

/**
 * Runs cdk-nag's AwsSolutions rules on every synthesis of `app`. A finding
 * that is neither fixed nor acknowledged, next to the resource it concerns,
 * with `Validations.of(construct).acknowledge({ id, reason })`, fails the
 * synthesis.
 */
export function addNagChecks(app: App): void {
  Validations.of(app).addPlugins(
    new AwsSolutionsChecks(app, { verbose: true }),
  );
}
