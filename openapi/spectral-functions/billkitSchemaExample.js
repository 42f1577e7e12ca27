import { isObject } from './lib/openapi.js';

/** Given a component schema: it must carry an `example`, or a non-empty `examples` array. */
export default function billkitSchemaExample(schema, options, context) {
  if (!isObject(schema)) return [];
  if (Object.hasOwn(schema, 'example')) return [];
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return [];
  return [{
    message: `Schema \`${context.path[context.path.length - 1]}\` must have an \`example\` ` +
      '(or a non-empty `examples` array).',
    path: context.path,
  }];
}
