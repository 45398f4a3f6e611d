import { Stack, Validations, type App } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { createApp, STACK_ID } from '../../../infra/app';
import { MessagingStack } from '../../../infra/stack';

/** What AwsSolutions reports that no acknowledgement covers. */
function findings(app: App): string[] {
  const report = new AwsSolutionsChecks().validateScope(app);
  return report.violations.flatMap((v) =>
    v.violatingResources.map((r) => `${v.ruleName} at ${r.constructPath}`),
  );
}

interface Acknowledgement {
  readonly path: string;
  readonly reason: string;
}

/** Every acknowledged rule id in the tree: where, and why. */
function acknowledgements(root: IConstruct): Record<string, Acknowledgement> {
  const found: Record<string, Acknowledgement> = {};
  for (const construct of root.node.findAll()) {
    for (const entry of construct.node.metadata) {
      if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
      for (const [id, reason] of Object.entries(entry.data as object)) {
        found[id.replace(/^annotation::/i, '')] = {
          path: construct.node.path,
          reason: String(reason),
        };
      }
    }
  }
  return found;
}

describe('cdk-nag AwsSolutions', () => {
  it('finds nothing unacknowledged in the app', () => {
    const app = createApp({
      context: { senderEmail: 'alerts@mail.example.org' },
    });

    expect(findings(app)).toEqual([]);
  });

  it('runs on every synthesis of the app, which succeeds', () => {
    const app = createApp({
      context: { senderEmail: 'alerts@mail.example.org' },
    });

    const assembly = app.synth();

    expect(assembly.getStackByName(STACK_ID).template.Resources).toBeDefined();
    expect(process.exitCode ?? 0).toBe(0);
  });

  it('acknowledges exactly the reviewed findings, each with a reason', () => {
    const app = createApp();
    const stack = app.node.findChild(STACK_ID) as MessagingStack;
    const functionId = Stack.of(stack).resolve(
      stack.getLogicalId(stack.delivery.function.node.defaultChild as never),
    );

    const acknowledged = acknowledgements(app);

    const where = Object.fromEntries(
      Object.entries(acknowledged).map(([id, { path }]) => [id, path]),
    );
    expect(where).toEqual({
      'AwsSolutions-IAM5[Resource::*]': `${STACK_ID}/Delivery/Role`,
      [`AwsSolutions-IAM5[Resource::<${functionId}.Arn>:*]`]: `${STACK_ID}/Pipelines/DeliveryDataSourceRole`,
      'AwsSolutions-ASC3': `${STACK_ID}/Api/Api/Resource`,
    });
    for (const { reason } of Object.values(acknowledged)) {
      expect(reason.length).toBeGreaterThan(80);
    }
  });

  it('needs no logging acknowledgement when verbose content is logged', () => {
    const app = createApp({ context: { excludeVerboseContent: 'false' } });

    expect(findings(app)).toEqual([]);
    expect(Object.keys(acknowledgements(app))).not.toContain(
      'AwsSolutions-ASC3',
    );
  });

  it('reports a finding that nobody acknowledged, and fails the synthesis', () => {
    // GIVEN the app with a role that may do anything
    const app = createApp();
    const stack = app.node.findChild(STACK_ID) as MessagingStack;
    const role = new Role(stack, 'TooBroad', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
    });
    role.addToPolicy(
      new PolicyStatement({ actions: ['s3:*'], resources: ['*'] }),
    );

    // WHEN the checks run THEN the wildcards are reported
    expect(findings(app)).toEqual(
      expect.arrayContaining([
        `AwsSolutions-IAM5[Action::s3:*] at ${STACK_ID}/TooBroad/DefaultPolicy/Resource`,
        `AwsSolutions-IAM5[Resource::*] at ${STACK_ID}/TooBroad/DefaultPolicy/Resource`,
      ]),
    );
    expect(() => app.synth()).toThrow(/AwsSolutions-IAM5\[Action::s3:\*\]/);
  });
});
