-- Governors' audit exports (issue 9): who asked, when, for which period and scope, how far the
-- export got, the SHA-256 of its manifest and the chain head it was made at. Each export is
-- itself a record and appears in the next one.
create table audit_export (
    id               varchar(36) not null primary key,
    requested_by     varchar(64) not null,
    requested_at     timestamp with time zone not null,
    period_from      date not null,
    period_to        date not null,
    process_key      varchar(255),
    state            varchar(20) not null,
    percent_done     integer not null,
    manifest_sha256  varchar(64),
    chain_sequence   bigint,
    chain_hash       varchar(128),
    chain_sealed_at  timestamp with time zone,
    failure          varchar(1000),
    completed_at     timestamp with time zone
);

create index audit_export_requested on audit_export (requested_at);
