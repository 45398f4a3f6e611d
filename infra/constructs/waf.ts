import { CfnWebACL, CfnWebACLAssociation } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import { InvalidSettingError } from '../errors';

export interface RateLimitProps {
  /** The ARN of the resource to protect: here, the AppSync API. */
  readonly resourceArn: string;

  /**
   * How many requests one IP address may make in any 5-minute window
   * before WAF blocks it for the rest of the window. WAF accepts 10 to
   * 2,000,000,000.
   *
   * @default 1000
   */
  readonly limit?: number;
}

const MIN_LIMIT = 10;
const MAX_LIMIT = 2_000_000_000;
const WINDOW_SECONDS = 300;

/**
 * A regional WAF web ACL that allows requests by default and blocks an IP
 * address that exceeds the rate limit, associated with the resource.
 *
 * No managed rule groups are added: the common rule set blocks bodies over
 * 8 KB, and a message body may be larger than that.
 */
export class RateLimit extends Construct {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string, props: RateLimitProps) {
    super(scope, id);

    const limit = props.limit ?? 1000;
    if (!Number.isInteger(limit) || limit < MIN_LIMIT || limit > MAX_LIMIT) {
      throw new InvalidSettingError(
        'rateLimit',
        `a whole number of requests from ${MIN_LIMIT} to ${MAX_LIMIT}`,
        limit,
      );
    }

    const metricPrefix = this.node.path.replace(/\W/g, '');
    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      visibilityConfig: visibility(`${metricPrefix}WebAcl`),
      rules: [
        {
          name: 'RateLimitPerIp',
          priority: 0,
          action: { block: {} },
          statement: {
            rateBasedStatement: {
              limit,
              aggregateKeyType: 'IP',
              evaluationWindowSec: WINDOW_SECONDS,
            },
          },
          visibilityConfig: visibility(`${metricPrefix}RateLimitPerIp`),
        },
      ],
    });

    new CfnWebACLAssociation(this, 'Association', {
      resourceArn: props.resourceArn,
      webAclArn: this.webAcl.attrArn,
    });
  }
}

function visibility(metricName: string): CfnWebACL.VisibilityConfigProperty {
  return {
    cloudWatchMetricsEnabled: true,
    metricName,
    sampledRequestsEnabled: true,
  };
}
