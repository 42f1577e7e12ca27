import { isObject } from './lib/openapi.js';

/** Given an operation: its responses must include at least one 4xx (a `4dd` code or `4XX`). */
export default function billkitClientErrorResponse(operation, options, context) {
  const responses = isObject(operation) ? operation.responses : undefined;
  const codes = isObject(responses) ? Object.keys(responses) : [];
  if (codes.some((code) => /^4([0-9]{2}|XX)$/.test(code))) return [];
  return [{
    message: 'Every operation must declare at least one 4xx response '
      + '(the errors a caller can cause).',
    path: isObject(responses) ? [...context.path, 'responses'] : context.path,
  }];
}
