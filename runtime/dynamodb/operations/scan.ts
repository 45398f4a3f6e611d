import { expressionOf, mergeExpressionParams } from '../expressions';
import { tokenScope } from '../next-token';
import { projectWithTtl } from '../ttl';
import type { DataSourceOutcome, ScanRequest } from '../types';
import { optionalPositiveInteger, type OperationContext } from './context';
import { optionalIndex, pageResult, readStartKey } from './pages';

/** Scan, optionally one segment of a parallel scan. */
export async function scan(
  ctx: OperationContext,
  request: ScanRequest,
): Promise<DataSourceOutcome> {
  const index = optionalIndex(request.index);
  const segment = request.segment ?? null;
  const totalSegments = request.totalSegments ?? null;
  const scope = tokenScope(['Scan', ctx.tableName, index ?? null, segment, totalSegments]);
  const { projection, strip } = projectWithTtl(request.projection, ctx.ttl);

  const output = await ctx.client.send('Scan', {
    TableName: ctx.tableName,
    IndexName: index,
    FilterExpression: expressionOf(request.filter, 'filter'),
    ProjectionExpression: expressionOf(projection, 'projection'),
    Select: request.select,
    Limit: optionalPositiveInteger(request.limit, 'limit'),
    ConsistentRead: request.consistentRead === true,
    Segment: segment ?? undefined,
    TotalSegments: totalSegments ?? undefined,
    ExclusiveStartKey: readStartKey(ctx, scope, request.nextToken),
    ...mergeExpressionParams([
      { field: 'filter', expression: request.filter },
      { field: 'projection', expression: projection },
    ]),
  });
  return { result: pageResult(ctx, scope, output, strip) };
}
