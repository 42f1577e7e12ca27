import { missingParameterRefs } from './lib/openapi.js';

/**
 * Given a POST operation (resolved: false): it must reference the shared Idempotency-Key header.
 * Options: { parameter: { ref, in, name } }.
 */
export default function billkitPostIdempotencyKey(operation, options, context) {
  return missingParameterRefs(
    context.document.data,
    context.path,
    [options.parameter],
    'Every POST operation',
  );
}
