// The OpenAPI document the server serves describes every admin form: a channel's settings form is
// built from its PUT body schema, so a new field or a new channel needs no change here.

let openapi = null;
export async function schemaDoc() {
  if (!openapi) {
    const response = await fetch("openapi.json", { cache: "no-store" });
    openapi = await response.json();
  }
  return openapi;
}

function resolve(doc, schema) {
  if (schema?.$ref) return doc.components.schemas[schema.$ref.split("/").pop()];
  return schema;
}

/** The properties of an operation's JSON body, each as {kind, values?}. */
export function bodyFields(doc, path, method) {
  const op = doc.paths?.[path]?.[method];
  const schema = resolve(doc, op?.requestBody?.content?.["application/json"]?.schema);
  const out = {};
  for (const [name, prop] of Object.entries(schema?.properties || {})) {
    const variants = (prop.anyOf || [prop]).map((v) => resolve(doc, v)).filter((v) => v.type !== "null");
    const v = variants[0] || {};
    if (v.enum) out[name] = { kind: "enum", values: v.enum };
    else if (v.type === "boolean") out[name] = { kind: "boolean" };
    else if (v.type === "integer" || v.type === "number") out[name] = { kind: "number" };
    else if (v.type === "string") out[name] = { kind: "string" };
    else out[name] = { kind: "json" };
  }
  return out;
}

