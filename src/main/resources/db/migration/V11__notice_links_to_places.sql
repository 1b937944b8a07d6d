-- A place on the canvas is now a query parameter the server reads (scoping/7?at=review-panel), not a
-- fragment it never sees (scoping/7#review-panel): notices already given lead to their place too.
update notice set link = replace(link, '#', '?at=') where link like 'scoping/%#%';
