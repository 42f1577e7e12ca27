import { isObject, nonBlankString } from './lib/openapi.js';

/** Given an operation: exactly one tag, an operationId, a summary and a description. */
export default function billkitOperationMetadata(operation, options, context) {
  if (!isObject(operation)) return [];
  const results = [];
  const tags = operation.tags;
  if (!Array.isArray(tags) || tags.length !== 1 || !nonBlankString(tags[0])) {
    results.push({
      message: 'Every operation must have exactly one tag ' +
        `(found ${Array.isArray(tags) ? tags.length : 0}).`,
      path: Array.isArray(tags) ? [...context.path, 'tags'] : context.path,
    });
  }
  for (const field of ['operationId', 'summary', 'description']) {
    if (!nonBlankString(operation[field])) {
      results.push({
        message: `Every operation must have a non-blank \`${field}\`.`,
        path: context.path,
      });
    }
  }
  return results;
}
