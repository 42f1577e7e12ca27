import {
  forEachSchema, HTTP_METHODS, isObject, nonBlankString, resolveLocal,
} from './lib/openapi.js';

// A backticked token that ends in an underscore, such as `cus_` or `test_clock_`.
const PREFIX = /`[A-Za-z0-9_]*_`/;

/**
 * Given the document root (resolved: false). Every schema property named `id`, and every path
 * parameter that holds an id, must have a description naming the id prefix in backticks
 * ("Unique identifier, prefixed `cus_`."). A path parameter holds an id when it is named `id` or
 * when it directly follows the collection it identifies (`/customers/{customer}`,
 * `/test_clocks/{test_clock}`); `/customers/external/{external_id}` does not.
 */
export default function billkitIdPrefixDescription(root) {
  const results = [];
  forEachSchema(root, (schema, path) => {
    if (!isObject(schema.properties) || !Object.hasOwn(schema.properties, 'id')) return;
    const property = schema.properties.id;
    const described = [property, resolveLocal(root, property).node]
      .some((s) => isObject(s) && nonBlankString(s.description) && PREFIX.test(s.description));
    if (!described) {
      results.push({
        message: 'Property `id` must have a description naming its prefix in backticks, ' +
          'e.g. "Unique identifier, prefixed `cus_`.".',
        path: [...path, 'properties', 'id'],
      });
    }
  });
  for (const section of ['paths', 'webhooks']) {
    if (!isObject(root[section])) continue;
    for (const [template, item] of Object.entries(root[section])) {
      if (!isObject(item)) continue;
      const owners = [[item, [section, template]]];
      for (const m of HTTP_METHODS) {
        if (isObject(item[m])) owners.push([item[m], [section, template, m]]);
      }
      for (const [owner, ownerPath] of owners) {
        if (!Array.isArray(owner.parameters)) continue;
        owner.parameters.forEach((written, i) => {
          const parameter = resolveLocal(root, written).node;
          if (!isObject(parameter) || parameter.in !== 'path') return;
          if (!holdsId(template, parameter.name)) return;
          const texts = [written.description, parameter.description,
            isObject(parameter.schema) ? parameter.schema.description : undefined];
          if (texts.some((t) => nonBlankString(t) && PREFIX.test(t))) return;
          results.push({
            message: `Path parameter \`${parameter.name}\` holds an id: its description must ` +
              'name the prefix in backticks, ' +
              'e.g. "The customer\'s id, prefixed `cus_`.".',
            path: [...ownerPath, 'parameters', i],
          });
        });
      }
    }
  }
  return results;
}

function holdsId(template, name) {
  if (typeof name !== 'string') return false;
  if (name === 'id') return true;
  const segments = template.split('/');
  const at = segments.indexOf(`{${name}}`);
  if (at < 1) return false;
  const collection = segments[at - 1];
  const plurals = [`${name}s`, `${name}es`];
  if (name.endsWith('y')) plurals.push(`${name.slice(0, -1)}ies`);
  return plurals.includes(collection);
}
