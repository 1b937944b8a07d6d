-- Failed sign-ins per user name, shared by every server (issue 14): a guesser who is slowed down on
-- one server is slowed down on all of them. Rows are forgotten 30 minutes after the last failure.
create table sign_in_throttle (
    username_key   varchar(200) primary key,
    failures       integer      not null,
    last_failed_at timestamp with time zone not null
);
create index ix_sign_in_throttle_last on sign_in_throttle (last_failed_at);
