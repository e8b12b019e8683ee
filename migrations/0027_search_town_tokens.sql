-- Search (issue #32, bench/search): every row also holds its town's own token ('@' and the town code; no text yields an '@'),
-- which a town's query asks for, so the GIN index gives that town's matches only rather than every town's. Rows written from
-- now on carry it (SearchIndex.Values); this adds it to those written before.
UPDATE secretariat.search_entries SET tokens = tokens || array_to_tsvector(ARRAY['@' || tenant_id])
WHERE NOT tokens @@ ('''@' || tenant_id || '''')::tsquery;
