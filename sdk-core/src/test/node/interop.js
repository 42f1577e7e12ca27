// Driven by NodeInteropTest: runs the official `standardwebhooks` npm package (pinned in
// package-lock.json) over cases the Java test sends on stdin, one JSON document per run.
// Input:  {"cases":[{"op":"sign"|"verify","secret":"whsec_...","id":"...","timestamp":<unix s>,
//          "bodyBase64":"...","headers":{...}}]}
// Output: {"results":[{"signature":"v1,..."} | {"ok":true} | {"ok":false,"error":"..."}]}
"use strict";
const { Webhook } = require("standardwebhooks");

function run(c) {
  const wh = new Webhook(c.secret);
  const body = Buffer.from(c.bodyBase64, "base64").toString("utf8");
  if (c.op === "sign") {
    return { signature: wh.sign(c.id, new Date(c.timestamp * 1000), body) };
  }
  if (c.op === "verify") {
    try {
      wh.verify(body, c.headers, { jsonParse: false });
      return { ok: true };
    } catch (e) {
      return { ok: false, error: String(e && e.message) };
    }
  }
  throw new Error("unknown op " + c.op);
}

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const results = JSON.parse(input).cases.map(run);
  process.stdout.write(JSON.stringify({ results }));
});
