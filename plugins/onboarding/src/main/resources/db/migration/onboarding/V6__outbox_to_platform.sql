-- The outbox moved to the platform (platform_outbox, platform migration V9): the messages already queued or sent
-- move there, the campaign becoming the message's reference and the kind its tag; the plugin's table goes.
insert into platform_outbox (id, tenant_id, plugin, reference, tags, recipient, subject, body, unsubscribe_url, state,
                             attempts, last_error, next_attempt_at, lease_until, created_at, sent_at)
select id, tenant_id, 'onboarding', campaign_id, kind, recipient, subject,
       case when state = 'SENT' then null else body end, case when state = 'SENT' then null else unsubscribe_url end,
       state, attempts, last_error, next_attempt_at, lease_until, created_at, sent_at
from onboarding_outbox;

drop table onboarding_outbox;
