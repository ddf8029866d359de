-- The takedown task a takedown belongs to, linked by the engine's task id when the task is
-- created: completing a task acts on its own takedown, never on one named by the caller.
alter table consent_takedown add column task_id varchar(64);
create unique index consent_takedown_task on consent_takedown (task_id);
