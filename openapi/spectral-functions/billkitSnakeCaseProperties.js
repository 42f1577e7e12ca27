import { forEachSchema, isObject } from './lib/openapi.js';

/**
 * Given the document root (resolved: false): every key of every schema's `properties` must match
 * `options.pattern`. Only `properties` keys are checked, so free-form maps such as `metadata`
 * (`additionalProperties`) may hold any key.
 */
export default function billkitSnakeCaseProperties(root, options) {
  const pattern = new RegExp(options.pattern);
  const results = [];
  forEachSchema(root, (schema, path) => {
    if (!isObject(schema.properties)) return;
    for (const name of Object.keys(schema.properties)) {
      if (!pattern.test(name)) {
        results.push({
          message: `Property \`${name}\` must be snake_case (${options.pattern}).`,
          path: [...path, 'properties', name],
        });
      }
    }
  });
  return results;
}
