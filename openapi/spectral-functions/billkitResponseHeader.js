import { isObject, localRefPath } from './lib/openapi.js';

/**
 * Given a response object (resolved: false): it must declare the header `options.name` (exact
 * spelling). A `$ref` to `#/components/responses/...` is skipped here because the referenced
 * response is itself checked where it is defined.
 */
export default function billkitResponseHeader(response, options, context) {
  if (!isObject(response)) return [];
  if (typeof response.$ref === 'string') {
    const target = localRefPath(response.$ref);
    if (target !== null && target[0] === 'components' && target[1] === 'responses') return [];
  }
  if (isObject(response.headers) && Object.hasOwn(response.headers, options.name)) return [];
  return [{
    message: `Every response must declare the \`${options.name}\` header ` +
      `(\`$ref: '#/components/headers/RequestId'\`).`,
    path: isObject(response.headers) ? [...context.path, 'headers'] : context.path,
  }];
}
