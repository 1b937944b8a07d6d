-- Several servers on one PostgreSQL database (issue 14, only used with sammen.cluster=true).
--
-- Every committed change that open pages must see is written here by the writer's transaction, as the
-- next revision of its stream (a scoping's id; 0 for news that concern people, not a scoping), and
-- announced with NOTIFY carrying only "stream:revision". Each server reads what it has not seen by
-- revision: after a notification, and after its listening connection was lost (NOTIFY has no replay).
-- The revision counter's row is locked until the writer commits, so a stream's revisions are numbered
-- in commit order without gaps: "everything after the last revision I saw" misses nothing.
create table live_revision (
    stream   bigint primary key,
    revision bigint not null
);

create table live_event (
    stream     bigint       not null,
    revision   bigint       not null,
    seq        integer      not null,
    origin     varchar(100) not null,
    kind       varchar(200) not null,
    payload    text         not null,
    created_at timestamp with time zone not null,
    primary key (stream, revision, seq)
);
create index ix_live_event_created on live_event (created_at);

-- Who has which scoping open on which server; a server renews its rows every few seconds, and rows not
-- renewed for a while (a server that died) are removed by whichever server notices first.
create table live_presence (
    view_key   varchar(100) primary key,
    scoping_id bigint       not null,
    node       varchar(100) not null,
    presence   text         not null,
    seen_at    timestamp with time zone not null
);
create index ix_live_presence_scoping on live_presence (scoping_id);
create index ix_live_presence_node on live_presence (node);
