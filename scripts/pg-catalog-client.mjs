// A pg Client for Prisma's CLI on PostgreSQL (prisma.config.ts). The schema engine queries the
// catalogs, whose columns of type `name` (OID 19) and `"char"` (OID 18) @prisma/adapter-pg 6.x cannot
// map to a column type ("Column type 'name' could not be deserialized", prisma/orm#27403). Both are
// plain strings in pg's text protocol, so this client reports them as `text` (OID 25).
import pg from "pg";

const TEXT = 25;
const AS_TEXT = new Set([18, 19]);

function asText(result) {
  for (const r of Array.isArray(result) ? result : [result]) {
    for (const field of r?.fields ?? []) if (AS_TEXT.has(field.dataTypeID)) field.dataTypeID = TEXT;
  }
  return result;
}

export class CatalogClient extends pg.Client {
  query(...args) {
    // pg.Pool calls with a callback; the adapter's transactions await the promise.
    const last = args.length - 1;
    if (typeof args[last] === "function") {
      const callback = args[last];
      args[last] = (error, result) => callback(error, error ? result : asText(result));
      return super.query(...args);
    }
    const result = super.query(...args);
    return result && typeof result.then === "function" ? result.then(asText) : result;
  }
}
