import { isObject, localRefPath, missingParameterRefs, resolveLocal } from './lib/openapi.js';

/**
 * Given a GET operation (resolved: false). It is a list operation when its operationId starts with
 * `options.operationIdPrefix` followed by an upper-case letter, or when its 200 JSON response is a
 * `$ref` to a schema whose name ends in `options.schemaSuffix`. A list operation must reference
 * every parameter in `options.parameters` ([{ ref, in, name }]).
 */
export default function billkitListCursorParameters(operation, options, context) {
  const root = context.document.data;
  if (!isObject(operation) || !isListOperation(root, operation, options)) return [];
  return missingParameterRefs(root, context.path, options.parameters, 'A list operation');
}

function isListOperation(root, operation, options) {
  const id = operation.operationId;
  const prefix = options.operationIdPrefix;
  if (typeof id === 'string' && new RegExp(`^${prefix}([A-Z]|$)`).test(id)) return true;
  const responses = isObject(operation.responses) ? operation.responses : {};
  const ok = resolveLocal(root, responses['200']).node;
  const json = isObject(ok) && isObject(ok.content) ? ok.content['application/json'] : undefined;
  const ref = isObject(json) && isObject(json.schema) ? localRefPath(json.schema.$ref) : null;
  return ref !== null && String(ref[ref.length - 1]).endsWith(options.schemaSuffix);
}
