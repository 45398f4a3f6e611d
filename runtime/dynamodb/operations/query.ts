import { InvalidRequestError } from '../errors';
import { expressionOf, mergeExpressionParams } from '../expressions';
import { tokenScope } from '../next-token';
import { projectWithTtl } from '../ttl';
import { toOptionalItem } from '../typed-values';
import type { DataSourceOutcome, QueryRequest } from '../types';
import { optionalPositiveInteger, type OperationContext } from './context';
import { optionalIndex, pageResult, readStartKey } from './pages';

/**
 * Query. `limit` bounds the items DynamoDB evaluates before the filter, so a
 * filtered page can be short, even empty, and still carry a nextToken.
 */
export async function query(
  ctx: OperationContext,
  request: QueryRequest,
): Promise<DataSourceOutcome> {
  const keyCondition = expressionOf(request.query, 'query');
  if (keyCondition === undefined) {
    throw new InvalidRequestError('A Query request needs a query section.');
  }
  const index = optionalIndex(request.index);
  const forward = request.scanIndexForward !== false;
  const scope = tokenScope([
    'Query', ctx.tableName, index ?? null, keyCondition,
    request.query.expressionNames ?? {},
    toOptionalItem(request.query.expressionValues, 'query.expressionValues') ?? {},
    forward,
  ]);
  const { projection, strip } = projectWithTtl(request.projection, ctx.ttl);

  const output = await ctx.client.send('Query', {
    TableName: ctx.tableName,
    IndexName: index,
    KeyConditionExpression: keyCondition,
    FilterExpression: expressionOf(request.filter, 'filter'),
    ProjectionExpression: expressionOf(projection, 'projection'),
    Select: request.select,
    Limit: optionalPositiveInteger(request.limit, 'limit'),
    ScanIndexForward: forward,
    ConsistentRead: request.consistentRead === true,
    ExclusiveStartKey: readStartKey(ctx, scope, request.nextToken),
    ...mergeExpressionParams([
      { field: 'query', expression: request.query },
      { field: 'filter', expression: request.filter },
      { field: 'projection', expression: projection },
    ]),
  });
  return { result: pageResult(ctx, scope, output, strip) };
}
