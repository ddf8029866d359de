-- A post stopped in review for a safeguarding concern keeps the concern's reference here, never
-- in the post's process variables (which every colleague offered the review can read).
alter table post add column concern_reference varchar(30);
