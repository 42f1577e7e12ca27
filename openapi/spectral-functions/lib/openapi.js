// Shared helpers for the Billkit Spectral functions. Every function that imports this runs with
// `resolved: false`, so it sees `$ref`s as written and reports problems where a thing is defined
// rather than at every place that references it.

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** The value at a JSON path (array of segments) in `root`, or undefined. */
export function valueAt(root, path) {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = node[segment];
  }
  return node;
}

/** The path segments of a local `$ref` ("#/components/x/y" -> ["components","x","y"]), or null. */
export function localRefPath(ref) {
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return null;
  return ref
    .slice(2)
    .split('/')
    .map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Follows local `$ref`s from `node` (at most 20 hops, so a cycle cannot hang the linter) and
 * returns `{ node, path }` of the final target; `path` is null when `node` was not a reference.
 */
export function resolveLocal(root, node) {
  let path = null;
  for (let hops = 0; hops < 20 && isObject(node) && typeof node.$ref === 'string'; hops++) {
    const target = localRefPath(node.$ref);
    if (target === null) break;
    path = target;
    node = valueAt(root, target);
  }
  return { node, path };
}

export function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function nonBlankString(value) {
  return typeof value === 'string' && value.trim().length > 0;
}

/** The parameters that apply to the operation at `operationPath`: path-item level plus its own. */
export function operationParameters(root, operationPath) {
  const operation = valueAt(root, operationPath);
  const pathItem = valueAt(root, operationPath.slice(0, -1));
  const result = [];
  for (const [owner, ownerPath] of [
    [pathItem, operationPath.slice(0, -1)],
    [operation, operationPath],
  ]) {
    if (isObject(owner) && Array.isArray(owner.parameters)) {
      owner.parameters.forEach((parameter, i) =>
        result.push({ parameter, path: [...ownerPath, 'parameters', i] }),
      );
    }
  }
  return result;
}

/**
 * Checks that the operation at `operationPath` references each of `expected`
 * (`[{ ref, in, name }]`) and that each referenced component really is that parameter.
 * Returns Spectral results.
 */
export function missingParameterRefs(root, operationPath, expected, why) {
  const refs = new Set(
    operationParameters(root, operationPath)
      .map(({ parameter }) => parameter && parameter.$ref)
      .filter(Boolean),
  );
  const results = [];
  for (const want of expected) {
    if (!refs.has(want.ref)) {
      results.push({
        message: `${why} must declare parameter \`$ref: '${want.ref}'\` ` +
          `(${want.in} \`${want.name}\`).`,
        path: [...operationPath, 'parameters'],
      });
      continue;
    }
    const target = resolveLocal(root, { $ref: want.ref }).node;
    if (!isObject(target) || target.in !== want.in || target.name !== want.name) {
      results.push({
        message: `\`${want.ref}\` must be the ${want.in} parameter \`${want.name}\`.`,
        path: [...operationPath, 'parameters'],
      });
    }
  }
  return results;
}

/** Calls `visit(operation, path)` for every operation of every path item in `sections`. */
export function forEachOperation(root, visit, sections = ['paths', 'webhooks']) {
  for (const section of sections) {
    const items = root && root[section];
    if (!isObject(items)) continue;
    for (const [key, pathItem] of Object.entries(items)) {
      if (!isObject(pathItem)) continue;
      for (const method of HTTP_METHODS) {
        if (isObject(pathItem[method])) visit(pathItem[method], [section, key, method]);
      }
    }
  }
}

// JSON Schema 2020-12 keywords whose value is one schema, a list of schemas, or a map of schemas.
const SUBSCHEMA = ['additionalProperties', 'unevaluatedProperties', 'items', 'contains', 'not',
  'if', 'then', 'else', 'propertyNames', 'unevaluatedItems', 'contentSchema'];
const SUBSCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SUBSCHEMA_MAPS = ['properties', 'patternProperties', 'dependentSchemas', '$defs',
  'definitions'];

/**
 * Calls `visit(schema, path)` for every schema object written in the document (components,
 * parameters, headers, media types, request bodies and responses of paths and webhooks, and
 * every subschema of those). `$ref`s are not followed, so each schema is visited once, where it
 * is written; example values are never mistaken for schemas.
 */
export function forEachSchema(root, visit) {
  const seen = new Set();
  const schema = (node, path) => {
    if (!isObject(node) || seen.has(node)) return;
    seen.add(node);
    visit(node, path);
    for (const k of SUBSCHEMA) {
      if (isObject(node[k])) schema(node[k], [...path, k]);
      if (k === 'items' && Array.isArray(node[k])) {
        node[k].forEach((s, i) => schema(s, [...path, k, i]));
      }
    }
    for (const k of SUBSCHEMA_LISTS) {
      if (Array.isArray(node[k])) node[k].forEach((s, i) => schema(s, [...path, k, i]));
    }
    for (const k of SUBSCHEMA_MAPS) {
      if (!isObject(node[k])) continue;
      for (const [name, s] of Object.entries(node[k])) schema(s, [...path, k, name]);
    }
  };
  const content = (node, path) => {
    if (!isObject(node)) return;
    for (const [type, media] of Object.entries(node)) {
      if (!isObject(media)) continue;
      schema(media.schema, [...path, type, 'schema']);
      if (isObject(media.encoding)) {
        for (const [name, encoding] of Object.entries(media.encoding)) {
          if (!isObject(encoding)) continue;
          headers(encoding.headers, [...path, type, 'encoding', name, 'headers']);
        }
      }
    }
  };
  const parameterLike = (node, path) => {
    if (!isObject(node)) return;
    schema(node.schema, [...path, 'schema']);
    content(node.content, [...path, 'content']);
  };
  const headers = (node, path) => {
    if (!isObject(node)) return;
    for (const [name, header] of Object.entries(node)) parameterLike(header, [...path, name]);
  };
  const response = (node, path) => {
    if (!isObject(node)) return;
    headers(node.headers, [...path, 'headers']);
    content(node.content, [...path, 'content']);
  };
  const requestBody = (node, path) => {
    if (isObject(node)) content(node.content, [...path, 'content']);
  };
  const parameters = (list, path) => {
    if (Array.isArray(list)) list.forEach((p, i) => parameterLike(p, [...path, i]));
  };
  const pathItem = (node, path) => {
    if (!isObject(node)) return;
    parameters(node.parameters, [...path, 'parameters']);
    for (const method of HTTP_METHODS) {
      const op = node[method];
      if (!isObject(op)) continue;
      const opPath = [...path, method];
      parameters(op.parameters, [...opPath, 'parameters']);
      requestBody(op.requestBody, [...opPath, 'requestBody']);
      if (isObject(op.responses)) {
        for (const [code, r] of Object.entries(op.responses)) {
          response(r, [...opPath, 'responses', code]);
        }
      }
      if (isObject(op.callbacks)) {
        for (const [name, cb] of Object.entries(op.callbacks)) {
          if (!isObject(cb)) continue;
          for (const [expr, item] of Object.entries(cb)) {
            pathItem(item, [...opPath, 'callbacks', name, expr]);
          }
        }
      }
    }
  };
  const each = (node, path, fn) => {
    if (isObject(node)) for (const [k, v] of Object.entries(node)) fn(v, [...path, k]);
  };

  const c = isObject(root.components) ? root.components : {};
  each(c.schemas, ['components', 'schemas'], schema);
  each(c.parameters, ['components', 'parameters'], parameterLike);
  each(c.headers, ['components', 'headers'], parameterLike);
  each(c.responses, ['components', 'responses'], response);
  each(c.requestBodies, ['components', 'requestBodies'], requestBody);
  each(c.pathItems, ['components', 'pathItems'], pathItem);
  each(root.paths, ['paths'], pathItem);
  each(root.webhooks, ['webhooks'], pathItem);
}
