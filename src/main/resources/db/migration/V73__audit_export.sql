-- Governors' audit exports (issue 9): who asked, when, for which period and scope, the SHA-256
-- of its manifest and the chain head it was made at. Each export is itself a record (sealed in
-- the audit ledger) and appears in the next one.
create table audit_export (
    id               varchar(36) not null primary key,
    requested_by     varchar(64) not null,
    requested_at     timestamp with time zone not null,
    period_from      date not null,
    period_to        date not null,
    process_key      varchar(255),
    state            varchar(20) not null,
    manifest_sha256  varchar(64),
    chain_sequence   bigint,
    chain_hash       varchar(128),
    chain_sealed_at  timestamp with time zone,
    failure          varchar(1000),
    completed_at     timestamp with time zone
);

create index audit_export_requested on audit_export (requested_at);

-- How far a running export has got: working state, updated many times a run and removed when the
-- export ends, so it is kept out of the audited record above (and is not a JPA register).
create table audit_export_progress (
    export_id        varchar(36) not null primary key,
    percent_done     integer not null
);
