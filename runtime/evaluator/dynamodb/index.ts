/**
 * The `@aws-appsync/utils/dynamodb` module as resolver code sees it.
 * Its set builders follow the module's own documentation, which writes
 * number sets as strings (`{ NS: ['1', '2'] }`), unlike
 * `util.dynamodb.toNumberSet`.
 */
import { batchDelete, batchGet, batchPut, transactGet, transactWrite } from './batch';
import { operations } from './operations';
import { get, put, query, remove, scan, sync, update } from './requests';

export const dynamodbModule = {
  get,
  put,
  remove,
  update,
  query,
  scan,
  sync,
  batchGet,
  batchPut,
  batchDelete,
  transactGet,
  transactWrite,
  operations,
  toStringSet: (values: string[]) => ({ SS: [...values] }),
  toNumberSet: (values: number[]) => ({ NS: values.map(String) }),
  toBinarySet: (values: string[]) => ({ BS: [...values] }),
};
