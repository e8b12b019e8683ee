-- Search (issue #32): one row per searchable record of a town, its text, who may open it (the capability its page requires and,
-- for a unit's record, its units) and a tsvector of its tokens (Chinese characters and bigrams, words, document numbers),
-- built by the app with array_to_tsvector (no text search parser involved). Written by the app in the transaction of each save
-- and by `search rebuild`; not a Marten document.
CREATE TABLE IF NOT EXISTS secretariat.search_entries (
    tenant_id     varchar                     NOT NULL,
    kind          varchar                     NOT NULL,
    id            uuid                        NOT NULL,
    owner_id      uuid                        NOT NULL,
    title         text                        NOT NULL,
    body          text                        NOT NULL,
    path          text                        NOT NULL,
    capability    varchar                     NOT NULL,
    unit_ids      uuid[]                      NOT NULL,
    match_title   text                        NOT NULL,
    match_text    text                        NOT NULL,
    tokens        tsvector                    NOT NULL,
    updated_at    timestamp with time zone    NOT NULL,
CONSTRAINT pkey_search_entries PRIMARY KEY (tenant_id, kind, id)
);

CREATE INDEX IF NOT EXISTS search_entries_idx_tokens ON secretariat.search_entries USING gin (tokens);
