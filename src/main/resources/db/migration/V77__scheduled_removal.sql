-- Removal only as the product decided (docs/retention.md): the removal time the retention rules
-- gave each root process instance, written when the engine asked for it (when the record ended,
-- and again when a hold is released). Verification accepts a history clean-up only where this
-- register had the record due; holds and these times are put back before every clean-up run.
create table scheduled_removal (
  process_instance_id varchar(64) not null primary key,
  process_definition_key varchar(255) not null,
  -- null: nothing of it is removed (held, or still running)
  removal_time timestamp with time zone,
  decided_at timestamp with time zone not null
);

-- The fact that decided a concern's retention, frozen when it was decided: the learner's school
-- reference and date of birth as they were at triage (a later register change never shortens it).
alter table retention_decision add column learner_reference varchar(20);
alter table retention_decision add column date_of_birth date;
