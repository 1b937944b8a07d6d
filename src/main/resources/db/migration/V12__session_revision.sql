-- Every change of a live session (a move, a join, a check asked, an answer, a reveal) counts up the
-- session's revision under the session's row lock: a page shows a session only if it is newer than
-- the one it shows, so two changes whose news arrive in the other order cannot undo each other.
alter table live_session add column revision bigint default 0 not null;
