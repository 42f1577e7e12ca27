// Driven by WebhookNodeInteropTest: the official `standardwebhooks` npm package (pinned in
// package-lock.json) verifies webhook deliveries that a test receiver got from the mock server.
// Input (stdin):  {"cases":[{"secret":"whsec_...","headers":{...},"bodyBase64":"..."}]}
// Output:         {"results":[{"ok":true,"id":"evt_..."} | {"ok":false,"error":"..."}]}
// verify() checks the timestamp against this process's clock, as a real receiver does.
"use strict";
const { Webhook } = require("standardwebhooks");

function run(c) {
  const body = Buffer.from(c.bodyBase64, "base64").toString("utf8");
  try {
    const payload = new Webhook(c.secret).verify(body, c.headers);
    return { ok: true, id: payload.id };
  } catch (e) {
    return { ok: false, error: String(e && e.message) };
  }
}

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const results = JSON.parse(input).cases.map(run);
  process.stdout.write(JSON.stringify({ results }));
});
