-- Table for dev.billkit.webhooks.servlet.JdbcWebhookDeduplicator (default name; another name can
-- be passed to its constructor). One row per claimed webhook-id. The primary key is what makes a
-- claim atomic: of two concurrent INSERTs of one id, the database lets exactly one through.
-- state is 'processing' (a handler is running; duplicates get 409) or 'done' (handled;
-- duplicates get 200). claim_token is a random UUID per claim: only its owner may mark the row
-- done or release it. expires_at is in epoch milliseconds; an expired row is taken over by the
-- next claim, and JdbcWebhookDeduplicator.purgeExpired() deletes the rest. Tested on PostgreSQL
-- 15 and H2 2.4.
CREATE TABLE IF NOT EXISTS billkit_webhook_claims (
  webhook_id VARCHAR(255) NOT NULL PRIMARY KEY,
  state VARCHAR(10) NOT NULL,
  claim_token VARCHAR(64) NOT NULL,
  expires_at BIGINT NOT NULL
);
