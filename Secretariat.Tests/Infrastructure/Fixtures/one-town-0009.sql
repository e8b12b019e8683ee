--
-- PostgreSQL database dump
--

\restrict HYi3yS8nO7CgiS9COTJy98zizaC14H5KtVVwA9NKXHWnSNVzfOSRQ7xprShasho

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: hangfire; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA hangfire;


--
-- Name: secretariat; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA secretariat;


--
-- Name: mt_archive_stream(uuid); Type: FUNCTION; Schema: secretariat; Owner: -
--

CREATE FUNCTION secretariat.mt_archive_stream(streamid uuid) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
  update secretariat.mt_streams set is_archived = TRUE where id = streamid ;
  update secretariat.mt_events set is_archived = TRUE where stream_id = streamid ;
END;
$$;


--
-- Name: mt_grams_array(text, boolean); Type: FUNCTION; Schema: secretariat; Owner: -
--

CREATE FUNCTION secretariat.mt_grams_array(words text, use_unaccent boolean DEFAULT false) RETURNS text[]
    LANGUAGE plpgsql IMMUTABLE STRICT
    AS $$
        DECLARE
result text[];
        DECLARE
word text;
        DECLARE
clean_word text;
BEGIN
                FOREACH
word IN ARRAY string_to_array(words, ' ')
                LOOP
                     clean_word = regexp_replace(secretariat.mt_safe_unaccent(use_unaccent, word), '[^a-zA-Z0-9]+', '','g');
FOR i IN 1 .. length(clean_word)
                     LOOP
                         result := result || quote_literal(substr(lower(clean_word), i, 1));
                         result
:= result || quote_literal(substr(lower(clean_word), i, 2));
                         result
:= result || quote_literal(substr(lower(clean_word), i, 3));
END LOOP;
END LOOP;

RETURN ARRAY(SELECT DISTINCT e FROM unnest(result) AS a(e) ORDER BY e);
END;
$$;


--
-- Name: mt_grams_query(text, boolean); Type: FUNCTION; Schema: secretariat; Owner: -
--

CREATE FUNCTION secretariat.mt_grams_query(text, use_unaccent boolean DEFAULT false) RETURNS tsquery
    LANGUAGE plpgsql IMMUTABLE STRICT
    AS $_$
BEGIN
RETURN (SELECT array_to_string(secretariat.mt_grams_array($1, use_unaccent), ' & ') ::tsquery);
END
$_$;


--
-- Name: mt_grams_vector(text, boolean); Type: FUNCTION; Schema: secretariat; Owner: -
--

CREATE FUNCTION secretariat.mt_grams_vector(text, use_unaccent boolean DEFAULT false) RETURNS tsvector
    LANGUAGE plpgsql IMMUTABLE STRICT
    AS $_$
BEGIN
RETURN (SELECT array_to_string(secretariat.mt_grams_array($1, use_unaccent), ' ') ::tsvector);
END
$_$;


--
-- Name: mt_immutable_date(text); Type: FUNCTION; Schema: secretariat; Owner: -
--

CREATE FUNCTION secretariat.mt_immutable_date(value text) RETURNS date
    LANGUAGE sql IMMUTABLE
    AS $$
select value::date

$$;


--
-- Name: mt_immutable_time(text); Type: FUNCTION; Schema: secretariat; Owner: -
--

CREATE FUNCTION secretariat.mt_immutable_time(value text) RETURNS time without time zone
    LANGUAGE sql IMMUTABLE
    AS $$
select value::time

$$;


--
-- Name: mt_immutable_timestamp(text); Type: FUNCTION; Schema: secretariat; Owner: -
--

CREATE FUNCTION secretariat.mt_immutable_timestamp(value text) RETURNS timestamp without time zone
    LANGUAGE sql IMMUTABLE
    AS $$
select value::timestamp

$$;


--
-- Name: mt_immutable_timestamptz(text); Type: FUNCTION; Schema: secretariat; Owner: -
--

CREATE FUNCTION secretariat.mt_immutable_timestamptz(value text) RETURNS timestamp with time zone
    LANGUAGE sql IMMUTABLE
    AS $$
select value::timestamptz

$$;


--
-- Name: mt_jsonb_append(jsonb, text[], jsonb, boolean, jsonb); Type: FUNCTION; Schema: secretariat; Owner: -
--

CREATE FUNCTION secretariat.mt_jsonb_append(jsonb, text[], jsonb, boolean, jsonb DEFAULT NULL::jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    val ALIAS FOR $3;
    if_not_exists ALIAS FOR $4;
    patch_expression ALIAS FOR $5;
    tmp_value jsonb;
BEGIN
    tmp_value = retval #> location;
    IF tmp_value IS NOT NULL AND jsonb_typeof(tmp_value) = 'array' THEN
        CASE
            WHEN NOT if_not_exists THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            WHEN patch_expression IS NULL AND jsonb_typeof(val) = 'object' AND NOT tmp_value @> jsonb_build_array(val) THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            WHEN patch_expression IS NULL AND jsonb_typeof(val) <> 'object' AND NOT tmp_value @> val THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            WHEN patch_expression IS NOT NULL AND jsonb_typeof(patch_expression) = 'array' AND jsonb_array_length(patch_expression) = 0 THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            ELSE NULL;
            END CASE;
    END IF;
    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_append_key_value(jsonb, text[], jsonb, boolean); Type: FUNCTION; Schema: secretariat; Owner: -
--

CREATE FUNCTION secretariat.mt_jsonb_append_key_value(jsonb, text[], jsonb, boolean) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    val ALIAS FOR $3;
    if_not_exists ALIAS FOR $4;
    tmp_value jsonb;
    _key text;
BEGIN
    tmp_value = retval #> location;

    IF tmp_value IS NOT NULL AND jsonb_typeof(tmp_value) = 'object' THEN
        CASE
            WHEN NOT if_not_exists THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            WHEN NOT tmp_value ?| ARRAY(SELECT jsonb_object_keys(val)) THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            ELSE NULL;
        END CASE;
    END IF;
    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_copy(jsonb, text[], text[]); Type: FUNCTION; Schema: secretariat; Owner: -
--

CREATE FUNCTION secretariat.mt_jsonb_copy(jsonb, text[], text[]) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    src_path ALIAS FOR $2;
    dst_path ALIAS FOR $3;
    tmp_value jsonb;
BEGIN
    tmp_value = retval #> src_path;
    retval = secretariat.mt_jsonb_fix_null_parent(retval, dst_path);
    RETURN jsonb_set(retval, dst_path, tmp_value::jsonb, TRUE);
END;
$_$;


--
-- Name: mt_jsonb_duplicate(jsonb, text[], jsonb); Type: FUNCTION; Schema: secretariat; Owner: -
--

CREATE FUNCTION secretariat.mt_jsonb_duplicate(jsonb, text[], jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    targets ALIAS FOR $3;
    tmp_value jsonb;
    target_path text[];
    target text;
BEGIN
    FOR target IN SELECT jsonb_array_elements_text(targets)
    LOOP
        target_path = secretariat.mt_jsonb_path_to_array(target, '\.');
        retval = secretariat.mt_jsonb_copy(retval, location, target_path);
    END LOOP;

    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_fix_null_parent(jsonb, text[]); Type: FUNCTION; Schema: secretariat; Owner: -
--

CREATE FUNCTION secretariat.mt_jsonb_fix_null_parent(jsonb, text[]) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
retval ALIAS FOR $1;
    dst_path ALIAS FOR $2;
    dst_path_segment text[] = ARRAY[]::text[];
    dst_path_array_length integer;
    i integer = 1;
BEGIN
    dst_path_array_length = array_length(dst_path, 1);
    WHILE i <=(dst_path_array_length - 1)
    LOOP
        dst_path_segment = dst_path_segment || ARRAY[dst_path[i]];
        IF retval #> dst_path_segment IS NULL OR retval #> dst_path_segment = 'null'::jsonb THEN
            retval = jsonb_set(retval, dst_path_segment, '{}'::jsonb, TRUE);
        END IF;
        i = i + 1;
    END LOOP;

    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_increment(jsonb, text[], numeric); Type: FUNCTION; Schema: secretariat; Owner: -
--

CREATE FUNCTION secretariat.mt_jsonb_increment(jsonb, text[], numeric) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
retval ALIAS FOR $1;
    location ALIAS FOR $2;
    increment_value ALIAS FOR $3;
    tmp_value jsonb;
BEGIN
    tmp_value = retval #> location;
    IF tmp_value IS NULL THEN
        tmp_value = to_jsonb(0);
END IF;

RETURN jsonb_set(retval, location, to_jsonb(tmp_value::numeric + increment_value), TRUE);
END;
$_$;


--
-- Name: mt_jsonb_insert(jsonb, text[], jsonb, integer, boolean, jsonb); Type: FUNCTION; Schema: secretariat; Owner: -
--

CREATE FUNCTION secretariat.mt_jsonb_insert(jsonb, text[], jsonb, integer, boolean, jsonb DEFAULT NULL::jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    val ALIAS FOR $3;
    elm_index ALIAS FOR $4;
    if_not_exists ALIAS FOR $5;
    patch_expression ALIAS FOR $6;
    tmp_value jsonb;
BEGIN
    tmp_value = retval #> location;
    IF tmp_value IS NOT NULL AND jsonb_typeof(tmp_value) = 'array' THEN
        IF elm_index IS NULL THEN
            elm_index = jsonb_array_length(tmp_value) + 1;
        END IF;
        CASE
            WHEN NOT if_not_exists THEN
                retval = jsonb_insert(retval, location || elm_index::text, val);
            WHEN patch_expression IS NULL AND jsonb_typeof(val) = 'object' AND NOT tmp_value @> jsonb_build_array(val) THEN
                retval = jsonb_insert(retval, location || elm_index::text, val);
            WHEN patch_expression IS NULL AND jsonb_typeof(val) <> 'object' AND NOT tmp_value @> val THEN
                retval = jsonb_insert(retval, location || elm_index::text, val);
            WHEN patch_expression IS NOT NULL AND jsonb_typeof(patch_expression) = 'array' AND jsonb_array_length(patch_expression) = 0 THEN
                retval = jsonb_insert(retval, location || elm_index::text, val);
            ELSE NULL;
        END CASE;
    END IF;
    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_move(jsonb, text[], text); Type: FUNCTION; Schema: secretariat; Owner: -
--

CREATE FUNCTION secretariat.mt_jsonb_move(jsonb, text[], text) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    src_path ALIAS FOR $2;
    dst_name ALIAS FOR $3;
    dst_path text[];
    tmp_value jsonb;
BEGIN
    tmp_value = retval #> src_path;
    retval = retval #- src_path;
    dst_path = src_path;
    dst_path[array_length(dst_path, 1)] = dst_name;
    retval = secretariat.mt_jsonb_fix_null_parent(retval, dst_path);
    RETURN jsonb_set(retval, dst_path, tmp_value, TRUE);
END;
$_$;


--
-- Name: mt_jsonb_patch(jsonb, jsonb); Type: FUNCTION; Schema: secretariat; Owner: -
--

CREATE FUNCTION secretariat.mt_jsonb_patch(jsonb, jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    patchset ALIAS FOR $2;
    patch jsonb;
    patch_path text[];
    patch_expression jsonb;
    value jsonb;
BEGIN
    FOR patch IN SELECT * from jsonb_array_elements(patchset)
    LOOP
        patch_path = secretariat.mt_jsonb_path_to_array((patch->>'path')::text, '\.');

        patch_expression = null;
        IF (patch->>'type') IN ('remove', 'append_if_not_exists', 'insert_if_not_exists') AND (patch->>'expression') IS NOT NULL THEN
            patch_expression = jsonb_path_query_array(retval #> patch_path, (patch->>'expression')::jsonpath);
        END IF;

        CASE patch->>'type'
            WHEN 'set' THEN
                retval = jsonb_set(retval, patch_path, (patch->'value')::jsonb, TRUE);
            WHEN 'delete' THEN
                retval = retval#-patch_path;
            WHEN 'append' THEN
                retval = secretariat.mt_jsonb_append(retval, patch_path, (patch->'value')::jsonb, FALSE);
            WHEN 'append_if_not_exists' THEN
                retval = secretariat.mt_jsonb_append(retval, patch_path, (patch->'value')::jsonb, TRUE, patch_expression);
            WHEN 'append_key_value' THEN
                retval = secretariat.mt_jsonb_append_key_value(retval, patch_path, (patch->'key_value')::jsonb, FALSE);
            WHEN 'append_key_value_if_not_exists' THEN
                retval = secretariat.mt_jsonb_append_key_value(retval, patch_path, (patch->'key_value')::jsonb, TRUE);
            WHEN 'insert' THEN
                retval = secretariat.mt_jsonb_insert(retval, patch_path, (patch->'value')::jsonb, (patch->>'index')::integer, FALSE);
            WHEN 'insert_if_not_exists' THEN
                retval = secretariat.mt_jsonb_insert(retval, patch_path, (patch->'value')::jsonb, (patch->>'index')::integer, TRUE, patch_expression);
            WHEN 'remove' THEN
                retval = secretariat.mt_jsonb_remove(retval, patch_path, COALESCE(patch_expression, (patch->'value')::jsonb));
            WHEN 'remove_key' THEN
                retval = secretariat.mt_jsonb_remove_key(retval, patch_path, (patch->>'key'));
            WHEN 'duplicate' THEN
                retval = secretariat.mt_jsonb_duplicate(retval, patch_path, (patch->'targets')::jsonb);
            WHEN 'rename' THEN
                retval = secretariat.mt_jsonb_move(retval, patch_path, (patch->>'to')::text);
            WHEN 'increment' THEN
                retval = secretariat.mt_jsonb_increment(retval, patch_path, (patch->>'increment')::numeric);
            WHEN 'increment_float' THEN
                retval = secretariat.mt_jsonb_increment(retval, patch_path, (patch->>'increment')::numeric);
            ELSE NULL;
        END CASE;
    END LOOP;
    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_path_to_array(text, character); Type: FUNCTION; Schema: secretariat; Owner: -
--

CREATE FUNCTION secretariat.mt_jsonb_path_to_array(text, character) RETURNS text[]
    LANGUAGE plpgsql
    AS $_$
DECLARE
    location ALIAS FOR $1;
    regex_pattern ALIAS FOR $2;
BEGIN
RETURN regexp_split_to_array(location, regex_pattern)::text[];
END;
$_$;


--
-- Name: mt_jsonb_remove(jsonb, text[], jsonb); Type: FUNCTION; Schema: secretariat; Owner: -
--

CREATE FUNCTION secretariat.mt_jsonb_remove(jsonb, text[], jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    val ALIAS FOR $3;
    tmp_value jsonb;
    tmp_remove jsonb;
    patch_remove jsonb;
BEGIN
    tmp_value = retval #> location;
    IF tmp_value IS NOT NULL AND jsonb_typeof(tmp_value) = 'array' THEN
        IF jsonb_typeof(val) = 'array' THEN
            tmp_remove = val;
        ELSE
            tmp_remove = jsonb_build_array(val);
        END IF;

        FOR patch_remove IN SELECT * FROM jsonb_array_elements(tmp_remove)
        LOOP
            tmp_value =(SELECT jsonb_agg(elem)
            FROM jsonb_array_elements(tmp_value) AS elem
            WHERE elem <> patch_remove);
        END LOOP;

        IF tmp_value IS NULL THEN
            tmp_value = '[]'::jsonb;
        END IF;
    END IF;
    RETURN jsonb_set(retval, location, tmp_value, FALSE);
END;
$_$;


--
-- Name: mt_jsonb_remove_key(jsonb, text[], text); Type: FUNCTION; Schema: secretariat; Owner: -
--

CREATE FUNCTION secretariat.mt_jsonb_remove_key(jsonb, text[], text) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    _key ALIAS FOR $3;
    tmp_value jsonb;
    tmp_remove jsonb;
    patch_remove jsonb;
BEGIN
    tmp_value = retval #> location;
    IF tmp_value IS NOT NULL AND jsonb_typeof(tmp_value) = 'object' THEN
        RETURN jsonb_set(retval, location, tmp_value - _key, FALSE);
    END IF;
    RETURN retval;
END;
$_$;


--
-- Name: mt_mark_event_progression(character varying, bigint); Type: FUNCTION; Schema: secretariat; Owner: -
--

CREATE FUNCTION secretariat.mt_mark_event_progression(name character varying, last_encountered bigint) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
INSERT INTO secretariat.mt_event_progression (name, last_seq_id, last_updated)
VALUES (name, last_encountered, transaction_timestamp())
ON CONFLICT ON CONSTRAINT pk_mt_event_progression
    DO
UPDATE SET last_seq_id = last_encountered, last_updated = transaction_timestamp();

END;

$$;


--
-- Name: mt_mark_progression_with_skip(character varying, bigint, bigint); Type: FUNCTION; Schema: secretariat; Owner: -
--

CREATE FUNCTION secretariat.mt_mark_progression_with_skip(shard_name character varying, ending_sequence bigint, starting_sequence bigint) RETURNS bigint
    LANGUAGE plpgsql
    AS $$
DECLARE
    current_value bigint;
BEGIN
    select last_seq_id into current_value from secretariat.mt_event_progression where name = shard_name;

    IF current_value is null then
        -- Bootstrap the high-water row on first invocation. Previously this branch
        -- returned 0, which left HighWaterAgent.CheckNowAsync polling forever because
        -- statistics.CurrentMark never advanced. Issue #4425.
        INSERT INTO secretariat.mt_event_progression (name, last_seq_id, last_updated)
        VALUES (shard_name, ending_sequence, transaction_timestamp())
        ON CONFLICT ON CONSTRAINT pk_mt_event_progression
            DO UPDATE SET last_seq_id = ending_sequence, last_updated = transaction_timestamp();
        IF ending_sequence > starting_sequence THEN
            -- Idempotent: a rebuild/replay re-marks the same skip (ending_sequence is the
            -- PK). Re-recording an existing gap is a no-op. Conflict target is the PK
            -- constraint (the bare column name collides with the function parameter). #4530.
            insert into secretariat.mt_high_water_skips (ending_sequence, starting_sequence) values (ending_sequence, starting_sequence)
                on conflict on constraint pkey_mt_high_water_skips_ending_sequence do nothing;
        END IF;
        return ending_sequence;
    ELSIF current_value = starting_sequence THEN
        update secretariat.mt_event_progression SET last_seq_id = ending_sequence, last_updated = transaction_timestamp() where shard_name = name;
        insert into secretariat.mt_high_water_skips (ending_sequence, starting_sequence) values (ending_sequence, starting_sequence)
            on conflict on constraint pkey_mt_high_water_skips_ending_sequence do nothing;
        return ending_sequence;
    ELSE
        return current_value;
    END IF;
END
$$;


--
-- Name: mt_quick_append_events(uuid, character varying, character varying, uuid[], character varying[], character varying[], jsonb[], bytea[], character varying[], character varying[], jsonb[], timestamp with time zone[], bigint); Type: FUNCTION; Schema: secretariat; Owner: -
--

CREATE FUNCTION secretariat.mt_quick_append_events(stream uuid, stream_type character varying, tenantid character varying, event_ids uuid[], event_types character varying[], dotnet_types character varying[], bodies jsonb[], bdatas bytea[], causation_ids character varying[], correlation_ids character varying[], headers jsonb[], timestamps timestamp with time zone[], expected_version bigint DEFAULT NULL::bigint) RETURNS bigint[]
    LANGUAGE plpgsql
    AS $$
DECLARE
	event_version bigint;
	stream_is_archived boolean;
	event_type varchar;
	event_id uuid;
	body jsonb;
	index int;
	seq bigint;
    actual_tenant varchar;
    is_new_stream boolean := false;
	return_value bigint[];
BEGIN
    if expected_version IS NOT NULL then
        -- COALESCE turns the NULL we get for a brand-new stream into 0, so a
        -- FetchForWriting against a non-existent stream (which sets
        -- ExpectedVersionOnServer = 0) and a StartStream(id, version: 0) both
        -- land on the new-stream branch instead of mis-firing the guard.
        select version, is_archived into event_version, stream_is_archived from secretariat.mt_streams where id = stream;
        if COALESCE(event_version, 0) != expected_version then
            RAISE EXCEPTION 'Stream version mismatch on ''%'': expected %, actual %', stream, expected_version, COALESCE(event_version, 0) USING ERRCODE = 'MT003';
        end if;
    else
        select version, is_archived into event_version, stream_is_archived from secretariat.mt_streams where id = stream;
    end if;

	if event_version IS NULL then
		event_version = 0;
		is_new_stream := true;
		-- #5456 follow-up: insert the FINAL version straight away rather than 0 plus a
		-- trailing UPDATE of the row we just wrote in this same transaction. That UPDATE
		-- is a second heap tuple + WAL record per stream creation for no observable gain
		-- -- nothing outside this transaction can see the intermediate 0. The trailing
		-- UPDATE below is skipped for this branch via is_new_stream.
		insert into secretariat.mt_streams (id, type, version, timestamp, tenant_id) values (stream, stream_type, COALESCE(array_length(event_ids, 1), 0), now(), tenantid);
    else
        if stream_is_archived then
            RAISE EXCEPTION 'Attempted to append event to archived stream with Id ''%''.', stream USING ERRCODE = 'MT001';
        end if;
        if tenantid IS NOT NULL then
            select tenant_id into actual_tenant from secretariat.mt_streams where id = stream;
            if actual_tenant != tenantid then
                RAISE EXCEPTION 'The tenantid does not match the existing stream';
            end if;
        end if;
	end if;

	index := 1;
	-- #5062: array_length('{}', 1) is NULL in PostgreSQL, not 0, so a call with an
	-- empty event array used to return ARRAY[NULL] -- a bigint[] whose only element
	-- is NULL, which Npgsql cannot read into long[] ('Cannot read a non-nullable
	-- collection of elements because the returned array contains nulls'). COALESCE
	-- makes the empty case mean what it says: zero events appended, so the final
	-- version is the stream's current version.
	return_value := ARRAY[event_version + COALESCE(array_length(event_ids, 1), 0)];

	foreach event_id in ARRAY event_ids
	loop
        seq := nextval('secretariat.mt_events_sequence');
		return_value := array_append(return_value, seq);

	    event_version := event_version + 1;
		event_type = event_types[index];
		body = bodies[index];

		-- #4515 / #4578 / Phase 2: bdatas[index] carries the binary payload
		-- for events opted in to binary serialization (NULL otherwise).
		-- bodies[index] is the {} JSON placeholder for those events so the
		-- existing data jsonb NOT NULL constraint stays intact.
		insert into secretariat.mt_events
			(seq_id, id, stream_id, version, data, bdata, type, tenant_id, timestamp, mt_dotnet_type, is_archived, causation_id, correlation_id, headers)
		values
			(seq, event_id, stream, event_version, body, bdatas[index], event_type, tenantid, timestamps[index], dotnet_types[index], FALSE, causation_ids[index], correlation_ids[index], headers[index]);

		index := index + 1;
	end loop;

	-- A brand-new stream already carries its final version from the insert above, so the
	-- UPDATE is only needed when we appended onto a stream that already existed.
	--
	-- #5539: and only when we actually appended something. With ZERO events this was a BLIND write-back
	-- of the version read at the top of the function, and under READ COMMITTED that is a lost update: the
	-- UPDATE waits on a concurrent appender's row lock, the winner commits, the WHERE clause is
	-- re-evaluated against the new row, and `set version = <the stale value>` lands -- leaving
	-- mt_streams.version BELOW the stream's own events. Every later append then computes a version that
	-- already exists and dies on pk_mt_events_stream_and_version, forever, until the row is repaired by
	-- hand. A non-empty call cannot do this: its first INSERT collides with the winner on that same
	-- primary key and rolls the whole thing back, which is why only the empty case was exposed.
	--
	-- Two independent guards, because either alone would have been enough and the cost of both is nil:
	--   * the append count -- appending nothing has nothing to write, so the correct number of statements
	--     is zero rather than one that happens to be harmless;
	--   * greatest(), so the write-back can never LOWER a stream's version whoever calls it. An append
	--     only ever moves a version forward, so this is a no-op on every correct path and a backstop on
	--     any future caller that reads the version and then writes it back.
	if not is_new_stream and COALESCE(array_length(event_ids, 1), 0) > 0 then
		update secretariat.mt_streams set version = greatest(version, event_version), timestamp = now() where id = stream;
	end if;

	return return_value;
END
$$;


--
-- Name: mt_safe_unaccent(boolean, text); Type: FUNCTION; Schema: secretariat; Owner: -
--

CREATE FUNCTION secretariat.mt_safe_unaccent(use_unaccent boolean, word text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT
    AS $$
BEGIN
IF use_unaccent THEN
    RETURN public.unaccent(word);
ELSE
    RETURN word;
END IF;
END;
$$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: aggregatedcounter; Type: TABLE; Schema: hangfire; Owner: -
--

CREATE TABLE hangfire.aggregatedcounter (
    id bigint NOT NULL,
    key text NOT NULL,
    value bigint NOT NULL,
    expireat timestamp with time zone
);


--
-- Name: aggregatedcounter_id_seq; Type: SEQUENCE; Schema: hangfire; Owner: -
--

CREATE SEQUENCE hangfire.aggregatedcounter_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: aggregatedcounter_id_seq; Type: SEQUENCE OWNED BY; Schema: hangfire; Owner: -
--

ALTER SEQUENCE hangfire.aggregatedcounter_id_seq OWNED BY hangfire.aggregatedcounter.id;


--
-- Name: counter; Type: TABLE; Schema: hangfire; Owner: -
--

CREATE TABLE hangfire.counter (
    id bigint NOT NULL,
    key text NOT NULL,
    value bigint NOT NULL,
    expireat timestamp with time zone
);


--
-- Name: counter_id_seq; Type: SEQUENCE; Schema: hangfire; Owner: -
--

CREATE SEQUENCE hangfire.counter_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: counter_id_seq; Type: SEQUENCE OWNED BY; Schema: hangfire; Owner: -
--

ALTER SEQUENCE hangfire.counter_id_seq OWNED BY hangfire.counter.id;


--
-- Name: hash; Type: TABLE; Schema: hangfire; Owner: -
--

CREATE TABLE hangfire.hash (
    id bigint NOT NULL,
    key text NOT NULL,
    field text NOT NULL,
    value text,
    expireat timestamp with time zone,
    updatecount integer DEFAULT 0 NOT NULL
);


--
-- Name: hash_id_seq; Type: SEQUENCE; Schema: hangfire; Owner: -
--

CREATE SEQUENCE hangfire.hash_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: hash_id_seq; Type: SEQUENCE OWNED BY; Schema: hangfire; Owner: -
--

ALTER SEQUENCE hangfire.hash_id_seq OWNED BY hangfire.hash.id;


--
-- Name: job; Type: TABLE; Schema: hangfire; Owner: -
--

CREATE TABLE hangfire.job (
    id bigint NOT NULL,
    stateid bigint,
    statename text,
    invocationdata jsonb NOT NULL,
    arguments jsonb NOT NULL,
    createdat timestamp with time zone NOT NULL,
    expireat timestamp with time zone,
    updatecount integer DEFAULT 0 NOT NULL
);


--
-- Name: job_id_seq; Type: SEQUENCE; Schema: hangfire; Owner: -
--

CREATE SEQUENCE hangfire.job_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: job_id_seq; Type: SEQUENCE OWNED BY; Schema: hangfire; Owner: -
--

ALTER SEQUENCE hangfire.job_id_seq OWNED BY hangfire.job.id;


--
-- Name: jobparameter; Type: TABLE; Schema: hangfire; Owner: -
--

CREATE TABLE hangfire.jobparameter (
    id bigint NOT NULL,
    jobid bigint NOT NULL,
    name text NOT NULL,
    value text,
    updatecount integer DEFAULT 0 NOT NULL
);


--
-- Name: jobparameter_id_seq; Type: SEQUENCE; Schema: hangfire; Owner: -
--

CREATE SEQUENCE hangfire.jobparameter_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: jobparameter_id_seq; Type: SEQUENCE OWNED BY; Schema: hangfire; Owner: -
--

ALTER SEQUENCE hangfire.jobparameter_id_seq OWNED BY hangfire.jobparameter.id;


--
-- Name: jobqueue; Type: TABLE; Schema: hangfire; Owner: -
--

CREATE TABLE hangfire.jobqueue (
    id bigint NOT NULL,
    jobid bigint NOT NULL,
    queue text NOT NULL,
    fetchedat timestamp with time zone,
    updatecount integer DEFAULT 0 NOT NULL
);


--
-- Name: jobqueue_id_seq; Type: SEQUENCE; Schema: hangfire; Owner: -
--

CREATE SEQUENCE hangfire.jobqueue_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: jobqueue_id_seq; Type: SEQUENCE OWNED BY; Schema: hangfire; Owner: -
--

ALTER SEQUENCE hangfire.jobqueue_id_seq OWNED BY hangfire.jobqueue.id;


--
-- Name: list; Type: TABLE; Schema: hangfire; Owner: -
--

CREATE TABLE hangfire.list (
    id bigint NOT NULL,
    key text NOT NULL,
    value text,
    expireat timestamp with time zone,
    updatecount integer DEFAULT 0 NOT NULL
);


--
-- Name: list_id_seq; Type: SEQUENCE; Schema: hangfire; Owner: -
--

CREATE SEQUENCE hangfire.list_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: list_id_seq; Type: SEQUENCE OWNED BY; Schema: hangfire; Owner: -
--

ALTER SEQUENCE hangfire.list_id_seq OWNED BY hangfire.list.id;


--
-- Name: lock; Type: TABLE; Schema: hangfire; Owner: -
--

CREATE TABLE hangfire.lock (
    resource text NOT NULL,
    updatecount integer DEFAULT 0 NOT NULL,
    acquired timestamp with time zone
);


--
-- Name: schema; Type: TABLE; Schema: hangfire; Owner: -
--

CREATE TABLE hangfire.schema (
    version integer NOT NULL
);


--
-- Name: server; Type: TABLE; Schema: hangfire; Owner: -
--

CREATE TABLE hangfire.server (
    id text NOT NULL,
    data jsonb,
    lastheartbeat timestamp with time zone NOT NULL,
    updatecount integer DEFAULT 0 NOT NULL
);


--
-- Name: set; Type: TABLE; Schema: hangfire; Owner: -
--

CREATE TABLE hangfire.set (
    id bigint NOT NULL,
    key text NOT NULL,
    score double precision NOT NULL,
    value text NOT NULL,
    expireat timestamp with time zone,
    updatecount integer DEFAULT 0 NOT NULL
);


--
-- Name: set_id_seq; Type: SEQUENCE; Schema: hangfire; Owner: -
--

CREATE SEQUENCE hangfire.set_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: set_id_seq; Type: SEQUENCE OWNED BY; Schema: hangfire; Owner: -
--

ALTER SEQUENCE hangfire.set_id_seq OWNED BY hangfire.set.id;


--
-- Name: state; Type: TABLE; Schema: hangfire; Owner: -
--

CREATE TABLE hangfire.state (
    id bigint NOT NULL,
    jobid bigint NOT NULL,
    name text NOT NULL,
    reason text,
    createdat timestamp with time zone NOT NULL,
    data jsonb,
    updatecount integer DEFAULT 0 NOT NULL
);


--
-- Name: state_id_seq; Type: SEQUENCE; Schema: hangfire; Owner: -
--

CREATE SEQUENCE hangfire.state_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: state_id_seq; Type: SEQUENCE OWNED BY; Schema: hangfire; Owner: -
--

ALTER SEQUENCE hangfire.state_id_seq OWNED BY hangfire.state.id;


--
-- Name: secretariat_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.secretariat_migrations (
    file text NOT NULL,
    sha256 text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: mt_doc_adjustmentattachment; Type: TABLE; Schema: secretariat; Owner: -
--

CREATE TABLE secretariat.mt_doc_adjustmentattachment (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_bodyroster; Type: TABLE; Schema: secretariat; Owner: -
--

CREATE TABLE secretariat.mt_doc_bodyroster (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_dotnet_type character varying,
    mt_version bigint DEFAULT 0 NOT NULL
);


--
-- Name: mt_doc_calendarfeedtoken; Type: TABLE; Schema: secretariat; Owner: -
--

CREATE TABLE secretariat.mt_doc_calendarfeedtoken (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_childworker; Type: TABLE; Schema: secretariat; Owner: -
--

CREATE TABLE secretariat.mt_doc_childworker (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_dotnet_type character varying,
    mt_version bigint DEFAULT 0 NOT NULL,
    serves_from date,
    serves_until date
);


--
-- Name: mt_doc_compliancealert; Type: TABLE; Schema: secretariat; Owner: -
--

CREATE TABLE secretariat.mt_doc_compliancealert (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_dotnet_type character varying,
    mt_version bigint DEFAULT 0 NOT NULL,
    is_open boolean,
    rank integer,
    rule character varying
);


--
-- Name: mt_doc_deadletterevent; Type: TABLE; Schema: secretariat; Owner: -
--

CREATE TABLE secretariat.mt_doc_deadletterevent (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_envelope; Type: TABLE; Schema: secretariat; Owner: -
--

CREATE TABLE secretariat.mt_doc_envelope (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_meeting; Type: TABLE; Schema: secretariat; Owner: -
--

CREATE TABLE secretariat.mt_doc_meeting (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_dotnet_type character varying,
    mt_version bigint DEFAULT 0 NOT NULL,
    year integer,
    starts_at timestamp with time zone
);


--
-- Name: mt_doc_meetingattachment; Type: TABLE; Schema: secretariat; Owner: -
--

CREATE TABLE secretariat.mt_doc_meetingattachment (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_memberadjustment; Type: TABLE; Schema: secretariat; Owner: -
--

CREATE TABLE secretariat.mt_doc_memberadjustment (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_dotnet_type character varying,
    mt_version bigint DEFAULT 0 NOT NULL
);


--
-- Name: mt_doc_memberunit; Type: TABLE; Schema: secretariat; Owner: -
--

CREATE TABLE secretariat.mt_doc_memberunit (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_dotnet_type character varying,
    mt_version bigint DEFAULT 0 NOT NULL
);


--
-- Name: mt_doc_numberregister; Type: TABLE; Schema: secretariat; Owner: -
--

CREATE TABLE secretariat.mt_doc_numberregister (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_dotnet_type character varying,
    mt_version bigint DEFAULT 0 NOT NULL
);


--
-- Name: mt_doc_resolution; Type: TABLE; Schema: secretariat; Owner: -
--

CREATE TABLE secretariat.mt_doc_resolution (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_dotnet_type character varying,
    mt_version bigint DEFAULT 0 NOT NULL,
    meeting_id uuid,
    due_on date,
    is_done boolean,
    progress_count integer,
    "order" integer,
    done_on date
);


--
-- Name: mt_doc_semiannualreport; Type: TABLE; Schema: secretariat; Owner: -
--

CREATE TABLE secretariat.mt_doc_semiannualreport (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_dotnet_type character varying,
    mt_version bigint DEFAULT 0 NOT NULL,
    year integer
);


--
-- Name: mt_doc_signinfailures; Type: TABLE; Schema: secretariat; Owner: -
--

CREATE TABLE secretariat.mt_doc_signinfailures (
    id character varying NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_signinsession; Type: TABLE; Schema: secretariat; Owner: -
--

CREATE TABLE secretariat.mt_doc_signinsession (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_trainingmaterial; Type: TABLE; Schema: secretariat; Owner: -
--

CREATE TABLE secretariat.mt_doc_trainingmaterial (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_trainingsession; Type: TABLE; Schema: secretariat; Owner: -
--

CREATE TABLE secretariat.mt_doc_trainingsession (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_dotnet_type character varying,
    mt_version bigint DEFAULT 0 NOT NULL,
    start_on date,
    end_on date
);


--
-- Name: mt_doc_useraccount; Type: TABLE; Schema: secretariat; Owner: -
--

CREATE TABLE secretariat.mt_doc_useraccount (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_event_progression; Type: TABLE; Schema: secretariat; Owner: -
--

CREATE TABLE secretariat.mt_event_progression (
    name character varying NOT NULL,
    last_seq_id bigint,
    last_updated timestamp with time zone DEFAULT transaction_timestamp(),
    mode character varying DEFAULT 'none'::character varying,
    rebuild_threshold integer DEFAULT 0,
    assigned_node integer DEFAULT 0,
    heartbeat timestamp with time zone,
    agent_status character varying(20),
    pause_reason text,
    running_on_node integer,
    warning_behind_threshold bigint,
    critical_behind_threshold bigint,
    failure_category character varying(50),
    failure_event_sequence bigint,
    failure_event_type character varying(500),
    failure_event_tenant_id character varying(500)
);


--
-- Name: mt_event_projection_floors; Type: TABLE; Schema: secretariat; Owner: -
--

CREATE TABLE secretariat.mt_event_projection_floors (
    name character varying NOT NULL,
    tenant_id character varying NOT NULL,
    floor bigint NOT NULL,
    last_updated timestamp with time zone DEFAULT transaction_timestamp()
);


--
-- Name: mt_events; Type: TABLE; Schema: secretariat; Owner: -
--

CREATE TABLE secretariat.mt_events (
    seq_id bigint NOT NULL,
    id uuid NOT NULL,
    stream_id uuid,
    version bigint NOT NULL,
    data jsonb NOT NULL,
    bdata bytea,
    type character varying(500) NOT NULL,
    "timestamp" timestamp with time zone DEFAULT '2026-12-01 14:51:19.903592+00'::timestamp with time zone NOT NULL,
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying,
    mt_dotnet_type character varying,
    correlation_id character varying,
    causation_id character varying,
    headers jsonb,
    is_archived boolean DEFAULT false
);


--
-- Name: mt_events_sequence; Type: SEQUENCE; Schema: secretariat; Owner: -
--

CREATE SEQUENCE secretariat.mt_events_sequence
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: mt_events_sequence; Type: SEQUENCE OWNED BY; Schema: secretariat; Owner: -
--

ALTER SEQUENCE secretariat.mt_events_sequence OWNED BY secretariat.mt_events.seq_id;


--
-- Name: mt_high_water_skips; Type: TABLE; Schema: secretariat; Owner: -
--

CREATE TABLE secretariat.mt_high_water_skips (
    ending_sequence bigint NOT NULL,
    starting_sequence bigint NOT NULL,
    "timestamp" timestamp with time zone DEFAULT transaction_timestamp()
);


--
-- Name: mt_streams; Type: TABLE; Schema: secretariat; Owner: -
--

CREATE TABLE secretariat.mt_streams (
    id uuid NOT NULL,
    type character varying,
    version bigint,
    "timestamp" timestamp with time zone DEFAULT now() NOT NULL,
    created timestamp with time zone DEFAULT now() NOT NULL,
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying,
    compacted_version bigint DEFAULT 0 NOT NULL,
    is_archived boolean DEFAULT false
);


--
-- Name: read_model_version; Type: TABLE; Schema: secretariat; Owner: -
--

CREATE TABLE secretariat.read_model_version (
    id integer NOT NULL,
    version bigint NOT NULL
);


--
-- Name: wolverine_agent_restrictions; Type: TABLE; Schema: secretariat; Owner: -
--

CREATE TABLE secretariat.wolverine_agent_restrictions (
    id uuid NOT NULL,
    uri character varying NOT NULL,
    type character varying NOT NULL,
    node integer DEFAULT 0 NOT NULL
);


--
-- Name: wolverine_control_queue; Type: TABLE; Schema: secretariat; Owner: -
--

CREATE TABLE secretariat.wolverine_control_queue (
    id uuid NOT NULL,
    message_type character varying NOT NULL,
    node_id uuid NOT NULL,
    body bytea NOT NULL,
    posted timestamp with time zone DEFAULT now() NOT NULL,
    expires timestamp with time zone
);


--
-- Name: wolverine_dead_letter_history; Type: TABLE; Schema: secretariat; Owner: -
--

CREATE TABLE secretariat.wolverine_dead_letter_history (
    id uuid NOT NULL,
    replay_count integer,
    last_replayed_at timestamp with time zone,
    first_failed_at timestamp with time zone
);


--
-- Name: wolverine_dead_letters; Type: TABLE; Schema: secretariat; Owner: -
--

CREATE TABLE secretariat.wolverine_dead_letters (
    id uuid NOT NULL,
    execution_time timestamp with time zone,
    body bytea NOT NULL,
    message_type character varying NOT NULL,
    received_at character varying,
    source character varying,
    exception_type character varying,
    exception_message character varying,
    sent_at timestamp with time zone,
    replayable boolean,
    failure_group character varying(100),
    failure_title character varying(500),
    failed_at timestamp with time zone,
    first_failed_at timestamp with time zone,
    replay_count integer,
    last_replayed_at timestamp with time zone,
    archived_at timestamp with time zone
);


--
-- Name: wolverine_incoming_envelopes; Type: TABLE; Schema: secretariat; Owner: -
--

CREATE TABLE secretariat.wolverine_incoming_envelopes (
    id uuid NOT NULL,
    status character varying NOT NULL,
    owner_id integer NOT NULL,
    execution_time timestamp with time zone,
    attempts integer DEFAULT 0,
    body bytea NOT NULL,
    message_type character varying NOT NULL,
    received_at character varying,
    keep_until timestamp with time zone
);


--
-- Name: wolverine_node_assignments; Type: TABLE; Schema: secretariat; Owner: -
--

CREATE TABLE secretariat.wolverine_node_assignments (
    id character varying NOT NULL,
    node_id uuid,
    started timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: wolverine_node_records; Type: TABLE; Schema: secretariat; Owner: -
--

CREATE TABLE secretariat.wolverine_node_records (
    id integer NOT NULL,
    node_number integer NOT NULL,
    event_name character varying NOT NULL,
    "timestamp" timestamp with time zone DEFAULT now() NOT NULL,
    description character varying
);


--
-- Name: wolverine_node_records_id_seq; Type: SEQUENCE; Schema: secretariat; Owner: -
--

CREATE SEQUENCE secretariat.wolverine_node_records_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: wolverine_node_records_id_seq; Type: SEQUENCE OWNED BY; Schema: secretariat; Owner: -
--

ALTER SEQUENCE secretariat.wolverine_node_records_id_seq OWNED BY secretariat.wolverine_node_records.id;


--
-- Name: wolverine_nodes; Type: TABLE; Schema: secretariat; Owner: -
--

CREATE TABLE secretariat.wolverine_nodes (
    id uuid NOT NULL,
    node_number integer NOT NULL,
    description character varying NOT NULL,
    uri character varying NOT NULL,
    started timestamp with time zone DEFAULT now() NOT NULL,
    health_check timestamp with time zone DEFAULT now() NOT NULL,
    version character varying,
    capabilities text[]
);


--
-- Name: wolverine_nodes_node_number_seq; Type: SEQUENCE; Schema: secretariat; Owner: -
--

CREATE SEQUENCE secretariat.wolverine_nodes_node_number_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: wolverine_nodes_node_number_seq; Type: SEQUENCE OWNED BY; Schema: secretariat; Owner: -
--

ALTER SEQUENCE secretariat.wolverine_nodes_node_number_seq OWNED BY secretariat.wolverine_nodes.node_number;


--
-- Name: wolverine_outgoing_envelopes; Type: TABLE; Schema: secretariat; Owner: -
--

CREATE TABLE secretariat.wolverine_outgoing_envelopes (
    id uuid NOT NULL,
    owner_id integer NOT NULL,
    destination character varying NOT NULL,
    deliver_by timestamp with time zone,
    body bytea NOT NULL,
    attempts integer DEFAULT 0,
    message_type character varying NOT NULL
);


--
-- Name: aggregatedcounter id; Type: DEFAULT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.aggregatedcounter ALTER COLUMN id SET DEFAULT nextval('hangfire.aggregatedcounter_id_seq'::regclass);


--
-- Name: counter id; Type: DEFAULT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.counter ALTER COLUMN id SET DEFAULT nextval('hangfire.counter_id_seq'::regclass);


--
-- Name: hash id; Type: DEFAULT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.hash ALTER COLUMN id SET DEFAULT nextval('hangfire.hash_id_seq'::regclass);


--
-- Name: job id; Type: DEFAULT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.job ALTER COLUMN id SET DEFAULT nextval('hangfire.job_id_seq'::regclass);


--
-- Name: jobparameter id; Type: DEFAULT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.jobparameter ALTER COLUMN id SET DEFAULT nextval('hangfire.jobparameter_id_seq'::regclass);


--
-- Name: jobqueue id; Type: DEFAULT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.jobqueue ALTER COLUMN id SET DEFAULT nextval('hangfire.jobqueue_id_seq'::regclass);


--
-- Name: list id; Type: DEFAULT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.list ALTER COLUMN id SET DEFAULT nextval('hangfire.list_id_seq'::regclass);


--
-- Name: set id; Type: DEFAULT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.set ALTER COLUMN id SET DEFAULT nextval('hangfire.set_id_seq'::regclass);


--
-- Name: state id; Type: DEFAULT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.state ALTER COLUMN id SET DEFAULT nextval('hangfire.state_id_seq'::regclass);


--
-- Name: wolverine_node_records id; Type: DEFAULT; Schema: secretariat; Owner: -
--

ALTER TABLE ONLY secretariat.wolverine_node_records ALTER COLUMN id SET DEFAULT nextval('secretariat.wolverine_node_records_id_seq'::regclass);


--
-- Name: wolverine_nodes node_number; Type: DEFAULT; Schema: secretariat; Owner: -
--

ALTER TABLE ONLY secretariat.wolverine_nodes ALTER COLUMN node_number SET DEFAULT nextval('secretariat.wolverine_nodes_node_number_seq'::regclass);


--
-- Data for Name: aggregatedcounter; Type: TABLE DATA; Schema: hangfire; Owner: -
--

COPY hangfire.aggregatedcounter (id, key, value, expireat) FROM stdin;
\.


--
-- Data for Name: counter; Type: TABLE DATA; Schema: hangfire; Owner: -
--

COPY hangfire.counter (id, key, value, expireat) FROM stdin;
\.


--
-- Data for Name: hash; Type: TABLE DATA; Schema: hangfire; Owner: -
--

COPY hangfire.hash (id, key, field, value, expireat, updatecount) FROM stdin;
1	recurring-job:compliance-daily	Queue	default	\N	0
2	recurring-job:compliance-daily	Cron	0 7 * * *	\N	0
3	recurring-job:compliance-daily	TimeZoneId	Asia/Shanghai	\N	0
4	recurring-job:compliance-daily	Job	{"t":"Secretariat.Web.Features.Compliance.ComplianceJob, Secretariat.Web","m":"RunAsync","p":["System.Threading.CancellationToken, mscorlib"],"a":[null]}	\N	0
5	recurring-job:compliance-daily	CreatedAt	1796136686677	\N	0
6	recurring-job:compliance-daily	NextExecution	1796166000000	\N	0
7	recurring-job:compliance-daily	V	2	\N	0
\.


--
-- Data for Name: job; Type: TABLE DATA; Schema: hangfire; Owner: -
--

COPY hangfire.job (id, stateid, statename, invocationdata, arguments, createdat, expireat, updatecount) FROM stdin;
\.


--
-- Data for Name: jobparameter; Type: TABLE DATA; Schema: hangfire; Owner: -
--

COPY hangfire.jobparameter (id, jobid, name, value, updatecount) FROM stdin;
\.


--
-- Data for Name: jobqueue; Type: TABLE DATA; Schema: hangfire; Owner: -
--

COPY hangfire.jobqueue (id, jobid, queue, fetchedat, updatecount) FROM stdin;
\.


--
-- Data for Name: list; Type: TABLE DATA; Schema: hangfire; Owner: -
--

COPY hangfire.list (id, key, value, expireat, updatecount) FROM stdin;
\.


--
-- Data for Name: lock; Type: TABLE DATA; Schema: hangfire; Owner: -
--

COPY hangfire.lock (resource, updatecount, acquired) FROM stdin;
\.


--
-- Data for Name: schema; Type: TABLE DATA; Schema: hangfire; Owner: -
--

COPY hangfire.schema (version) FROM stdin;
23
\.


--
-- Data for Name: server; Type: TABLE DATA; Schema: hangfire; Owner: -
--

COPY hangfire.server (id, data, lastheartbeat, updatecount) FROM stdin;
\.


--
-- Data for Name: set; Type: TABLE DATA; Schema: hangfire; Owner: -
--

COPY hangfire.set (id, key, score, value, expireat, updatecount) FROM stdin;
1	recurring-jobs	1796166000	compliance-daily	\N	0
\.


--
-- Data for Name: state; Type: TABLE DATA; Schema: hangfire; Owner: -
--

COPY hangfire.state (id, jobid, name, reason, createdat, data, updatecount) FROM stdin;
\.


--
-- Data for Name: secretariat_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.secretariat_migrations (file, sha256, applied_at) FROM stdin;
0001_initial.sql	1F13B6A11781D219D7A9A86D543EAA07BEAD2AE8E52FE018C63F7820DE5EE86A	2026-12-01 14:51:19.903592+00
0002_member_adjustments.sql	357F34E27EF55C4AFE17E05E48E113AF39D209C238BE04520631D8C7CF588C9B	2026-12-01 14:51:19.9721+00
0003_adjustment_attachments.sql	56E2C82E99B6ACB38B504F88CC6C5F3B3E1F360B033469DF4549640DD3389588	2026-12-01 14:51:19.980049+00
0004_training.sql	DF3193A5326A3D583D563A34CAE3BA543F920AC6AE6B6FD9155623E0E5235B56	2026-12-01 14:51:19.984466+00
0005_meetings.sql	E9B29A9F1CCDAD6311B7A1D7D604C5C2FA4EE7CDA60EC615BA52D67055D79037	2026-12-01 14:51:19.996705+00
0006_compliance.sql	6D18F20AA2939C8496DA6C1C1997D90F4E6C66C43F52F96C8C74A572810846F1	2026-12-01 14:51:20.012436+00
0007_reports.sql	2553162B9BB5DFBA7DF51DD76DFFDC34363398FDAA14BDBF1F1CF8ED3BE0CD17	2026-12-01 14:51:20.020275+00
0008_sign_in_lockout.sql	0714AC3C147F9AF41C0B631719DDCF6D671C59B06D1B686946EB8F57C785D32B	2026-12-01 14:51:20.024072+00
0009_calendar_feed.sql	9DCA08615F6CC4B362B91195DD0B068F729B2FA438139D0C5545B8798450C567	2026-12-01 14:51:20.027681+00
\.


--
-- Data for Name: mt_doc_adjustmentattachment; Type: TABLE DATA; Schema: secretariat; Owner: -
--

COPY secretariat.mt_doc_adjustmentattachment (id, data, mt_last_modified, mt_version, mt_dotnet_type) FROM stdin;
\.


--
-- Data for Name: mt_doc_bodyroster; Type: TABLE DATA; Schema: secretariat; Owner: -
--

COPY secretariat.mt_doc_bodyroster (id, data, mt_last_modified, mt_dotnet_type, mt_version) FROM stdin;
6a1d0001-0000-4000-8000-000000000001	{"Id": "6a1d0001-0000-4000-8000-000000000001", "Kind": 0, "Name": "铜罐驿镇未成年人保护工作领导小组", "Basis": "铜罐驿府发〔2022〕3号", "Tenures": [{"Id": "766f29b7-c8ba-34c2-95ed-db6a0370e0f8", "From": "2022-01-28", "Role": 0, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": null, "EndBasis": null, "PersonId": "e8885db5-cb5a-33fa-9733-b175b7b09a20", "Position": "党委副书记、镇长", "UnitName": null, "EndReason": null, "PersonName": "叶伟", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "818c0ed0-7df3-3242-8369-e8c0e8653768", "From": "2022-01-28", "Role": 1, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": null, "EndBasis": null, "PersonId": "ed52487d-20fb-3514-98e2-690939196eed", "Position": "宣传委员", "UnitName": null, "EndReason": null, "PersonName": "胡鹏来", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "675e0dde-f6b9-3906-bfa6-9e76db0c5a86", "From": "2022-01-28", "Role": 1, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": null, "EndBasis": null, "PersonId": "a21e24b8-f8c2-3107-be65-dd53c876ae25", "Position": "政法委员、统战委员", "UnitName": null, "EndReason": null, "PersonName": "蔡拔林", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "40151ee7-be91-35ef-a012-1ba67fe2c9a8", "From": "2022-01-28", "Role": 1, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": null, "EndBasis": null, "PersonId": "4cad7117-ed32-37f3-9643-b243803cb472", "Position": "武装部长、副镇长", "UnitName": null, "EndReason": null, "PersonName": "范波", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "8480dfb2-6305-3c40-aa2e-f36f8d378b6b", "From": "2022-01-28", "Role": 1, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": null, "EndBasis": null, "PersonId": "685c8a14-e7a0-32ee-9f2e-459c7f690c87", "Position": "组织委员", "UnitName": null, "EndReason": null, "PersonName": "廖平", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "6e92131b-b8ac-3407-89c9-2d858ab77916", "From": "2022-01-28", "Role": 1, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": null, "EndBasis": null, "PersonId": "6eefe291-f60a-3560-be81-5ff0269afbd2", "Position": "副镇长", "UnitName": null, "EndReason": null, "PersonName": "刘兵", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "95158924-5059-3cc9-93a8-3c9e4f84da42", "From": "2022-01-28", "Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "dbefcf6c-8b24-387c-8757-1afff26ab3fb", "EndBasis": null, "PersonId": "acada4c1-6637-3c26-b728-cff3c686baab", "Position": "党政办负责人", "UnitName": "党政办", "EndReason": null, "PersonName": "孔波", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "d5e1b740-2118-3749-bdce-2b02e7522ed8", "From": "2022-01-28", "Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "8eb850b3-503d-3c8d-8fdc-840e7812d184", "EndBasis": null, "PersonId": "2ba5831c-782a-326b-aa28-ee6da391e465", "Position": "民政和社事办负责人", "UnitName": "民政和社事办", "EndReason": null, "PersonName": "黄荣亮", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "6d551c56-b0fb-34f1-a24f-a51e070fe863", "From": "2022-01-28", "Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "f2ae7908-4583-3b1f-b366-63f9f9375c6f", "EndBasis": null, "PersonId": "0386647b-306d-3170-b28a-4d0d08023335", "Position": "平安办负责人", "UnitName": "平安办", "EndReason": null, "PersonName": "刘亚东", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "6b03bc1d-3123-3591-a874-9596351276c1", "From": "2022-01-28", "Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "929ee3fb-23e7-38eb-b191-5dfc840bfed7", "EndBasis": null, "PersonId": "7dd5695e-21c3-3d8b-a41c-c96a9d0704b1", "Position": "财政办负责人", "UnitName": "财政办", "EndReason": null, "PersonName": "刘宗建", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "7957af5a-37c0-3d47-a790-ed1e45f044c8", "From": "2022-01-28", "Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "be8d4b53-b9c2-328a-8921-1fae0711b9ea", "EndBasis": null, "PersonId": "b9718f05-535e-3587-ac9b-05b2a6dc9e54", "Position": "城管大队队长", "UnitName": "城管大队", "EndReason": null, "PersonName": "黎树", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "001ec861-35d0-3f50-ab4d-7259a89fabb0", "From": "2022-01-28", "Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "c21089fe-9c7b-3fa3-a0e5-bba87a7db75d", "EndBasis": null, "PersonId": "df491359-13cd-32b8-abc9-b72d3a544ac3", "Position": "文服中心负责人", "UnitName": "文服中心", "EndReason": null, "PersonName": "李雪梅", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "aedfd7cd-0198-30fd-b06c-a73c3b66aa27", "From": "2022-01-28", "Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "b58ad151-7f31-3320-8c28-1aa6fdc6a52d", "EndBasis": null, "PersonId": "f4f326ea-4555-33e8-bae4-b6037dbcb361", "Position": "劳动就业与社保所负责人、妇联负责人", "UnitName": "劳动就业与社保所", "EndReason": null, "PersonName": "邓娟", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "4b1d3a7d-c543-324a-8a10-746d0bb22da5", "From": "2022-01-28", "Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "9a1c2af6-7385-37ec-bccf-f614f4e280cd", "EndBasis": null, "PersonId": "cd721722-845d-33d2-9138-01470958dce7", "Position": "团委负责人", "UnitName": "团委", "EndReason": null, "PersonName": "钱洪伟", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "537cdbf4-b51f-3f50-a290-25a359c6522b", "From": "2022-01-28", "Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "85c24f42-b075-322f-b5f8-5fc0d488caa3", "EndBasis": null, "PersonId": "c562e3fb-e023-3c2b-b2e1-1b055057c72e", "Position": "镇中心卫生院副院长", "UnitName": "镇中心卫生院", "EndReason": null, "PersonName": "徐晖", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "39b8c365-be6c-34ae-a38e-3a8ce92598e9", "From": "2022-01-28", "Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "a0df044d-8d34-3c8f-842a-542c208fcbb2", "EndBasis": null, "PersonId": "5e856abd-bb76-36bc-ac98-841a1e255077", "Position": "实验学校校长", "UnitName": "实验学校", "EndReason": null, "PersonName": "牟俊英", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "18c7eca4-cabe-3ee4-af2d-74139815268b", "From": "2022-01-28", "Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "5c899bd6-687a-31d6-9e7c-90eaa4a54348", "EndBasis": null, "PersonId": "1b058d2d-4d13-31c6-8264-7875df53c0cf", "Position": "派出所所长", "UnitName": "派出所", "EndReason": null, "PersonName": "涂安银", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "9dd3ce1f-96dd-3e06-af2a-df3727bb502e", "From": "2022-01-28", "Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "5fea89d2-2ab9-35b5-b8c3-9c5c75f9a14b", "EndBasis": null, "PersonId": "5030e384-c2e8-371d-85bc-a15b33fd0603", "Position": "市场监管所所长", "UnitName": "市场监管所", "EndReason": null, "PersonName": "向明", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "aabf0f1b-c37a-3956-825a-5b5d0ddffa56", "From": "2022-01-28", "Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "394a1f01-671b-3148-b20c-63dfde3780b3", "EndBasis": null, "PersonId": "1c42505b-22bd-3edf-b011-e706b3193fb0", "Position": "双骑龙村负责人", "UnitName": "双骑龙村", "EndReason": null, "PersonName": "陈襄", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "b3df89d6-a1bd-305f-82f2-613f716b7c60", "From": "2022-01-28", "Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "15b095c3-cda6-300a-a443-2434bbc49b16", "EndBasis": null, "PersonId": "b6fc3ed0-b44f-33b0-bc6d-eb43aa21909b", "Position": "建设村负责人", "UnitName": "建设村", "EndReason": null, "PersonName": "刘建容", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "6f5f5417-4c8c-35eb-b949-2fb704d59c54", "From": "2022-01-28", "Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "0dbe35d0-de51-3c88-aba2-7cf0f5e031d3", "EndBasis": null, "PersonId": "58549485-9af6-33b5-bdc1-f27a90633cc3", "Position": "观音桥村负责人", "UnitName": "观音桥村", "EndReason": null, "PersonName": "刘郭胜", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "a165c8af-f760-3d46-ad0f-e593ee1c0d1e", "From": "2022-01-28", "Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "1276be36-af75-32f9-acfb-c09d33dce90e", "EndBasis": null, "PersonId": "301ec0bb-2a18-397c-be13-abe23bc1ee68", "Position": "英雄湾村负责人", "UnitName": "英雄湾村", "EndReason": null, "PersonName": "王速明", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "de68c780-3a24-3bae-a396-c710287ab661", "From": "2022-01-28", "Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "df8ae901-6534-3e77-9579-ecba80889e7c", "EndBasis": null, "PersonId": "aadd9fe5-ceb2-3b6a-9f7c-90a78ff6c8b4", "Position": "新合村负责人", "UnitName": "新合村", "EndReason": null, "PersonName": "李小琴", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "5234b789-ef3b-320c-aa19-9b24019adb01", "From": "2022-01-28", "Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "3fc23265-1080-3799-85a0-27bc1761cc3c", "EndBasis": null, "PersonId": "5136663e-0946-36c1-b72e-997e4283e6f5", "Position": "大碑村负责人", "UnitName": "大碑村", "EndReason": null, "PersonName": "杨伟", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "9d6a4da9-7e74-3bef-9088-f7a98bf2a60d", "From": "2022-01-28", "Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "7d2fb6f3-1416-3243-8bcf-1ad31cd84f6e", "EndBasis": null, "PersonId": "b367c7fe-c5ee-35c0-b16d-a16a4190d061", "Position": "黄金堡村负责人", "UnitName": "黄金堡村", "EndReason": null, "PersonName": "刘冬梅", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "aeb4c102-b766-387b-86f7-2fd43ae5151d", "From": "2022-01-28", "Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "b423c0b4-170a-31d1-baa6-6e7cc52d2672", "EndBasis": null, "PersonId": "c5e1b739-f031-38c4-b437-ef31be338bfd", "Position": "冬笋坝社区负责人", "UnitName": "冬笋坝社区", "EndReason": null, "PersonName": "刘长玲", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "19855a0d-3774-3328-ad5e-7948f0cf20c0", "From": "2022-01-28", "Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "1dc6da54-c3c1-3891-8d65-2a4320c9c762", "EndBasis": null, "PersonId": "87a44b97-fe08-3bf9-a7e6-e77655fd5546", "Position": "铜罐社区负责人", "UnitName": "铜罐社区", "EndReason": null, "PersonName": "赵文君", "EndedByAdjustment": null, "AppointedByAdjustment": null}], "EstablishedOn": "2022-01-28"}	2026-12-01 14:51:25.475296+00	Secretariat.Web.Features.Roster.BodyRoster	28
6a1d0001-0000-4000-8000-000000000002	{"Id": "6a1d0001-0000-4000-8000-000000000002", "Kind": 1, "Name": "铜罐驿镇未成年人保护工作领导小组办公室", "Basis": "铜罐驿府发〔2022〕3号", "Tenures": [{"Id": "249e1a11-9d76-3b7d-be87-840c9128e41a", "From": "2022-01-28", "Role": 3, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": null, "EndBasis": null, "PersonId": "6eefe291-f60a-3560-be81-5ff0269afbd2", "Position": "副镇长（兼任）", "UnitName": null, "EndReason": null, "PersonName": "刘兵", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "82ba7586-c3ec-3355-980f-230751800f2d", "From": "2022-01-28", "Role": 4, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "8eb850b3-503d-3c8d-8fdc-840e7812d184", "EndBasis": null, "PersonId": "2ba5831c-782a-326b-aa28-ee6da391e465", "Position": "民政和社事办负责人（兼任）", "UnitName": "民政和社事办", "EndReason": null, "PersonName": "黄荣亮", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "7a0a076a-b4b3-3239-83a3-56955ed74887", "From": "2022-01-28", "Role": 5, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "8eb850b3-503d-3c8d-8fdc-840e7812d184", "EndBasis": null, "PersonId": "58bc23fc-3585-3272-aec0-8c7a48a3baed", "Position": "负责日常工作及资料收集", "UnitName": "民政和社事办", "EndReason": null, "PersonName": "赵旦月", "EndedByAdjustment": null, "AppointedByAdjustment": null}], "EstablishedOn": "2022-01-28"}	2026-12-01 14:51:25.475296+00	Secretariat.Web.Features.Roster.BodyRoster	4
6a1d0001-0000-4000-8000-000000000003	{"Id": "6a1d0001-0000-4000-8000-000000000003", "Kind": 2, "Name": "铜罐驿镇未成年人保护工作站", "Basis": "铜罐驿府发〔2022〕3号", "Tenures": [{"Id": "1ce68a2b-6240-3e62-a01a-150db25a4a06", "From": "2022-01-28", "Role": 6, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": null, "EndBasis": null, "PersonId": "6eefe291-f60a-3560-be81-5ff0269afbd2", "Position": "副镇长", "UnitName": null, "EndReason": null, "PersonName": "刘兵", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "e7dd2a47-e8cb-3cb1-b35b-673335ef30b7", "From": "2022-01-28", "Role": 7, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "5c899bd6-687a-31d6-9e7c-90eaa4a54348", "EndBasis": null, "PersonId": "1b058d2d-4d13-31c6-8264-7875df53c0cf", "Position": "派出所所长", "UnitName": "派出所", "EndReason": null, "PersonName": "涂安银", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "cdf3aa17-a446-3fda-bc85-cfbdd569c939", "From": "2022-01-28", "Role": 8, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "8eb850b3-503d-3c8d-8fdc-840e7812d184", "EndBasis": null, "PersonId": "2ba5831c-782a-326b-aa28-ee6da391e465", "Position": "民政和社事办负责人", "UnitName": "民政和社事办", "EndReason": null, "PersonName": "黄荣亮", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "f5a3966a-1eca-384f-bfa7-2066ca49b1ff", "From": "2022-01-28", "Role": 8, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "b58ad151-7f31-3320-8c28-1aa6fdc6a52d", "EndBasis": null, "PersonId": "f4f326ea-4555-33e8-bae4-b6037dbcb361", "Position": "劳动就业与社保所负责人、妇联负责人", "UnitName": "劳动就业与社保所", "EndReason": null, "PersonName": "邓娟", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "095e3693-fa07-3f46-939a-28f90b5c44e7", "From": "2022-01-28", "Role": 8, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "f2ae7908-4583-3b1f-b366-63f9f9375c6f", "EndBasis": null, "PersonId": "0386647b-306d-3170-b28a-4d0d08023335", "Position": "平安办负责人", "UnitName": "平安办", "EndReason": null, "PersonName": "刘亚东", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "b8303bf7-0424-328a-88f2-d5b1e2161fb4", "From": "2022-01-28", "Role": 8, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "9a1c2af6-7385-37ec-bccf-f614f4e280cd", "EndBasis": null, "PersonId": "cd721722-845d-33d2-9138-01470958dce7", "Position": "团委负责人", "UnitName": "团委", "EndReason": null, "PersonName": "钱洪伟", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "c65a2248-b9d9-3099-bb0b-6a65531346b0", "From": "2022-01-28", "Role": 8, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "85c24f42-b075-322f-b5f8-5fc0d488caa3", "EndBasis": null, "PersonId": "c562e3fb-e023-3c2b-b2e1-1b055057c72e", "Position": "镇中心卫生院副院长", "UnitName": "镇中心卫生院", "EndReason": null, "PersonName": "徐晖", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "090bb894-fc40-3f41-a0e9-20c095e9d565", "From": "2022-01-28", "Role": 8, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "a0df044d-8d34-3c8f-842a-542c208fcbb2", "EndBasis": null, "PersonId": "5e856abd-bb76-36bc-ac98-841a1e255077", "Position": "实验学校校长", "UnitName": "实验学校", "EndReason": null, "PersonName": "牟俊英", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "a6eaccd9-5a92-3faf-8a89-67d30a32f83f", "From": "2022-01-28", "Role": 8, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "5fea89d2-2ab9-35b5-b8c3-9c5c75f9a14b", "EndBasis": null, "PersonId": "5030e384-c2e8-371d-85bc-a15b33fd0603", "Position": "市场监管所所长", "UnitName": "市场监管所", "EndReason": null, "PersonName": "向明", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "fd32b86a-41f0-3b2c-8f8b-c176beb00d23", "From": "2022-01-28", "Role": 9, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "8eb850b3-503d-3c8d-8fdc-840e7812d184", "EndBasis": null, "PersonId": "58bc23fc-3585-3272-aec0-8c7a48a3baed", "Position": "儿童督导员、残联工作负责人", "UnitName": "民政和社事办", "EndReason": null, "PersonName": "赵旦月", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "21f9b554-093e-3ed4-af9a-58633c793807", "From": "2022-01-28", "Role": 8, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "c469c6ae-b74e-3dd8-8de2-5a2285fc9ffd", "EndBasis": null, "PersonId": "67a1db80-6fb5-3b07-a995-53c53d3dbcf6", "Position": "齐心社会工作服务中心负责人", "UnitName": "齐心社会工作服务中心", "EndReason": null, "PersonName": "陈宏", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "6f26c14f-882b-3bfc-b917-56fd60cc27e6", "From": "2022-01-28", "Role": 10, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "394a1f01-671b-3148-b20c-63dfde3780b3", "EndBasis": null, "PersonId": "dc1afc72-5c4a-3132-b9a4-67a7a8d90492", "Position": "双骑龙村儿童主任", "UnitName": "双骑龙村", "EndReason": null, "PersonName": "邹利", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "f1305865-91ed-3bac-adb7-8b318b09b0f1", "From": "2022-01-28", "Role": 10, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "15b095c3-cda6-300a-a443-2434bbc49b16", "EndBasis": null, "PersonId": "fbda54eb-4dc6-38d2-ae64-e3f2cad4ff8f", "Position": "建设村儿童主任", "UnitName": "建设村", "EndReason": null, "PersonName": "朱美桦", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "b2d37c1d-1b83-3918-9972-c3c5b1e87946", "From": "2022-01-28", "Role": 10, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "0dbe35d0-de51-3c88-aba2-7cf0f5e031d3", "EndBasis": null, "PersonId": "9eca5c24-6a6f-3858-a07f-f57ff5792002", "Position": "观音桥村儿童主任", "UnitName": "观音桥村", "EndReason": null, "PersonName": "李丽妮", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "46769727-d902-3799-bf5a-c8487740d39b", "From": "2022-01-28", "Role": 10, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "1276be36-af75-32f9-acfb-c09d33dce90e", "EndBasis": null, "PersonId": "51073bdc-0fd9-355b-aff5-e4eebce98b63", "Position": "英雄湾村儿童主任", "UnitName": "英雄湾村", "EndReason": null, "PersonName": "罗翠", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "ed7efb66-c9f5-3339-8213-013f22a96b7b", "From": "2022-01-28", "Role": 10, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "df8ae901-6534-3e77-9579-ecba80889e7c", "EndBasis": null, "PersonId": "04e72d6c-ffe7-3847-8677-26f0e2d07426", "Position": "新合村儿童主任", "UnitName": "新合村", "EndReason": null, "PersonName": "牟芸瑶", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "66b2202f-9cb0-326b-bac3-02e9b3a8f99e", "From": "2022-01-28", "Role": 10, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "3fc23265-1080-3799-85a0-27bc1761cc3c", "EndBasis": null, "PersonId": "515d85a4-48af-30a9-a906-a3637ab9a8d9", "Position": "大碑村儿童主任", "UnitName": "大碑村", "EndReason": null, "PersonName": "刘德英", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "2b000912-4607-3ae4-9a20-d3bf6c777098", "From": "2022-01-28", "Role": 10, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "7d2fb6f3-1416-3243-8bcf-1ad31cd84f6e", "EndBasis": null, "PersonId": "1f31cf82-2741-3794-9237-ee9786088ca7", "Position": "黄金堡村儿童主任", "UnitName": "黄金堡村", "EndReason": null, "PersonName": "何捷", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "08caf678-0337-325f-8b6a-7b79d0ed2edd", "From": "2022-01-28", "Role": 10, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "b423c0b4-170a-31d1-baa6-6e7cc52d2672", "EndBasis": null, "PersonId": "79703632-7a7b-3d9f-9d9b-5e99d930b7fb", "Position": "冬笋坝社区儿童主任", "UnitName": "冬笋坝社区", "EndReason": null, "PersonName": "黄俊人", "EndedByAdjustment": null, "AppointedByAdjustment": null}, {"Id": "d91c1d76-2c53-3a51-8361-edc62690d134", "From": "2022-01-28", "Role": 10, "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "UnitId": "1dc6da54-c3c1-3891-8d65-2a4320c9c762", "EndBasis": null, "PersonId": "45c3d03b-022c-30d7-93de-85360f812755", "Position": "铜罐社区儿童主任", "UnitName": "铜罐社区", "EndReason": null, "PersonName": "赵筱晗", "EndedByAdjustment": null, "AppointedByAdjustment": null}], "EstablishedOn": "2022-01-28"}	2026-12-01 14:51:25.475296+00	Secretariat.Web.Features.Roster.BodyRoster	21
\.


--
-- Data for Name: mt_doc_calendarfeedtoken; Type: TABLE DATA; Schema: secretariat; Owner: -
--

COPY secretariat.mt_doc_calendarfeedtoken (id, data, mt_last_modified, mt_version, mt_dotnet_type) FROM stdin;
\.


--
-- Data for Name: mt_doc_childworker; Type: TABLE DATA; Schema: secretariat; Owner: -
--

COPY secretariat.mt_doc_childworker (id, data, mt_last_modified, mt_dotnet_type, mt_version, serves_from, serves_until) FROM stdin;
58bc23fc-3585-3272-aec0-8c7a48a3baed	{"Id": "58bc23fc-3585-3272-aec0-8c7a48a3baed", "Name": "赵旦月", "UnitIds": ["8eb850b3-503d-3c8d-8fdc-840e7812d184"], "Attended": [], "ServesFrom": "2022-01-28", "QualifiedOn": null, "ServesUntil": null, "Appointments": [{"Id": "fd32b86a-41f0-3b2c-8f8b-c176beb00d23", "Duty": 1, "From": "2022-01-28", "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "Postings": [{"From": "2022-01-28", "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "8eb850b3-503d-3c8d-8fdc-840e7812d184", "UnitName": "民政和社事办"}], "EndReason": null}], "ProfileRecorded": false, "QualificationLevel": null, "IsFemaleCommitteeMember": false, "IsWomensFederationChair": false}	2026-12-01 14:51:25.854701+00	Secretariat.Web.Features.Training.ChildWorker	1	2022-01-28	\N
dc1afc72-5c4a-3132-b9a4-67a7a8d90492	{"Id": "dc1afc72-5c4a-3132-b9a4-67a7a8d90492", "Name": "邹利", "UnitIds": ["394a1f01-671b-3148-b20c-63dfde3780b3"], "Attended": [], "ServesFrom": "2022-01-28", "QualifiedOn": null, "ServesUntil": null, "Appointments": [{"Id": "6f26c14f-882b-3bfc-b917-56fd60cc27e6", "Duty": 0, "From": "2022-01-28", "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "Postings": [{"From": "2022-01-28", "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "394a1f01-671b-3148-b20c-63dfde3780b3", "UnitName": "双骑龙村"}], "EndReason": null}], "ProfileRecorded": false, "QualificationLevel": null, "IsFemaleCommitteeMember": false, "IsWomensFederationChair": false}	2026-12-01 14:51:25.854701+00	Secretariat.Web.Features.Training.ChildWorker	1	2022-01-28	\N
fbda54eb-4dc6-38d2-ae64-e3f2cad4ff8f	{"Id": "fbda54eb-4dc6-38d2-ae64-e3f2cad4ff8f", "Name": "朱美桦", "UnitIds": ["15b095c3-cda6-300a-a443-2434bbc49b16"], "Attended": [], "ServesFrom": "2022-01-28", "QualifiedOn": null, "ServesUntil": null, "Appointments": [{"Id": "f1305865-91ed-3bac-adb7-8b318b09b0f1", "Duty": 0, "From": "2022-01-28", "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "Postings": [{"From": "2022-01-28", "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "15b095c3-cda6-300a-a443-2434bbc49b16", "UnitName": "建设村"}], "EndReason": null}], "ProfileRecorded": false, "QualificationLevel": null, "IsFemaleCommitteeMember": false, "IsWomensFederationChair": false}	2026-12-01 14:51:25.854701+00	Secretariat.Web.Features.Training.ChildWorker	1	2022-01-28	\N
9eca5c24-6a6f-3858-a07f-f57ff5792002	{"Id": "9eca5c24-6a6f-3858-a07f-f57ff5792002", "Name": "李丽妮", "UnitIds": ["0dbe35d0-de51-3c88-aba2-7cf0f5e031d3"], "Attended": [], "ServesFrom": "2022-01-28", "QualifiedOn": null, "ServesUntil": null, "Appointments": [{"Id": "b2d37c1d-1b83-3918-9972-c3c5b1e87946", "Duty": 0, "From": "2022-01-28", "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "Postings": [{"From": "2022-01-28", "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "0dbe35d0-de51-3c88-aba2-7cf0f5e031d3", "UnitName": "观音桥村"}], "EndReason": null}], "ProfileRecorded": false, "QualificationLevel": null, "IsFemaleCommitteeMember": false, "IsWomensFederationChair": false}	2026-12-01 14:51:25.854701+00	Secretariat.Web.Features.Training.ChildWorker	1	2022-01-28	\N
51073bdc-0fd9-355b-aff5-e4eebce98b63	{"Id": "51073bdc-0fd9-355b-aff5-e4eebce98b63", "Name": "罗翠", "UnitIds": ["1276be36-af75-32f9-acfb-c09d33dce90e"], "Attended": [], "ServesFrom": "2022-01-28", "QualifiedOn": null, "ServesUntil": null, "Appointments": [{"Id": "46769727-d902-3799-bf5a-c8487740d39b", "Duty": 0, "From": "2022-01-28", "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "Postings": [{"From": "2022-01-28", "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "1276be36-af75-32f9-acfb-c09d33dce90e", "UnitName": "英雄湾村"}], "EndReason": null}], "ProfileRecorded": false, "QualificationLevel": null, "IsFemaleCommitteeMember": false, "IsWomensFederationChair": false}	2026-12-01 14:51:25.854701+00	Secretariat.Web.Features.Training.ChildWorker	1	2022-01-28	\N
04e72d6c-ffe7-3847-8677-26f0e2d07426	{"Id": "04e72d6c-ffe7-3847-8677-26f0e2d07426", "Name": "牟芸瑶", "UnitIds": ["df8ae901-6534-3e77-9579-ecba80889e7c"], "Attended": [], "ServesFrom": "2022-01-28", "QualifiedOn": null, "ServesUntil": null, "Appointments": [{"Id": "ed7efb66-c9f5-3339-8213-013f22a96b7b", "Duty": 0, "From": "2022-01-28", "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "Postings": [{"From": "2022-01-28", "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "df8ae901-6534-3e77-9579-ecba80889e7c", "UnitName": "新合村"}], "EndReason": null}], "ProfileRecorded": false, "QualificationLevel": null, "IsFemaleCommitteeMember": false, "IsWomensFederationChair": false}	2026-12-01 14:51:25.854701+00	Secretariat.Web.Features.Training.ChildWorker	1	2022-01-28	\N
515d85a4-48af-30a9-a906-a3637ab9a8d9	{"Id": "515d85a4-48af-30a9-a906-a3637ab9a8d9", "Name": "刘德英", "UnitIds": ["3fc23265-1080-3799-85a0-27bc1761cc3c"], "Attended": [], "ServesFrom": "2022-01-28", "QualifiedOn": null, "ServesUntil": null, "Appointments": [{"Id": "66b2202f-9cb0-326b-bac3-02e9b3a8f99e", "Duty": 0, "From": "2022-01-28", "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "Postings": [{"From": "2022-01-28", "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "3fc23265-1080-3799-85a0-27bc1761cc3c", "UnitName": "大碑村"}], "EndReason": null}], "ProfileRecorded": false, "QualificationLevel": null, "IsFemaleCommitteeMember": false, "IsWomensFederationChair": false}	2026-12-01 14:51:25.854701+00	Secretariat.Web.Features.Training.ChildWorker	1	2022-01-28	\N
1f31cf82-2741-3794-9237-ee9786088ca7	{"Id": "1f31cf82-2741-3794-9237-ee9786088ca7", "Name": "何捷", "UnitIds": ["7d2fb6f3-1416-3243-8bcf-1ad31cd84f6e"], "Attended": [], "ServesFrom": "2022-01-28", "QualifiedOn": null, "ServesUntil": null, "Appointments": [{"Id": "2b000912-4607-3ae4-9a20-d3bf6c777098", "Duty": 0, "From": "2022-01-28", "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "Postings": [{"From": "2022-01-28", "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "7d2fb6f3-1416-3243-8bcf-1ad31cd84f6e", "UnitName": "黄金堡村"}], "EndReason": null}], "ProfileRecorded": false, "QualificationLevel": null, "IsFemaleCommitteeMember": false, "IsWomensFederationChair": false}	2026-12-01 14:51:25.854701+00	Secretariat.Web.Features.Training.ChildWorker	1	2022-01-28	\N
79703632-7a7b-3d9f-9d9b-5e99d930b7fb	{"Id": "79703632-7a7b-3d9f-9d9b-5e99d930b7fb", "Name": "黄俊人", "UnitIds": ["b423c0b4-170a-31d1-baa6-6e7cc52d2672"], "Attended": [], "ServesFrom": "2022-01-28", "QualifiedOn": null, "ServesUntil": null, "Appointments": [{"Id": "08caf678-0337-325f-8b6a-7b79d0ed2edd", "Duty": 0, "From": "2022-01-28", "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "Postings": [{"From": "2022-01-28", "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "b423c0b4-170a-31d1-baa6-6e7cc52d2672", "UnitName": "冬笋坝社区"}], "EndReason": null}], "ProfileRecorded": false, "QualificationLevel": null, "IsFemaleCommitteeMember": false, "IsWomensFederationChair": false}	2026-12-01 14:51:25.854701+00	Secretariat.Web.Features.Training.ChildWorker	1	2022-01-28	\N
45c3d03b-022c-30d7-93de-85360f812755	{"Id": "45c3d03b-022c-30d7-93de-85360f812755", "Name": "赵筱晗", "UnitIds": ["1dc6da54-c3c1-3891-8d65-2a4320c9c762"], "Attended": [], "ServesFrom": "2022-01-28", "QualifiedOn": null, "ServesUntil": null, "Appointments": [{"Id": "d91c1d76-2c53-3a51-8361-edc62690d134", "Duty": 0, "From": "2022-01-28", "Basis": "铜罐驿府发〔2022〕3号", "Until": null, "Postings": [{"From": "2022-01-28", "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "1dc6da54-c3c1-3891-8d65-2a4320c9c762", "UnitName": "铜罐社区"}], "EndReason": null}], "ProfileRecorded": false, "QualificationLevel": null, "IsFemaleCommitteeMember": false, "IsWomensFederationChair": false}	2026-12-01 14:51:25.854701+00	Secretariat.Web.Features.Training.ChildWorker	1	2022-01-28	\N
\.


--
-- Data for Name: mt_doc_compliancealert; Type: TABLE DATA; Schema: secretariat; Owner: -
--

COPY secretariat.mt_doc_compliancealert (id, data, mt_last_modified, mt_dotnet_type, mt_version, is_open, rank, rule) FROM stdin;
477a4cee-2aa9-3438-8b05-7a3458cb5f1d	{"Id": "477a4cee-2aa9-3438-8b05-7a3458cb5f1d", "Key": "R6-onboarding:08caf678-0337-325f-8b6a-7b79d0ed2edd", "Link": "/training/people/79703632-7a7b-3d9f-9d9b-5e99d930b7fb", "Rank": 5, "Rule": "R6-onboarding", "DueOn": "2022-04-28", "IsOpen": true, "Period": "2022-01-28 任职", "History": [{"By": null, "On": "2026-12-01", "Note": "入职培训应于 2022-04-28 前完成（任职后三个月内），已逾期未完成", "What": "提出（违规）"}], "Subject": "黄俊人（儿童主任）", "UnitIds": ["b423c0b4-170a-31d1-baa6-6e7cc52d2672"], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 5, "ResolvedOn": null, "Explanation": "入职培训应于 2022-04-28 前完成（任职后三个月内），已逾期未完成", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": null, "SeverityText": "违规"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	5	R6-onboarding
2719b38f-c954-3f68-9cc4-18783e83fb79	{"Id": "2719b38f-c954-3f68-9cc4-18783e83fb79", "Key": "R6-onboarding:2b000912-4607-3ae4-9a20-d3bf6c777098", "Link": "/training/people/1f31cf82-2741-3794-9237-ee9786088ca7", "Rank": 5, "Rule": "R6-onboarding", "DueOn": "2022-04-28", "IsOpen": true, "Period": "2022-01-28 任职", "History": [{"By": null, "On": "2026-12-01", "Note": "入职培训应于 2022-04-28 前完成（任职后三个月内），已逾期未完成", "What": "提出（违规）"}], "Subject": "何捷（儿童主任）", "UnitIds": ["7d2fb6f3-1416-3243-8bcf-1ad31cd84f6e"], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 5, "ResolvedOn": null, "Explanation": "入职培训应于 2022-04-28 前完成（任职后三个月内），已逾期未完成", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": null, "SeverityText": "违规"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	5	R6-onboarding
279bcec2-612e-34b1-96fb-41a4eaa5a138	{"Id": "279bcec2-612e-34b1-96fb-41a4eaa5a138", "Key": "R6-onboarding:46769727-d902-3799-bf5a-c8487740d39b", "Link": "/training/people/51073bdc-0fd9-355b-aff5-e4eebce98b63", "Rank": 5, "Rule": "R6-onboarding", "DueOn": "2022-04-28", "IsOpen": true, "Period": "2022-01-28 任职", "History": [{"By": null, "On": "2026-12-01", "Note": "入职培训应于 2022-04-28 前完成（任职后三个月内），已逾期未完成", "What": "提出（违规）"}], "Subject": "罗翠（儿童主任）", "UnitIds": ["1276be36-af75-32f9-acfb-c09d33dce90e"], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 5, "ResolvedOn": null, "Explanation": "入职培训应于 2022-04-28 前完成（任职后三个月内），已逾期未完成", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": null, "SeverityText": "违规"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	5	R6-onboarding
aeb09bac-554a-3ae7-8ebb-462a845a0b00	{"Id": "aeb09bac-554a-3ae7-8ebb-462a845a0b00", "Key": "R6-onboarding:66b2202f-9cb0-326b-bac3-02e9b3a8f99e", "Link": "/training/people/515d85a4-48af-30a9-a906-a3637ab9a8d9", "Rank": 5, "Rule": "R6-onboarding", "DueOn": "2022-04-28", "IsOpen": true, "Period": "2022-01-28 任职", "History": [{"By": null, "On": "2026-12-01", "Note": "入职培训应于 2022-04-28 前完成（任职后三个月内），已逾期未完成", "What": "提出（违规）"}], "Subject": "刘德英（儿童主任）", "UnitIds": ["3fc23265-1080-3799-85a0-27bc1761cc3c"], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 5, "ResolvedOn": null, "Explanation": "入职培训应于 2022-04-28 前完成（任职后三个月内），已逾期未完成", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": null, "SeverityText": "违规"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	5	R6-onboarding
53d627db-dc9f-3802-89cd-24fea8a53044	{"Id": "53d627db-dc9f-3802-89cd-24fea8a53044", "Key": "R6-onboarding:6f26c14f-882b-3bfc-b917-56fd60cc27e6", "Link": "/training/people/dc1afc72-5c4a-3132-b9a4-67a7a8d90492", "Rank": 5, "Rule": "R6-onboarding", "DueOn": "2022-04-28", "IsOpen": true, "Period": "2022-01-28 任职", "History": [{"By": null, "On": "2026-12-01", "Note": "入职培训应于 2022-04-28 前完成（任职后三个月内），已逾期未完成", "What": "提出（违规）"}], "Subject": "邹利（儿童主任）", "UnitIds": ["394a1f01-671b-3148-b20c-63dfde3780b3"], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 5, "ResolvedOn": null, "Explanation": "入职培训应于 2022-04-28 前完成（任职后三个月内），已逾期未完成", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": null, "SeverityText": "违规"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	5	R6-onboarding
64695dea-9a5c-3dc7-99ba-43b878074217	{"Id": "64695dea-9a5c-3dc7-99ba-43b878074217", "Key": "R6-onboarding:b2d37c1d-1b83-3918-9972-c3c5b1e87946", "Link": "/training/people/9eca5c24-6a6f-3858-a07f-f57ff5792002", "Rank": 5, "Rule": "R6-onboarding", "DueOn": "2022-04-28", "IsOpen": true, "Period": "2022-01-28 任职", "History": [{"By": null, "On": "2026-12-01", "Note": "入职培训应于 2022-04-28 前完成（任职后三个月内），已逾期未完成", "What": "提出（违规）"}], "Subject": "李丽妮（儿童主任）", "UnitIds": ["0dbe35d0-de51-3c88-aba2-7cf0f5e031d3"], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 5, "ResolvedOn": null, "Explanation": "入职培训应于 2022-04-28 前完成（任职后三个月内），已逾期未完成", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": null, "SeverityText": "违规"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	5	R6-onboarding
3cef5792-3ad1-369d-a260-db8d23138764	{"Id": "3cef5792-3ad1-369d-a260-db8d23138764", "Key": "R6-onboarding:d91c1d76-2c53-3a51-8361-edc62690d134", "Link": "/training/people/45c3d03b-022c-30d7-93de-85360f812755", "Rank": 5, "Rule": "R6-onboarding", "DueOn": "2022-04-28", "IsOpen": true, "Period": "2022-01-28 任职", "History": [{"By": null, "On": "2026-12-01", "Note": "入职培训应于 2022-04-28 前完成（任职后三个月内），已逾期未完成", "What": "提出（违规）"}], "Subject": "赵筱晗（儿童主任）", "UnitIds": ["1dc6da54-c3c1-3891-8d65-2a4320c9c762"], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 5, "ResolvedOn": null, "Explanation": "入职培训应于 2022-04-28 前完成（任职后三个月内），已逾期未完成", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": null, "SeverityText": "违规"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	5	R6-onboarding
f5481891-d39a-3d4a-a3f4-17d0178e4ad1	{"Id": "f5481891-d39a-3d4a-a3f4-17d0178e4ad1", "Key": "R6-onboarding:ed7efb66-c9f5-3339-8213-013f22a96b7b", "Link": "/training/people/04e72d6c-ffe7-3847-8677-26f0e2d07426", "Rank": 5, "Rule": "R6-onboarding", "DueOn": "2022-04-28", "IsOpen": true, "Period": "2022-01-28 任职", "History": [{"By": null, "On": "2026-12-01", "Note": "入职培训应于 2022-04-28 前完成（任职后三个月内），已逾期未完成", "What": "提出（违规）"}], "Subject": "牟芸瑶（儿童主任）", "UnitIds": ["df8ae901-6534-3e77-9579-ecba80889e7c"], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 5, "ResolvedOn": null, "Explanation": "入职培训应于 2022-04-28 前完成（任职后三个月内），已逾期未完成", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": null, "SeverityText": "违规"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	5	R6-onboarding
fbd62fef-ea69-3907-bbd7-b68fc8187cd6	{"Id": "fbd62fef-ea69-3907-bbd7-b68fc8187cd6", "Key": "R6-onboarding:f1305865-91ed-3bac-adb7-8b318b09b0f1", "Link": "/training/people/fbda54eb-4dc6-38d2-ae64-e3f2cad4ff8f", "Rank": 5, "Rule": "R6-onboarding", "DueOn": "2022-04-28", "IsOpen": true, "Period": "2022-01-28 任职", "History": [{"By": null, "On": "2026-12-01", "Note": "入职培训应于 2022-04-28 前完成（任职后三个月内），已逾期未完成", "What": "提出（违规）"}], "Subject": "朱美桦（儿童主任）", "UnitIds": ["15b095c3-cda6-300a-a443-2434bbc49b16"], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 5, "ResolvedOn": null, "Explanation": "入职培训应于 2022-04-28 前完成（任职后三个月内），已逾期未完成", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": null, "SeverityText": "违规"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	5	R6-onboarding
9bfbbad8-cf81-3580-a4d2-8b880635ad87	{"Id": "9bfbbad8-cf81-3580-a4d2-8b880635ad87", "Key": "R6-onboarding:fd32b86a-41f0-3b2c-8f8b-c176beb00d23", "Link": "/training/people/58bc23fc-3585-3272-aec0-8c7a48a3baed", "Rank": 5, "Rule": "R6-onboarding", "DueOn": "2022-04-28", "IsOpen": true, "Period": "2022-01-28 任职", "History": [{"By": null, "On": "2026-12-01", "Note": "入职培训应于 2022-04-28 前完成（任职后三个月内），已逾期未完成", "What": "提出（违规）"}], "Subject": "赵旦月（儿童督导员）", "UnitIds": ["8eb850b3-503d-3c8d-8fdc-840e7812d184"], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 5, "ResolvedOn": null, "Explanation": "入职培训应于 2022-04-28 前完成（任职后三个月内），已逾期未完成", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": null, "SeverityText": "违规"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	5	R6-onboarding
7190c118-966f-3f37-86e7-59c1fc277650	{"Id": "7190c118-966f-3f37-86e7-59c1fc277650", "Key": "R7:2022-H1", "Link": "/reports?year=2022", "Rank": 5, "Rule": "R7", "DueOn": "2022-07-15", "IsOpen": true, "Period": "2022H1", "History": [{"By": null, "On": "2026-12-01", "Note": "工作站2022年上半年工作报告应于 2022-07-15 前报送领导小组办公室，至今未收到", "What": "提出（违规）"}], "Subject": "2022年上半年工作报告", "UnitIds": [], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 5, "ResolvedOn": null, "Explanation": "工作站2022年上半年工作报告应于 2022-07-15 前报送领导小组办公室，至今未收到", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": null, "SeverityText": "违规"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	5	R7
c3cf8582-f701-3d6e-b05e-e314f74d4f7b	{"Id": "c3cf8582-f701-3d6e-b05e-e314f74d4f7b", "Key": "R3:2022", "Link": "/meetings?year=2022", "Rank": 5, "Rule": "R3", "DueOn": "2022-12-31", "IsOpen": true, "Period": "2022年", "History": [{"By": null, "On": "2026-12-01", "Note": "2022 年召开并印发纪要的领导小组会议 0 次，少于每年至少 2 次的要求（附件2 第12项）", "What": "提出（违规）"}], "Subject": "领导小组会议", "UnitIds": [], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 5, "ResolvedOn": null, "Explanation": "2022 年召开并印发纪要的领导小组会议 0 次，少于每年至少 2 次的要求（附件2 第12项）", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": null, "SeverityText": "违规"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	5	R3
b38a032d-350e-38e1-8255-17ff6e727233	{"Id": "b38a032d-350e-38e1-8255-17ff6e727233", "Key": "R7:2022-H2", "Link": "/reports?year=2022", "Rank": 5, "Rule": "R7", "DueOn": "2023-01-15", "IsOpen": true, "Period": "2022H2", "History": [{"By": null, "On": "2026-12-01", "Note": "工作站2022年下半年工作报告应于 2023-01-15 前报送领导小组办公室，至今未收到", "What": "提出（违规）"}], "Subject": "2022年下半年工作报告", "UnitIds": [], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 5, "ResolvedOn": null, "Explanation": "工作站2022年下半年工作报告应于 2023-01-15 前报送领导小组办公室，至今未收到", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": null, "SeverityText": "违规"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	5	R7
29240989-5fab-380f-80a6-edccc5566748	{"Id": "29240989-5fab-380f-80a6-edccc5566748", "Key": "R7:2023-H1", "Link": "/reports?year=2023", "Rank": 5, "Rule": "R7", "DueOn": "2023-07-15", "IsOpen": true, "Period": "2023H1", "History": [{"By": null, "On": "2026-12-01", "Note": "工作站2023年上半年工作报告应于 2023-07-15 前报送领导小组办公室，至今未收到", "What": "提出（违规）"}], "Subject": "2023年上半年工作报告", "UnitIds": [], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 5, "ResolvedOn": null, "Explanation": "工作站2023年上半年工作报告应于 2023-07-15 前报送领导小组办公室，至今未收到", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": null, "SeverityText": "违规"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	5	R7
c9226b08-5881-3c41-868c-50e1f579661a	{"Id": "c9226b08-5881-3c41-868c-50e1f579661a", "Key": "R3:2023", "Link": "/meetings?year=2023", "Rank": 5, "Rule": "R3", "DueOn": "2023-12-31", "IsOpen": true, "Period": "2023年", "History": [{"By": null, "On": "2026-12-01", "Note": "2023 年召开并印发纪要的领导小组会议 0 次，少于每年至少 2 次的要求（附件2 第12项）", "What": "提出（违规）"}], "Subject": "领导小组会议", "UnitIds": [], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 5, "ResolvedOn": null, "Explanation": "2023 年召开并印发纪要的领导小组会议 0 次，少于每年至少 2 次的要求（附件2 第12项）", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": null, "SeverityText": "违规"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	5	R3
dce978ea-76a0-3135-bf9a-a1137c2474dc	{"Id": "dce978ea-76a0-3135-bf9a-a1137c2474dc", "Key": "R7:2023-H2", "Link": "/reports?year=2023", "Rank": 5, "Rule": "R7", "DueOn": "2024-01-15", "IsOpen": true, "Period": "2023H2", "History": [{"By": null, "On": "2026-12-01", "Note": "工作站2023年下半年工作报告应于 2024-01-15 前报送领导小组办公室，至今未收到", "What": "提出（违规）"}], "Subject": "2023年下半年工作报告", "UnitIds": [], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 5, "ResolvedOn": null, "Explanation": "工作站2023年下半年工作报告应于 2024-01-15 前报送领导小组办公室，至今未收到", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": null, "SeverityText": "违规"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	5	R7
fa91eeb8-62fd-371e-9512-a7fd279a41ae	{"Id": "fa91eeb8-62fd-371e-9512-a7fd279a41ae", "Key": "R7:2024-H1", "Link": "/reports?year=2024", "Rank": 5, "Rule": "R7", "DueOn": "2024-07-15", "IsOpen": true, "Period": "2024H1", "History": [{"By": null, "On": "2026-12-01", "Note": "工作站2024年上半年工作报告应于 2024-07-15 前报送领导小组办公室，至今未收到", "What": "提出（违规）"}], "Subject": "2024年上半年工作报告", "UnitIds": [], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 5, "ResolvedOn": null, "Explanation": "工作站2024年上半年工作报告应于 2024-07-15 前报送领导小组办公室，至今未收到", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": null, "SeverityText": "违规"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	5	R7
050d88f6-d140-31f4-85d3-e88bb5fc78e4	{"Id": "050d88f6-d140-31f4-85d3-e88bb5fc78e4", "Key": "R3:2024", "Link": "/meetings?year=2024", "Rank": 5, "Rule": "R3", "DueOn": "2024-12-31", "IsOpen": true, "Period": "2024年", "History": [{"By": null, "On": "2026-12-01", "Note": "2024 年召开并印发纪要的领导小组会议 0 次，少于每年至少 2 次的要求（附件2 第12项）", "What": "提出（违规）"}], "Subject": "领导小组会议", "UnitIds": [], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 5, "ResolvedOn": null, "Explanation": "2024 年召开并印发纪要的领导小组会议 0 次，少于每年至少 2 次的要求（附件2 第12项）", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": null, "SeverityText": "违规"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	5	R3
b8bebb9e-eae7-3837-819a-7a321015fa63	{"Id": "b8bebb9e-eae7-3837-819a-7a321015fa63", "Key": "R7:2024-H2", "Link": "/reports?year=2024", "Rank": 5, "Rule": "R7", "DueOn": "2025-01-15", "IsOpen": true, "Period": "2024H2", "History": [{"By": null, "On": "2026-12-01", "Note": "工作站2024年下半年工作报告应于 2025-01-15 前报送领导小组办公室，至今未收到", "What": "提出（违规）"}], "Subject": "2024年下半年工作报告", "UnitIds": [], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 5, "ResolvedOn": null, "Explanation": "工作站2024年下半年工作报告应于 2025-01-15 前报送领导小组办公室，至今未收到", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": null, "SeverityText": "违规"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	5	R7
4c99484a-c757-3884-9945-bdc55fe18892	{"Id": "4c99484a-c757-3884-9945-bdc55fe18892", "Key": "R7:2025-H1", "Link": "/reports?year=2025", "Rank": 5, "Rule": "R7", "DueOn": "2025-07-15", "IsOpen": true, "Period": "2025H1", "History": [{"By": null, "On": "2026-12-01", "Note": "工作站2025年上半年工作报告应于 2025-07-15 前报送领导小组办公室，至今未收到", "What": "提出（违规）"}], "Subject": "2025年上半年工作报告", "UnitIds": [], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 5, "ResolvedOn": null, "Explanation": "工作站2025年上半年工作报告应于 2025-07-15 前报送领导小组办公室，至今未收到", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": null, "SeverityText": "违规"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	5	R7
5bdd2885-fe05-3187-8702-fef2e171e501	{"Id": "5bdd2885-fe05-3187-8702-fef2e171e501", "Key": "R3:2025", "Link": "/meetings?year=2025", "Rank": 5, "Rule": "R3", "DueOn": "2025-12-31", "IsOpen": true, "Period": "2025年", "History": [{"By": null, "On": "2026-12-01", "Note": "2025 年召开并印发纪要的领导小组会议 0 次，少于每年至少 2 次的要求（附件2 第12项）", "What": "提出（违规）"}], "Subject": "领导小组会议", "UnitIds": [], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 5, "ResolvedOn": null, "Explanation": "2025 年召开并印发纪要的领导小组会议 0 次，少于每年至少 2 次的要求（附件2 第12项）", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": null, "SeverityText": "违规"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	5	R3
e89f011c-ec49-3df2-85a3-2530ef4433c1	{"Id": "e89f011c-ec49-3df2-85a3-2530ef4433c1", "Key": "R6-rotation:08caf678-0337-325f-8b6a-7b79d0ed2edd:2025", "Link": "/training/people/79703632-7a7b-3d9f-9d9b-5e99d930b7fb", "Rank": 5, "Rule": "R6-rotation", "DueOn": "2025-12-31", "IsOpen": true, "Period": "2025年", "History": [{"By": null, "On": "2026-12-01", "Note": "2025 年度未参加轮训（每年至少一次），参加轮训后解除", "What": "提出（违规）"}], "Subject": "黄俊人（儿童主任）", "UnitIds": ["b423c0b4-170a-31d1-baa6-6e7cc52d2672"], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 5, "ResolvedOn": null, "Explanation": "2025 年度未参加轮训（每年至少一次），参加轮训后解除", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": null, "SeverityText": "违规"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	5	R6-rotation
d71db207-1343-3acb-99bd-9f7460d4d152	{"Id": "d71db207-1343-3acb-99bd-9f7460d4d152", "Key": "R6-rotation:2b000912-4607-3ae4-9a20-d3bf6c777098:2025", "Link": "/training/people/1f31cf82-2741-3794-9237-ee9786088ca7", "Rank": 5, "Rule": "R6-rotation", "DueOn": "2025-12-31", "IsOpen": true, "Period": "2025年", "History": [{"By": null, "On": "2026-12-01", "Note": "2025 年度未参加轮训（每年至少一次），参加轮训后解除", "What": "提出（违规）"}], "Subject": "何捷（儿童主任）", "UnitIds": ["7d2fb6f3-1416-3243-8bcf-1ad31cd84f6e"], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 5, "ResolvedOn": null, "Explanation": "2025 年度未参加轮训（每年至少一次），参加轮训后解除", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": null, "SeverityText": "违规"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	5	R6-rotation
43c6c223-dd0b-3181-9c4f-02c77c0617ca	{"Id": "43c6c223-dd0b-3181-9c4f-02c77c0617ca", "Key": "R6-rotation:46769727-d902-3799-bf5a-c8487740d39b:2025", "Link": "/training/people/51073bdc-0fd9-355b-aff5-e4eebce98b63", "Rank": 5, "Rule": "R6-rotation", "DueOn": "2025-12-31", "IsOpen": true, "Period": "2025年", "History": [{"By": null, "On": "2026-12-01", "Note": "2025 年度未参加轮训（每年至少一次），参加轮训后解除", "What": "提出（违规）"}], "Subject": "罗翠（儿童主任）", "UnitIds": ["1276be36-af75-32f9-acfb-c09d33dce90e"], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 5, "ResolvedOn": null, "Explanation": "2025 年度未参加轮训（每年至少一次），参加轮训后解除", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": null, "SeverityText": "违规"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	5	R6-rotation
0cebbba2-4288-3bda-8dcd-70e49163012f	{"Id": "0cebbba2-4288-3bda-8dcd-70e49163012f", "Key": "R6-rotation:66b2202f-9cb0-326b-bac3-02e9b3a8f99e:2025", "Link": "/training/people/515d85a4-48af-30a9-a906-a3637ab9a8d9", "Rank": 5, "Rule": "R6-rotation", "DueOn": "2025-12-31", "IsOpen": true, "Period": "2025年", "History": [{"By": null, "On": "2026-12-01", "Note": "2025 年度未参加轮训（每年至少一次），参加轮训后解除", "What": "提出（违规）"}], "Subject": "刘德英（儿童主任）", "UnitIds": ["3fc23265-1080-3799-85a0-27bc1761cc3c"], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 5, "ResolvedOn": null, "Explanation": "2025 年度未参加轮训（每年至少一次），参加轮训后解除", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": null, "SeverityText": "违规"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	5	R6-rotation
f5a6ef80-5288-3293-8c92-7a74ba82f0cc	{"Id": "f5a6ef80-5288-3293-8c92-7a74ba82f0cc", "Key": "R6-rotation:6f26c14f-882b-3bfc-b917-56fd60cc27e6:2025", "Link": "/training/people/dc1afc72-5c4a-3132-b9a4-67a7a8d90492", "Rank": 5, "Rule": "R6-rotation", "DueOn": "2025-12-31", "IsOpen": true, "Period": "2025年", "History": [{"By": null, "On": "2026-12-01", "Note": "2025 年度未参加轮训（每年至少一次），参加轮训后解除", "What": "提出（违规）"}], "Subject": "邹利（儿童主任）", "UnitIds": ["394a1f01-671b-3148-b20c-63dfde3780b3"], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 5, "ResolvedOn": null, "Explanation": "2025 年度未参加轮训（每年至少一次），参加轮训后解除", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": null, "SeverityText": "违规"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	5	R6-rotation
83fe7d05-4291-3ec0-8f87-14dcf26abf61	{"Id": "83fe7d05-4291-3ec0-8f87-14dcf26abf61", "Key": "R6-rotation:b2d37c1d-1b83-3918-9972-c3c5b1e87946:2025", "Link": "/training/people/9eca5c24-6a6f-3858-a07f-f57ff5792002", "Rank": 5, "Rule": "R6-rotation", "DueOn": "2025-12-31", "IsOpen": true, "Period": "2025年", "History": [{"By": null, "On": "2026-12-01", "Note": "2025 年度未参加轮训（每年至少一次），参加轮训后解除", "What": "提出（违规）"}], "Subject": "李丽妮（儿童主任）", "UnitIds": ["0dbe35d0-de51-3c88-aba2-7cf0f5e031d3"], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 5, "ResolvedOn": null, "Explanation": "2025 年度未参加轮训（每年至少一次），参加轮训后解除", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": null, "SeverityText": "违规"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	5	R6-rotation
eec77d5b-09ef-3f40-bbf0-a47ba4e08a09	{"Id": "eec77d5b-09ef-3f40-bbf0-a47ba4e08a09", "Key": "R6-rotation:d91c1d76-2c53-3a51-8361-edc62690d134:2025", "Link": "/training/people/45c3d03b-022c-30d7-93de-85360f812755", "Rank": 5, "Rule": "R6-rotation", "DueOn": "2025-12-31", "IsOpen": true, "Period": "2025年", "History": [{"By": null, "On": "2026-12-01", "Note": "2025 年度未参加轮训（每年至少一次），参加轮训后解除", "What": "提出（违规）"}], "Subject": "赵筱晗（儿童主任）", "UnitIds": ["1dc6da54-c3c1-3891-8d65-2a4320c9c762"], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 5, "ResolvedOn": null, "Explanation": "2025 年度未参加轮训（每年至少一次），参加轮训后解除", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": null, "SeverityText": "违规"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	5	R6-rotation
50a36387-631f-3cd3-8426-ff83ff3479af	{"Id": "50a36387-631f-3cd3-8426-ff83ff3479af", "Key": "R6-rotation:ed7efb66-c9f5-3339-8213-013f22a96b7b:2025", "Link": "/training/people/04e72d6c-ffe7-3847-8677-26f0e2d07426", "Rank": 5, "Rule": "R6-rotation", "DueOn": "2025-12-31", "IsOpen": true, "Period": "2025年", "History": [{"By": null, "On": "2026-12-01", "Note": "2025 年度未参加轮训（每年至少一次），参加轮训后解除", "What": "提出（违规）"}], "Subject": "牟芸瑶（儿童主任）", "UnitIds": ["df8ae901-6534-3e77-9579-ecba80889e7c"], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 5, "ResolvedOn": null, "Explanation": "2025 年度未参加轮训（每年至少一次），参加轮训后解除", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": null, "SeverityText": "违规"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	5	R6-rotation
75361be0-e9e2-3c02-b637-28d3bdd9aa71	{"Id": "75361be0-e9e2-3c02-b637-28d3bdd9aa71", "Key": "R6-rotation:f1305865-91ed-3bac-adb7-8b318b09b0f1:2025", "Link": "/training/people/fbda54eb-4dc6-38d2-ae64-e3f2cad4ff8f", "Rank": 5, "Rule": "R6-rotation", "DueOn": "2025-12-31", "IsOpen": true, "Period": "2025年", "History": [{"By": null, "On": "2026-12-01", "Note": "2025 年度未参加轮训（每年至少一次），参加轮训后解除", "What": "提出（违规）"}], "Subject": "朱美桦（儿童主任）", "UnitIds": ["15b095c3-cda6-300a-a443-2434bbc49b16"], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 5, "ResolvedOn": null, "Explanation": "2025 年度未参加轮训（每年至少一次），参加轮训后解除", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": null, "SeverityText": "违规"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	5	R6-rotation
182a5007-6906-3449-a029-039c9fded433	{"Id": "182a5007-6906-3449-a029-039c9fded433", "Key": "R6-rotation:fd32b86a-41f0-3b2c-8f8b-c176beb00d23:2025", "Link": "/training/people/58bc23fc-3585-3272-aec0-8c7a48a3baed", "Rank": 5, "Rule": "R6-rotation", "DueOn": "2025-12-31", "IsOpen": true, "Period": "2025年", "History": [{"By": null, "On": "2026-12-01", "Note": "2025 年度未参加轮训（每年至少一次），参加轮训后解除", "What": "提出（违规）"}], "Subject": "赵旦月（儿童督导员）", "UnitIds": ["8eb850b3-503d-3c8d-8fdc-840e7812d184"], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 5, "ResolvedOn": null, "Explanation": "2025 年度未参加轮训（每年至少一次），参加轮训后解除", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": null, "SeverityText": "违规"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	5	R6-rotation
f0454d18-1dd9-3be1-92b9-6ea0c7e6a14b	{"Id": "f0454d18-1dd9-3be1-92b9-6ea0c7e6a14b", "Key": "R7:2025-H2", "Link": "/reports?year=2025", "Rank": 5, "Rule": "R7", "DueOn": "2026-01-15", "IsOpen": true, "Period": "2025H2", "History": [{"By": null, "On": "2026-12-01", "Note": "工作站2025年下半年工作报告应于 2026-01-15 前报送领导小组办公室，至今未收到", "What": "提出（违规）"}], "Subject": "2025年下半年工作报告", "UnitIds": [], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 5, "ResolvedOn": null, "Explanation": "工作站2025年下半年工作报告应于 2026-01-15 前报送领导小组办公室，至今未收到", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": null, "SeverityText": "违规"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	5	R7
16125a5f-3c97-388e-86d4-8aa5813afb9b	{"Id": "16125a5f-3c97-388e-86d4-8aa5813afb9b", "Key": "R7:2026-H1", "Link": "/reports?year=2026", "Rank": 5, "Rule": "R7", "DueOn": "2026-07-15", "IsOpen": true, "Period": "2026H1", "History": [{"By": null, "On": "2026-12-01", "Note": "工作站2026年上半年工作报告应于 2026-07-15 前报送领导小组办公室，至今未收到", "What": "提出（违规）"}], "Subject": "2026年上半年工作报告", "UnitIds": [], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 5, "ResolvedOn": null, "Explanation": "工作站2026年上半年工作报告应于 2026-07-15 前报送领导小组办公室，至今未收到", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": null, "SeverityText": "违规"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	5	R7
f28487d3-10cb-3995-ada1-c3243c2a6053	{"Id": "f28487d3-10cb-3995-ada1-c3243c2a6053", "Key": "R6-rotation:08caf678-0337-325f-8b6a-7b79d0ed2edd:2026", "Link": "/training/people/79703632-7a7b-3d9f-9d9b-5e99d930b7fb", "Rank": 1, "Rule": "R6-rotation", "DueOn": "2026-12-31", "IsOpen": true, "Period": "2026年", "History": [{"By": null, "On": "2026-12-01", "Note": "2026 年度轮训须于 2026-12-31 前完成", "What": "提出（提醒（30 天内到期））"}], "Subject": "黄俊人（儿童主任）", "UnitIds": ["b423c0b4-170a-31d1-baa6-6e7cc52d2672"], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 1, "ResolvedOn": null, "Explanation": "2026 年度轮训须于 2026-12-31 前完成", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": 30, "SeverityText": "提醒（30 天内到期）"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	1	R6-rotation
29f73ea8-77c2-3995-8f3b-518df5ef6c7d	{"Id": "29f73ea8-77c2-3995-8f3b-518df5ef6c7d", "Key": "R6-rotation:2b000912-4607-3ae4-9a20-d3bf6c777098:2026", "Link": "/training/people/1f31cf82-2741-3794-9237-ee9786088ca7", "Rank": 1, "Rule": "R6-rotation", "DueOn": "2026-12-31", "IsOpen": true, "Period": "2026年", "History": [{"By": null, "On": "2026-12-01", "Note": "2026 年度轮训须于 2026-12-31 前完成", "What": "提出（提醒（30 天内到期））"}], "Subject": "何捷（儿童主任）", "UnitIds": ["7d2fb6f3-1416-3243-8bcf-1ad31cd84f6e"], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 1, "ResolvedOn": null, "Explanation": "2026 年度轮训须于 2026-12-31 前完成", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": 30, "SeverityText": "提醒（30 天内到期）"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	1	R6-rotation
799c02a8-70b6-332f-b8f9-048c0cd2b326	{"Id": "799c02a8-70b6-332f-b8f9-048c0cd2b326", "Key": "R6-rotation:46769727-d902-3799-bf5a-c8487740d39b:2026", "Link": "/training/people/51073bdc-0fd9-355b-aff5-e4eebce98b63", "Rank": 1, "Rule": "R6-rotation", "DueOn": "2026-12-31", "IsOpen": true, "Period": "2026年", "History": [{"By": null, "On": "2026-12-01", "Note": "2026 年度轮训须于 2026-12-31 前完成", "What": "提出（提醒（30 天内到期））"}], "Subject": "罗翠（儿童主任）", "UnitIds": ["1276be36-af75-32f9-acfb-c09d33dce90e"], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 1, "ResolvedOn": null, "Explanation": "2026 年度轮训须于 2026-12-31 前完成", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": 30, "SeverityText": "提醒（30 天内到期）"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	1	R6-rotation
0ea8a363-5301-38a8-ba5c-4b576f04c939	{"Id": "0ea8a363-5301-38a8-ba5c-4b576f04c939", "Key": "R6-rotation:66b2202f-9cb0-326b-bac3-02e9b3a8f99e:2026", "Link": "/training/people/515d85a4-48af-30a9-a906-a3637ab9a8d9", "Rank": 1, "Rule": "R6-rotation", "DueOn": "2026-12-31", "IsOpen": true, "Period": "2026年", "History": [{"By": null, "On": "2026-12-01", "Note": "2026 年度轮训须于 2026-12-31 前完成", "What": "提出（提醒（30 天内到期））"}], "Subject": "刘德英（儿童主任）", "UnitIds": ["3fc23265-1080-3799-85a0-27bc1761cc3c"], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 1, "ResolvedOn": null, "Explanation": "2026 年度轮训须于 2026-12-31 前完成", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": 30, "SeverityText": "提醒（30 天内到期）"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	1	R6-rotation
06edac5a-4eff-384b-8a98-0a0151ea5fc1	{"Id": "06edac5a-4eff-384b-8a98-0a0151ea5fc1", "Key": "R6-rotation:6f26c14f-882b-3bfc-b917-56fd60cc27e6:2026", "Link": "/training/people/dc1afc72-5c4a-3132-b9a4-67a7a8d90492", "Rank": 1, "Rule": "R6-rotation", "DueOn": "2026-12-31", "IsOpen": true, "Period": "2026年", "History": [{"By": null, "On": "2026-12-01", "Note": "2026 年度轮训须于 2026-12-31 前完成", "What": "提出（提醒（30 天内到期））"}], "Subject": "邹利（儿童主任）", "UnitIds": ["394a1f01-671b-3148-b20c-63dfde3780b3"], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 1, "ResolvedOn": null, "Explanation": "2026 年度轮训须于 2026-12-31 前完成", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": 30, "SeverityText": "提醒（30 天内到期）"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	1	R6-rotation
aa4ec4c5-cc1f-3540-a23a-98f70dc332c5	{"Id": "aa4ec4c5-cc1f-3540-a23a-98f70dc332c5", "Key": "R6-rotation:b2d37c1d-1b83-3918-9972-c3c5b1e87946:2026", "Link": "/training/people/9eca5c24-6a6f-3858-a07f-f57ff5792002", "Rank": 1, "Rule": "R6-rotation", "DueOn": "2026-12-31", "IsOpen": true, "Period": "2026年", "History": [{"By": null, "On": "2026-12-01", "Note": "2026 年度轮训须于 2026-12-31 前完成", "What": "提出（提醒（30 天内到期））"}], "Subject": "李丽妮（儿童主任）", "UnitIds": ["0dbe35d0-de51-3c88-aba2-7cf0f5e031d3"], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 1, "ResolvedOn": null, "Explanation": "2026 年度轮训须于 2026-12-31 前完成", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": 30, "SeverityText": "提醒（30 天内到期）"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	1	R6-rotation
1c713928-394d-34b4-890b-07aa89189067	{"Id": "1c713928-394d-34b4-890b-07aa89189067", "Key": "R6-rotation:d91c1d76-2c53-3a51-8361-edc62690d134:2026", "Link": "/training/people/45c3d03b-022c-30d7-93de-85360f812755", "Rank": 1, "Rule": "R6-rotation", "DueOn": "2026-12-31", "IsOpen": true, "Period": "2026年", "History": [{"By": null, "On": "2026-12-01", "Note": "2026 年度轮训须于 2026-12-31 前完成", "What": "提出（提醒（30 天内到期））"}], "Subject": "赵筱晗（儿童主任）", "UnitIds": ["1dc6da54-c3c1-3891-8d65-2a4320c9c762"], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 1, "ResolvedOn": null, "Explanation": "2026 年度轮训须于 2026-12-31 前完成", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": 30, "SeverityText": "提醒（30 天内到期）"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	1	R6-rotation
7a1475fc-0624-3d3e-ae9a-dbfdf7e15641	{"Id": "7a1475fc-0624-3d3e-ae9a-dbfdf7e15641", "Key": "R6-rotation:ed7efb66-c9f5-3339-8213-013f22a96b7b:2026", "Link": "/training/people/04e72d6c-ffe7-3847-8677-26f0e2d07426", "Rank": 1, "Rule": "R6-rotation", "DueOn": "2026-12-31", "IsOpen": true, "Period": "2026年", "History": [{"By": null, "On": "2026-12-01", "Note": "2026 年度轮训须于 2026-12-31 前完成", "What": "提出（提醒（30 天内到期））"}], "Subject": "牟芸瑶（儿童主任）", "UnitIds": ["df8ae901-6534-3e77-9579-ecba80889e7c"], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 1, "ResolvedOn": null, "Explanation": "2026 年度轮训须于 2026-12-31 前完成", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": 30, "SeverityText": "提醒（30 天内到期）"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	1	R6-rotation
6acdc4f7-2b3c-3a21-915f-2ce6662fba55	{"Id": "6acdc4f7-2b3c-3a21-915f-2ce6662fba55", "Key": "R6-rotation:f1305865-91ed-3bac-adb7-8b318b09b0f1:2026", "Link": "/training/people/fbda54eb-4dc6-38d2-ae64-e3f2cad4ff8f", "Rank": 1, "Rule": "R6-rotation", "DueOn": "2026-12-31", "IsOpen": true, "Period": "2026年", "History": [{"By": null, "On": "2026-12-01", "Note": "2026 年度轮训须于 2026-12-31 前完成", "What": "提出（提醒（30 天内到期））"}], "Subject": "朱美桦（儿童主任）", "UnitIds": ["15b095c3-cda6-300a-a443-2434bbc49b16"], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 1, "ResolvedOn": null, "Explanation": "2026 年度轮训须于 2026-12-31 前完成", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": 30, "SeverityText": "提醒（30 天内到期）"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	1	R6-rotation
63b6cedc-37d5-360c-bad0-d46bd6959c60	{"Id": "63b6cedc-37d5-360c-bad0-d46bd6959c60", "Key": "R6-rotation:fd32b86a-41f0-3b2c-8f8b-c176beb00d23:2026", "Link": "/training/people/58bc23fc-3585-3272-aec0-8c7a48a3baed", "Rank": 1, "Rule": "R6-rotation", "DueOn": "2026-12-31", "IsOpen": true, "Period": "2026年", "History": [{"By": null, "On": "2026-12-01", "Note": "2026 年度轮训须于 2026-12-31 前完成", "What": "提出（提醒（30 天内到期））"}], "Subject": "赵旦月（儿童督导员）", "UnitIds": ["8eb850b3-503d-3c8d-8fdc-840e7812d184"], "Version": 1, "OpenedOn": "2026-12-01", "Revision": 1, "Severity": 1, "ResolvedOn": null, "Explanation": "2026 年度轮训须于 2026-12-31 前完成", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": 30, "SeverityText": "提醒（30 天内到期）"}	2026-12-01 14:51:29.588961+00	Secretariat.Web.Features.Compliance.ComplianceAlert	1	t	1	R6-rotation
93fa4a58-6fae-3cb3-96fd-0747688c0ff8	{"Id": "93fa4a58-6fae-3cb3-96fd-0747688c0ff8", "Key": "R3:2026", "Link": "/meetings?year=2026", "Rank": 4, "Rule": "R3", "DueOn": "2026-12-31", "IsOpen": true, "Period": "2026年", "History": [{"By": null, "On": "2026-12-01", "Note": "2026 年已召开 0 次、已安排 0 次，少于 2 次：须在 12 月 31 日前召开会议并印发纪要", "What": "提出（紧急）"}, {"By": null, "On": "2026-12-01", "Note": "2026 年已召开 0 次、已安排 1 次，少于 2 次：须在 12 月 31 日前召开会议并印发纪要", "What": "情况变化"}], "Subject": "领导小组会议", "UnitIds": [], "Version": 2, "OpenedOn": "2026-12-01", "Revision": 2, "Severity": 4, "ResolvedOn": null, "Explanation": "2026 年已召开 0 次、已安排 1 次，少于 2 次：须在 12 月 31 日前召开会议并印发纪要", "OpenPeriods": [{"From": "2026-12-01", "Until": null}], "Acknowledged": null, "ReminderDays": null, "SeverityText": "紧急"}	2026-12-01 14:51:31.791808+00	Secretariat.Web.Features.Compliance.ComplianceAlert	2	t	4	R3
\.


--
-- Data for Name: mt_doc_deadletterevent; Type: TABLE DATA; Schema: secretariat; Owner: -
--

COPY secretariat.mt_doc_deadletterevent (id, data, mt_last_modified, mt_version, mt_dotnet_type) FROM stdin;
\.


--
-- Data for Name: mt_doc_envelope; Type: TABLE DATA; Schema: secretariat; Owner: -
--

COPY secretariat.mt_doc_envelope (id, data, mt_last_modified, mt_version, mt_dotnet_type) FROM stdin;
\.


--
-- Data for Name: mt_doc_meeting; Type: TABLE DATA; Schema: secretariat; Owner: -
--

COPY secretariat.mt_doc_meeting (id, data, mt_last_modified, mt_dotnet_type, mt_version, year, starts_at) FROM stdin;
226da07b-5b32-441a-b177-1ed7ac26cb3d	{"Id": "226da07b-5b32-441a-b177-1ed7ac26cb3d", "Date": "2026-12-31", "Kind": 0, "Year": 2026, "Place": "镇政府三楼会议室", "Title": "升级前召开的领导小组会议", "Agenda": [], "Guests": [], "Addenda": [], "Version": 1, "IssuedAt": null, "StartsAt": "2026-12-31T01:30:00+00:00", "Timeline": [{"By": {"At": "2026-12-01T14:51:29.6373419+00:00", "Name": "系统管理员", "UserId": "3b304281-a647-40cf-9015-d753752b65ed"}, "What": "召集会议", "Comment": null}], "Cancelled": false, "Circulars": [], "Attendance": [], "ConvenedOn": "2026-12-01", "Delegation": null, "CancelledOn": null, "CancelReason": null, "ConvenerName": "叶伟", "ItemSummaries": [], "MinutesNumber": null, "MinutesStatus": 0, "ReturnComment": null, "MinutesSummary": "", "ProposalCutoff": null, "ConvenerPersonId": "e8885db5-cb5a-33fa-9733-b175b7b09a20", "ResolutionDrafts": []}	2026-12-01 14:51:29.681603+00	Secretariat.Web.Features.Meetings.Meeting	1	2026	2026-12-31 01:30:00+00
\.


--
-- Data for Name: mt_doc_meetingattachment; Type: TABLE DATA; Schema: secretariat; Owner: -
--

COPY secretariat.mt_doc_meetingattachment (id, data, mt_last_modified, mt_version, mt_dotnet_type) FROM stdin;
\.


--
-- Data for Name: mt_doc_memberadjustment; Type: TABLE DATA; Schema: secretariat; Owner: -
--

COPY secretariat.mt_doc_memberadjustment (id, data, mt_last_modified, mt_dotnet_type, mt_version) FROM stdin;
\.


--
-- Data for Name: mt_doc_memberunit; Type: TABLE DATA; Schema: secretariat; Owner: -
--

COPY secretariat.mt_doc_memberunit (id, data, mt_last_modified, mt_dotnet_type, mt_version) FROM stdin;
dbefcf6c-8b24-387c-8757-1afff26ab3fb	{"Id": "dbefcf6c-8b24-387c-8757-1afff26ab3fb", "Kind": 0, "Name": "党政办", "SortOrder": 1}	2026-12-01 14:51:25.475296+00	Secretariat.Web.Features.Roster.MemberUnit	1
8eb850b3-503d-3c8d-8fdc-840e7812d184	{"Id": "8eb850b3-503d-3c8d-8fdc-840e7812d184", "Kind": 0, "Name": "民政和社事办", "SortOrder": 2}	2026-12-01 14:51:25.475296+00	Secretariat.Web.Features.Roster.MemberUnit	1
f2ae7908-4583-3b1f-b366-63f9f9375c6f	{"Id": "f2ae7908-4583-3b1f-b366-63f9f9375c6f", "Kind": 0, "Name": "平安办", "SortOrder": 3}	2026-12-01 14:51:25.475296+00	Secretariat.Web.Features.Roster.MemberUnit	1
929ee3fb-23e7-38eb-b191-5dfc840bfed7	{"Id": "929ee3fb-23e7-38eb-b191-5dfc840bfed7", "Kind": 0, "Name": "财政办", "SortOrder": 4}	2026-12-01 14:51:25.475296+00	Secretariat.Web.Features.Roster.MemberUnit	1
be8d4b53-b9c2-328a-8921-1fae0711b9ea	{"Id": "be8d4b53-b9c2-328a-8921-1fae0711b9ea", "Kind": 0, "Name": "城管大队", "SortOrder": 5}	2026-12-01 14:51:25.475296+00	Secretariat.Web.Features.Roster.MemberUnit	1
c21089fe-9c7b-3fa3-a0e5-bba87a7db75d	{"Id": "c21089fe-9c7b-3fa3-a0e5-bba87a7db75d", "Kind": 0, "Name": "文服中心", "SortOrder": 6}	2026-12-01 14:51:25.475296+00	Secretariat.Web.Features.Roster.MemberUnit	1
b58ad151-7f31-3320-8c28-1aa6fdc6a52d	{"Id": "b58ad151-7f31-3320-8c28-1aa6fdc6a52d", "Kind": 0, "Name": "劳动就业与社保所", "SortOrder": 7}	2026-12-01 14:51:25.475296+00	Secretariat.Web.Features.Roster.MemberUnit	1
9a1c2af6-7385-37ec-bccf-f614f4e280cd	{"Id": "9a1c2af6-7385-37ec-bccf-f614f4e280cd", "Kind": 0, "Name": "团委", "SortOrder": 8}	2026-12-01 14:51:25.475296+00	Secretariat.Web.Features.Roster.MemberUnit	1
85c24f42-b075-322f-b5f8-5fc0d488caa3	{"Id": "85c24f42-b075-322f-b5f8-5fc0d488caa3", "Kind": 0, "Name": "镇中心卫生院", "SortOrder": 9}	2026-12-01 14:51:25.475296+00	Secretariat.Web.Features.Roster.MemberUnit	1
a0df044d-8d34-3c8f-842a-542c208fcbb2	{"Id": "a0df044d-8d34-3c8f-842a-542c208fcbb2", "Kind": 0, "Name": "实验学校", "SortOrder": 10}	2026-12-01 14:51:25.475296+00	Secretariat.Web.Features.Roster.MemberUnit	1
5c899bd6-687a-31d6-9e7c-90eaa4a54348	{"Id": "5c899bd6-687a-31d6-9e7c-90eaa4a54348", "Kind": 0, "Name": "派出所", "SortOrder": 11}	2026-12-01 14:51:25.475296+00	Secretariat.Web.Features.Roster.MemberUnit	1
5fea89d2-2ab9-35b5-b8c3-9c5c75f9a14b	{"Id": "5fea89d2-2ab9-35b5-b8c3-9c5c75f9a14b", "Kind": 0, "Name": "市场监管所", "SortOrder": 12}	2026-12-01 14:51:25.475296+00	Secretariat.Web.Features.Roster.MemberUnit	1
394a1f01-671b-3148-b20c-63dfde3780b3	{"Id": "394a1f01-671b-3148-b20c-63dfde3780b3", "Kind": 1, "Name": "双骑龙村", "SortOrder": 13}	2026-12-01 14:51:25.475296+00	Secretariat.Web.Features.Roster.MemberUnit	1
15b095c3-cda6-300a-a443-2434bbc49b16	{"Id": "15b095c3-cda6-300a-a443-2434bbc49b16", "Kind": 1, "Name": "建设村", "SortOrder": 14}	2026-12-01 14:51:25.475296+00	Secretariat.Web.Features.Roster.MemberUnit	1
0dbe35d0-de51-3c88-aba2-7cf0f5e031d3	{"Id": "0dbe35d0-de51-3c88-aba2-7cf0f5e031d3", "Kind": 1, "Name": "观音桥村", "SortOrder": 15}	2026-12-01 14:51:25.475296+00	Secretariat.Web.Features.Roster.MemberUnit	1
1276be36-af75-32f9-acfb-c09d33dce90e	{"Id": "1276be36-af75-32f9-acfb-c09d33dce90e", "Kind": 1, "Name": "英雄湾村", "SortOrder": 16}	2026-12-01 14:51:25.475296+00	Secretariat.Web.Features.Roster.MemberUnit	1
df8ae901-6534-3e77-9579-ecba80889e7c	{"Id": "df8ae901-6534-3e77-9579-ecba80889e7c", "Kind": 1, "Name": "新合村", "SortOrder": 17}	2026-12-01 14:51:25.475296+00	Secretariat.Web.Features.Roster.MemberUnit	1
3fc23265-1080-3799-85a0-27bc1761cc3c	{"Id": "3fc23265-1080-3799-85a0-27bc1761cc3c", "Kind": 1, "Name": "大碑村", "SortOrder": 18}	2026-12-01 14:51:25.475296+00	Secretariat.Web.Features.Roster.MemberUnit	1
7d2fb6f3-1416-3243-8bcf-1ad31cd84f6e	{"Id": "7d2fb6f3-1416-3243-8bcf-1ad31cd84f6e", "Kind": 1, "Name": "黄金堡村", "SortOrder": 19}	2026-12-01 14:51:25.475296+00	Secretariat.Web.Features.Roster.MemberUnit	1
b423c0b4-170a-31d1-baa6-6e7cc52d2672	{"Id": "b423c0b4-170a-31d1-baa6-6e7cc52d2672", "Kind": 2, "Name": "冬笋坝社区", "SortOrder": 20}	2026-12-01 14:51:25.475296+00	Secretariat.Web.Features.Roster.MemberUnit	1
1dc6da54-c3c1-3891-8d65-2a4320c9c762	{"Id": "1dc6da54-c3c1-3891-8d65-2a4320c9c762", "Kind": 2, "Name": "铜罐社区", "SortOrder": 21}	2026-12-01 14:51:25.475296+00	Secretariat.Web.Features.Roster.MemberUnit	1
c469c6ae-b74e-3dd8-8de2-5a2285fc9ffd	{"Id": "c469c6ae-b74e-3dd8-8de2-5a2285fc9ffd", "Kind": 3, "Name": "齐心社会工作服务中心", "SortOrder": 22}	2026-12-01 14:51:25.475296+00	Secretariat.Web.Features.Roster.MemberUnit	1
\.


--
-- Data for Name: mt_doc_numberregister; Type: TABLE DATA; Schema: secretariat; Owner: -
--

COPY secretariat.mt_doc_numberregister (id, data, mt_last_modified, mt_dotnet_type, mt_version) FROM stdin;
\.


--
-- Data for Name: mt_doc_resolution; Type: TABLE DATA; Schema: secretariat; Owner: -
--

COPY secretariat.mt_doc_resolution (id, data, mt_last_modified, mt_dotnet_type, mt_version, meeting_id, due_on, is_done, progress_count, "order", done_on) FROM stdin;
\.


--
-- Data for Name: mt_doc_semiannualreport; Type: TABLE DATA; Schema: secretariat; Owner: -
--

COPY secretariat.mt_doc_semiannualreport (id, data, mt_last_modified, mt_dotnet_type, mt_version, year) FROM stdin;
\.


--
-- Data for Name: mt_doc_signinfailures; Type: TABLE DATA; Schema: secretariat; Owner: -
--

COPY secretariat.mt_doc_signinfailures (id, data, mt_last_modified, mt_version, mt_dotnet_type) FROM stdin;
\.


--
-- Data for Name: mt_doc_signinsession; Type: TABLE DATA; Schema: secretariat; Owner: -
--

COPY secretariat.mt_doc_signinsession (id, data, mt_last_modified, mt_version, mt_dotnet_type) FROM stdin;
ddf590e6-84b6-43fc-b42d-fc28de93429a	{"Id": "ddf590e6-84b6-43fc-b42d-fc28de93429a", "UserId": "3b304281-a647-40cf-9015-d753752b65ed", "StartedAt": "2026-12-01T14:51:28.2384672+00:00"}	2026-12-01 14:51:28.626519+00	01a23216-dbf1-401a-9c75-c3efba2b4e0a	Secretariat.Web.Features.Accounts.SignInSession
\.


--
-- Data for Name: mt_doc_trainingmaterial; Type: TABLE DATA; Schema: secretariat; Owner: -
--

COPY secretariat.mt_doc_trainingmaterial (id, data, mt_last_modified, mt_version, mt_dotnet_type) FROM stdin;
\.


--
-- Data for Name: mt_doc_trainingsession; Type: TABLE DATA; Schema: secretariat; Owner: -
--

COPY secretariat.mt_doc_trainingsession (id, data, mt_last_modified, mt_dotnet_type, mt_version, start_on, end_on) FROM stdin;
\.


--
-- Data for Name: mt_doc_useraccount; Type: TABLE DATA; Schema: secretariat; Owner: -
--

COPY secretariat.mt_doc_useraccount (id, data, mt_last_modified, mt_version, mt_dotnet_type) FROM stdin;
3b304281-a647-40cf-9015-d753752b65ed	{"Id": "3b304281-a647-40cf-9015-d753752b65ed", "Roles": ["管理员", "办公室"], "UnitId": null, "Disabled": false, "PersonId": null, "UserName": "admin", "CreatedAt": "2026-12-01T14:51:25.9434115+00:00", "DisplayName": "系统管理员", "PasswordHash": "AQAAAAIAAYagAAAAEOkIOSJUG45UtJ7Pc31ewb8NH9Lcxu4FrrhEj+zn3uzXKK1I4QwiWuw/Ue9VvYTUoQ==", "MustChangePassword": false}	2026-12-01 14:51:26.588056+00	01a23216-d3f9-4dfe-8246-e5007eed21cb	Secretariat.Web.Features.Accounts.UserAccount
\.


--
-- Data for Name: mt_event_progression; Type: TABLE DATA; Schema: secretariat; Owner: -
--

COPY secretariat.mt_event_progression (name, last_seq_id, last_updated, mode, rebuild_threshold, assigned_node, heartbeat, agent_status, pause_reason, running_on_node, warning_behind_threshold, critical_behind_threshold, failure_category, failure_event_sequence, failure_event_type, failure_event_tenant_id) FROM stdin;
\.


--
-- Data for Name: mt_event_projection_floors; Type: TABLE DATA; Schema: secretariat; Owner: -
--

COPY secretariat.mt_event_projection_floors (name, tenant_id, floor, last_updated) FROM stdin;
\.


--
-- Data for Name: mt_events; Type: TABLE DATA; Schema: secretariat; Owner: -
--

COPY secretariat.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, correlation_id, causation_id, headers, is_archived) FROM stdin;
1	c65f97a8-e64d-4843-8daa-cecca02ba215	dbefcf6c-8b24-387c-8757-1afff26ab3fb	1	{"Kind": 0, "Name": "党政办", "UnitId": "dbefcf6c-8b24-387c-8757-1afff26ab3fb", "SortOrder": 1}	\N	member_unit_registered	2026-12-01 14:51:25.274768+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberUnitRegistered, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
2	011c13bd-87bc-4bd7-b78c-26311b29aaf4	8eb850b3-503d-3c8d-8fdc-840e7812d184	1	{"Kind": 0, "Name": "民政和社事办", "UnitId": "8eb850b3-503d-3c8d-8fdc-840e7812d184", "SortOrder": 2}	\N	member_unit_registered	2026-12-01 14:51:25.27935+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberUnitRegistered, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
3	c4961806-d17d-42f3-8b62-67d5b13e1864	f2ae7908-4583-3b1f-b366-63f9f9375c6f	1	{"Kind": 0, "Name": "平安办", "UnitId": "f2ae7908-4583-3b1f-b366-63f9f9375c6f", "SortOrder": 3}	\N	member_unit_registered	2026-12-01 14:51:25.279563+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberUnitRegistered, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
4	7cc4d1ab-e1ba-42ef-ba4a-451b788dd001	929ee3fb-23e7-38eb-b191-5dfc840bfed7	1	{"Kind": 0, "Name": "财政办", "UnitId": "929ee3fb-23e7-38eb-b191-5dfc840bfed7", "SortOrder": 4}	\N	member_unit_registered	2026-12-01 14:51:25.27957+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberUnitRegistered, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
5	01232f81-4272-4580-84e7-90f346154865	be8d4b53-b9c2-328a-8921-1fae0711b9ea	1	{"Kind": 0, "Name": "城管大队", "UnitId": "be8d4b53-b9c2-328a-8921-1fae0711b9ea", "SortOrder": 5}	\N	member_unit_registered	2026-12-01 14:51:25.279574+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberUnitRegistered, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
6	5a46ebad-e885-441c-97ec-4a878ce9dcda	c21089fe-9c7b-3fa3-a0e5-bba87a7db75d	1	{"Kind": 0, "Name": "文服中心", "UnitId": "c21089fe-9c7b-3fa3-a0e5-bba87a7db75d", "SortOrder": 6}	\N	member_unit_registered	2026-12-01 14:51:25.27958+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberUnitRegistered, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
7	2d8d1a63-3629-4056-ba30-29929bd3d7f3	b58ad151-7f31-3320-8c28-1aa6fdc6a52d	1	{"Kind": 0, "Name": "劳动就业与社保所", "UnitId": "b58ad151-7f31-3320-8c28-1aa6fdc6a52d", "SortOrder": 7}	\N	member_unit_registered	2026-12-01 14:51:25.279582+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberUnitRegistered, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
8	634e92ca-9fc2-4e89-ae4f-ccaa074b7792	9a1c2af6-7385-37ec-bccf-f614f4e280cd	1	{"Kind": 0, "Name": "团委", "UnitId": "9a1c2af6-7385-37ec-bccf-f614f4e280cd", "SortOrder": 8}	\N	member_unit_registered	2026-12-01 14:51:25.279588+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberUnitRegistered, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
9	633796ff-f6f5-4624-a7c9-aea82c3f9237	85c24f42-b075-322f-b5f8-5fc0d488caa3	1	{"Kind": 0, "Name": "镇中心卫生院", "UnitId": "85c24f42-b075-322f-b5f8-5fc0d488caa3", "SortOrder": 9}	\N	member_unit_registered	2026-12-01 14:51:25.279593+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberUnitRegistered, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
10	d9448415-cbc6-442f-acfd-7c4ceb59b216	a0df044d-8d34-3c8f-842a-542c208fcbb2	1	{"Kind": 0, "Name": "实验学校", "UnitId": "a0df044d-8d34-3c8f-842a-542c208fcbb2", "SortOrder": 10}	\N	member_unit_registered	2026-12-01 14:51:25.279597+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberUnitRegistered, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
11	87eeb325-5432-4948-8d31-e806e15b732c	5c899bd6-687a-31d6-9e7c-90eaa4a54348	1	{"Kind": 0, "Name": "派出所", "UnitId": "5c899bd6-687a-31d6-9e7c-90eaa4a54348", "SortOrder": 11}	\N	member_unit_registered	2026-12-01 14:51:25.279599+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberUnitRegistered, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
12	74cdab87-49d6-48fa-b44a-b3931cf730d5	5fea89d2-2ab9-35b5-b8c3-9c5c75f9a14b	1	{"Kind": 0, "Name": "市场监管所", "UnitId": "5fea89d2-2ab9-35b5-b8c3-9c5c75f9a14b", "SortOrder": 12}	\N	member_unit_registered	2026-12-01 14:51:25.279604+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberUnitRegistered, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
13	5c69515b-56cf-4594-8f4a-3fb4c57c7615	394a1f01-671b-3148-b20c-63dfde3780b3	1	{"Kind": 1, "Name": "双骑龙村", "UnitId": "394a1f01-671b-3148-b20c-63dfde3780b3", "SortOrder": 13}	\N	member_unit_registered	2026-12-01 14:51:25.279607+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberUnitRegistered, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
14	c6a2d6f8-dc0e-46d5-95bf-578105ec106d	15b095c3-cda6-300a-a443-2434bbc49b16	1	{"Kind": 1, "Name": "建设村", "UnitId": "15b095c3-cda6-300a-a443-2434bbc49b16", "SortOrder": 14}	\N	member_unit_registered	2026-12-01 14:51:25.279609+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberUnitRegistered, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
15	8694d317-26cb-4402-b145-54b3f124cbf5	0dbe35d0-de51-3c88-aba2-7cf0f5e031d3	1	{"Kind": 1, "Name": "观音桥村", "UnitId": "0dbe35d0-de51-3c88-aba2-7cf0f5e031d3", "SortOrder": 15}	\N	member_unit_registered	2026-12-01 14:51:25.279612+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberUnitRegistered, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
16	7ad88d29-78c2-41ff-a7e7-68d8aad777ab	1276be36-af75-32f9-acfb-c09d33dce90e	1	{"Kind": 1, "Name": "英雄湾村", "UnitId": "1276be36-af75-32f9-acfb-c09d33dce90e", "SortOrder": 16}	\N	member_unit_registered	2026-12-01 14:51:25.279619+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberUnitRegistered, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
17	c5f00408-9e42-440d-b5b0-47f3bcdfcf8a	df8ae901-6534-3e77-9579-ecba80889e7c	1	{"Kind": 1, "Name": "新合村", "UnitId": "df8ae901-6534-3e77-9579-ecba80889e7c", "SortOrder": 17}	\N	member_unit_registered	2026-12-01 14:51:25.279622+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberUnitRegistered, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
18	58728216-fff1-41e5-acfe-96137834cd86	3fc23265-1080-3799-85a0-27bc1761cc3c	1	{"Kind": 1, "Name": "大碑村", "UnitId": "3fc23265-1080-3799-85a0-27bc1761cc3c", "SortOrder": 18}	\N	member_unit_registered	2026-12-01 14:51:25.279626+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberUnitRegistered, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
19	3b125214-3aec-4555-a3c8-9258df6d6cff	7d2fb6f3-1416-3243-8bcf-1ad31cd84f6e	1	{"Kind": 1, "Name": "黄金堡村", "UnitId": "7d2fb6f3-1416-3243-8bcf-1ad31cd84f6e", "SortOrder": 19}	\N	member_unit_registered	2026-12-01 14:51:25.279629+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberUnitRegistered, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
20	16dd0b56-94fc-45d3-8850-584a5ccd7845	b423c0b4-170a-31d1-baa6-6e7cc52d2672	1	{"Kind": 2, "Name": "冬笋坝社区", "UnitId": "b423c0b4-170a-31d1-baa6-6e7cc52d2672", "SortOrder": 20}	\N	member_unit_registered	2026-12-01 14:51:25.279632+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberUnitRegistered, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
21	d84e54c7-575e-494e-86ad-a0375705d7fa	1dc6da54-c3c1-3891-8d65-2a4320c9c762	1	{"Kind": 2, "Name": "铜罐社区", "UnitId": "1dc6da54-c3c1-3891-8d65-2a4320c9c762", "SortOrder": 21}	\N	member_unit_registered	2026-12-01 14:51:25.279636+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberUnitRegistered, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
22	fb5c6f76-4213-4a46-8ca0-ac05e9085e0f	c469c6ae-b74e-3dd8-8de2-5a2285fc9ffd	1	{"Kind": 3, "Name": "齐心社会工作服务中心", "UnitId": "c469c6ae-b74e-3dd8-8de2-5a2285fc9ffd", "SortOrder": 22}	\N	member_unit_registered	2026-12-01 14:51:25.279643+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberUnitRegistered, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
23	a50a52e8-c640-4376-b86b-8d055d31fce9	6a1d0001-0000-4000-8000-000000000001	1	{"Kind": 0, "Name": "铜罐驿镇未成年人保护工作领导小组", "Basis": "铜罐驿府发〔2022〕3号", "BodyId": "6a1d0001-0000-4000-8000-000000000001", "EstablishedOn": "2022-01-28"}	\N	body_established	2026-12-01 14:51:25.279646+00	*DEFAULT*	Secretariat.Web.Features.Roster.BodyEstablished, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
24	ef0a535a-3f04-40a3-b6c9-39a16599b7dc	6a1d0001-0000-4000-8000-000000000001	2	{"Role": 0, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": null, "PersonId": "e8885db5-cb5a-33fa-9733-b175b7b09a20", "Position": "党委副书记、镇长", "TenureId": "766f29b7-c8ba-34c2-95ed-db6a0370e0f8", "UnitName": null, "PersonName": "叶伟", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279646+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
25	65420991-b939-4c4c-b1fa-6454ea75c9f9	6a1d0001-0000-4000-8000-000000000001	3	{"Role": 1, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": null, "PersonId": "ed52487d-20fb-3514-98e2-690939196eed", "Position": "宣传委员", "TenureId": "818c0ed0-7df3-3242-8369-e8c0e8653768", "UnitName": null, "PersonName": "胡鹏来", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279646+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
26	8319b019-efbb-4c58-b714-a63485ad9e4f	6a1d0001-0000-4000-8000-000000000001	4	{"Role": 1, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": null, "PersonId": "a21e24b8-f8c2-3107-be65-dd53c876ae25", "Position": "政法委员、统战委员", "TenureId": "675e0dde-f6b9-3906-bfa6-9e76db0c5a86", "UnitName": null, "PersonName": "蔡拔林", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279646+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
27	1363ffb4-1c24-4145-b5f7-5f5ec4b3e5af	6a1d0001-0000-4000-8000-000000000001	5	{"Role": 1, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": null, "PersonId": "4cad7117-ed32-37f3-9643-b243803cb472", "Position": "武装部长、副镇长", "TenureId": "40151ee7-be91-35ef-a012-1ba67fe2c9a8", "UnitName": null, "PersonName": "范波", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279646+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
28	5ebea6fa-4d76-4d5a-86c0-f93c2ebd9a14	6a1d0001-0000-4000-8000-000000000001	6	{"Role": 1, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": null, "PersonId": "685c8a14-e7a0-32ee-9f2e-459c7f690c87", "Position": "组织委员", "TenureId": "8480dfb2-6305-3c40-aa2e-f36f8d378b6b", "UnitName": null, "PersonName": "廖平", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279646+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
29	92c28e06-2192-451e-aa9b-1a91144204d9	6a1d0001-0000-4000-8000-000000000001	7	{"Role": 1, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": null, "PersonId": "6eefe291-f60a-3560-be81-5ff0269afbd2", "Position": "副镇长", "TenureId": "6e92131b-b8ac-3407-89c9-2d858ab77916", "UnitName": null, "PersonName": "刘兵", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279646+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
30	fbb34570-f98d-4bec-8ac3-c2298980b2a3	6a1d0001-0000-4000-8000-000000000001	8	{"Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "dbefcf6c-8b24-387c-8757-1afff26ab3fb", "PersonId": "acada4c1-6637-3c26-b728-cff3c686baab", "Position": "党政办负责人", "TenureId": "95158924-5059-3cc9-93a8-3c9e4f84da42", "UnitName": "党政办", "PersonName": "孔波", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279646+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
31	0ad50446-04ae-4981-92b6-afb44778161f	6a1d0001-0000-4000-8000-000000000001	9	{"Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "8eb850b3-503d-3c8d-8fdc-840e7812d184", "PersonId": "2ba5831c-782a-326b-aa28-ee6da391e465", "Position": "民政和社事办负责人", "TenureId": "d5e1b740-2118-3749-bdce-2b02e7522ed8", "UnitName": "民政和社事办", "PersonName": "黄荣亮", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279646+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
32	3377c7f4-0059-4091-ad9e-4e739b90116b	6a1d0001-0000-4000-8000-000000000001	10	{"Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "f2ae7908-4583-3b1f-b366-63f9f9375c6f", "PersonId": "0386647b-306d-3170-b28a-4d0d08023335", "Position": "平安办负责人", "TenureId": "6d551c56-b0fb-34f1-a24f-a51e070fe863", "UnitName": "平安办", "PersonName": "刘亚东", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279646+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
33	0bef23f3-836e-4678-8bb8-b36790a860c5	6a1d0001-0000-4000-8000-000000000001	11	{"Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "929ee3fb-23e7-38eb-b191-5dfc840bfed7", "PersonId": "7dd5695e-21c3-3d8b-a41c-c96a9d0704b1", "Position": "财政办负责人", "TenureId": "6b03bc1d-3123-3591-a874-9596351276c1", "UnitName": "财政办", "PersonName": "刘宗建", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279646+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
34	7ff7ee32-88be-4e05-9298-5c6a27b2fc61	6a1d0001-0000-4000-8000-000000000001	12	{"Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "be8d4b53-b9c2-328a-8921-1fae0711b9ea", "PersonId": "b9718f05-535e-3587-ac9b-05b2a6dc9e54", "Position": "城管大队队长", "TenureId": "7957af5a-37c0-3d47-a790-ed1e45f044c8", "UnitName": "城管大队", "PersonName": "黎树", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279646+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
35	fdf4967e-cc30-43d0-85fd-a8e24ac7ff61	6a1d0001-0000-4000-8000-000000000001	13	{"Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "c21089fe-9c7b-3fa3-a0e5-bba87a7db75d", "PersonId": "df491359-13cd-32b8-abc9-b72d3a544ac3", "Position": "文服中心负责人", "TenureId": "001ec861-35d0-3f50-ab4d-7259a89fabb0", "UnitName": "文服中心", "PersonName": "李雪梅", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279646+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
36	3df37c2a-b362-44c6-80a1-28838577dca2	6a1d0001-0000-4000-8000-000000000001	14	{"Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "b58ad151-7f31-3320-8c28-1aa6fdc6a52d", "PersonId": "f4f326ea-4555-33e8-bae4-b6037dbcb361", "Position": "劳动就业与社保所负责人、妇联负责人", "TenureId": "aedfd7cd-0198-30fd-b06c-a73c3b66aa27", "UnitName": "劳动就业与社保所", "PersonName": "邓娟", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279646+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
37	a6143e2f-a83e-43f8-a876-4c08f5d377b9	6a1d0001-0000-4000-8000-000000000001	15	{"Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "9a1c2af6-7385-37ec-bccf-f614f4e280cd", "PersonId": "cd721722-845d-33d2-9138-01470958dce7", "Position": "团委负责人", "TenureId": "4b1d3a7d-c543-324a-8a10-746d0bb22da5", "UnitName": "团委", "PersonName": "钱洪伟", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279646+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
38	c5481152-e3ad-4488-bd70-6282e1b1101f	6a1d0001-0000-4000-8000-000000000001	16	{"Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "85c24f42-b075-322f-b5f8-5fc0d488caa3", "PersonId": "c562e3fb-e023-3c2b-b2e1-1b055057c72e", "Position": "镇中心卫生院副院长", "TenureId": "537cdbf4-b51f-3f50-a290-25a359c6522b", "UnitName": "镇中心卫生院", "PersonName": "徐晖", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279646+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
39	ac7f7b34-4cca-46c0-9082-92e43a243bd2	6a1d0001-0000-4000-8000-000000000001	17	{"Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "a0df044d-8d34-3c8f-842a-542c208fcbb2", "PersonId": "5e856abd-bb76-36bc-ac98-841a1e255077", "Position": "实验学校校长", "TenureId": "39b8c365-be6c-34ae-a38e-3a8ce92598e9", "UnitName": "实验学校", "PersonName": "牟俊英", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279646+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
40	a81fe2c3-75e7-4273-8292-d060898c2679	6a1d0001-0000-4000-8000-000000000001	18	{"Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "5c899bd6-687a-31d6-9e7c-90eaa4a54348", "PersonId": "1b058d2d-4d13-31c6-8264-7875df53c0cf", "Position": "派出所所长", "TenureId": "18c7eca4-cabe-3ee4-af2d-74139815268b", "UnitName": "派出所", "PersonName": "涂安银", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279646+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
41	530b8b76-e3f9-493c-b5be-780ddd49d605	6a1d0001-0000-4000-8000-000000000001	19	{"Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "5fea89d2-2ab9-35b5-b8c3-9c5c75f9a14b", "PersonId": "5030e384-c2e8-371d-85bc-a15b33fd0603", "Position": "市场监管所所长", "TenureId": "9dd3ce1f-96dd-3e06-af2a-df3727bb502e", "UnitName": "市场监管所", "PersonName": "向明", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279646+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
42	8ae8f53b-97c4-49a2-9e60-ade86e02e099	6a1d0001-0000-4000-8000-000000000001	20	{"Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "394a1f01-671b-3148-b20c-63dfde3780b3", "PersonId": "1c42505b-22bd-3edf-b011-e706b3193fb0", "Position": "双骑龙村负责人", "TenureId": "aabf0f1b-c37a-3956-825a-5b5d0ddffa56", "UnitName": "双骑龙村", "PersonName": "陈襄", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279646+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
43	ddabb679-0612-462b-bdf0-ef0dc2ea1b98	6a1d0001-0000-4000-8000-000000000001	21	{"Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "15b095c3-cda6-300a-a443-2434bbc49b16", "PersonId": "b6fc3ed0-b44f-33b0-bc6d-eb43aa21909b", "Position": "建设村负责人", "TenureId": "b3df89d6-a1bd-305f-82f2-613f716b7c60", "UnitName": "建设村", "PersonName": "刘建容", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279646+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
44	25b4cbd8-44be-45b6-9ea9-66cb253c5a4c	6a1d0001-0000-4000-8000-000000000001	22	{"Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "0dbe35d0-de51-3c88-aba2-7cf0f5e031d3", "PersonId": "58549485-9af6-33b5-bdc1-f27a90633cc3", "Position": "观音桥村负责人", "TenureId": "6f5f5417-4c8c-35eb-b949-2fb704d59c54", "UnitName": "观音桥村", "PersonName": "刘郭胜", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279646+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
45	5d5cbd95-4b20-4f24-b6df-bd85c2eef8f8	6a1d0001-0000-4000-8000-000000000001	23	{"Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "1276be36-af75-32f9-acfb-c09d33dce90e", "PersonId": "301ec0bb-2a18-397c-be13-abe23bc1ee68", "Position": "英雄湾村负责人", "TenureId": "a165c8af-f760-3d46-ad0f-e593ee1c0d1e", "UnitName": "英雄湾村", "PersonName": "王速明", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279646+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
46	be86a870-81fe-4063-b5ee-1c6a7f77e1b6	6a1d0001-0000-4000-8000-000000000001	24	{"Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "df8ae901-6534-3e77-9579-ecba80889e7c", "PersonId": "aadd9fe5-ceb2-3b6a-9f7c-90a78ff6c8b4", "Position": "新合村负责人", "TenureId": "de68c780-3a24-3bae-a396-c710287ab661", "UnitName": "新合村", "PersonName": "李小琴", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279646+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
47	7b878ed8-7125-4b0a-bc98-6a619efded58	6a1d0001-0000-4000-8000-000000000001	25	{"Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "3fc23265-1080-3799-85a0-27bc1761cc3c", "PersonId": "5136663e-0946-36c1-b72e-997e4283e6f5", "Position": "大碑村负责人", "TenureId": "5234b789-ef3b-320c-aa19-9b24019adb01", "UnitName": "大碑村", "PersonName": "杨伟", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279646+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
48	ba6f8eb7-abb9-4c06-8b16-b19d0f24b700	6a1d0001-0000-4000-8000-000000000001	26	{"Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "7d2fb6f3-1416-3243-8bcf-1ad31cd84f6e", "PersonId": "b367c7fe-c5ee-35c0-b16d-a16a4190d061", "Position": "黄金堡村负责人", "TenureId": "9d6a4da9-7e74-3bef-9088-f7a98bf2a60d", "UnitName": "黄金堡村", "PersonName": "刘冬梅", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279646+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
49	83c6f13e-7204-452b-9999-1158eee60c7c	6a1d0001-0000-4000-8000-000000000001	27	{"Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "b423c0b4-170a-31d1-baa6-6e7cc52d2672", "PersonId": "c5e1b739-f031-38c4-b437-ef31be338bfd", "Position": "冬笋坝社区负责人", "TenureId": "aeb4c102-b766-387b-86f7-2fd43ae5151d", "UnitName": "冬笋坝社区", "PersonName": "刘长玲", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279646+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
50	044e3484-ddf7-48eb-8c99-995e79c155b3	6a1d0001-0000-4000-8000-000000000001	28	{"Role": 2, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "1dc6da54-c3c1-3891-8d65-2a4320c9c762", "PersonId": "87a44b97-fe08-3bf9-a7e6-e77655fd5546", "Position": "铜罐社区负责人", "TenureId": "19855a0d-3774-3328-ad5e-7948f0cf20c0", "UnitName": "铜罐社区", "PersonName": "赵文君", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279646+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
51	4acf49a0-3fed-4900-babe-2e544b73b426	6a1d0001-0000-4000-8000-000000000002	1	{"Kind": 1, "Name": "铜罐驿镇未成年人保护工作领导小组办公室", "Basis": "铜罐驿府发〔2022〕3号", "BodyId": "6a1d0001-0000-4000-8000-000000000002", "EstablishedOn": "2022-01-28"}	\N	body_established	2026-12-01 14:51:25.279724+00	*DEFAULT*	Secretariat.Web.Features.Roster.BodyEstablished, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
52	7e9e005f-332b-4b69-9ed0-c65d15478c0f	6a1d0001-0000-4000-8000-000000000002	2	{"Role": 3, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": null, "PersonId": "6eefe291-f60a-3560-be81-5ff0269afbd2", "Position": "副镇长（兼任）", "TenureId": "249e1a11-9d76-3b7d-be87-840c9128e41a", "UnitName": null, "PersonName": "刘兵", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279724+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
53	53420102-a49c-4356-84ff-bcc871d363f4	6a1d0001-0000-4000-8000-000000000002	3	{"Role": 4, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "8eb850b3-503d-3c8d-8fdc-840e7812d184", "PersonId": "2ba5831c-782a-326b-aa28-ee6da391e465", "Position": "民政和社事办负责人（兼任）", "TenureId": "82ba7586-c3ec-3355-980f-230751800f2d", "UnitName": "民政和社事办", "PersonName": "黄荣亮", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279724+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
54	c51cb2aa-cef7-4c3f-99c4-cc796e55675e	6a1d0001-0000-4000-8000-000000000002	4	{"Role": 5, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "8eb850b3-503d-3c8d-8fdc-840e7812d184", "PersonId": "58bc23fc-3585-3272-aec0-8c7a48a3baed", "Position": "负责日常工作及资料收集", "TenureId": "7a0a076a-b4b3-3239-83a3-56955ed74887", "UnitName": "民政和社事办", "PersonName": "赵旦月", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279724+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
55	acf955bd-c7ee-490a-bba5-d86ac5ea4a80	6a1d0001-0000-4000-8000-000000000003	1	{"Kind": 2, "Name": "铜罐驿镇未成年人保护工作站", "Basis": "铜罐驿府发〔2022〕3号", "BodyId": "6a1d0001-0000-4000-8000-000000000003", "EstablishedOn": "2022-01-28"}	\N	body_established	2026-12-01 14:51:25.279731+00	*DEFAULT*	Secretariat.Web.Features.Roster.BodyEstablished, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
56	5a9bc0db-b983-41d3-a533-ba54ed8228a3	6a1d0001-0000-4000-8000-000000000003	2	{"Role": 6, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": null, "PersonId": "6eefe291-f60a-3560-be81-5ff0269afbd2", "Position": "副镇长", "TenureId": "1ce68a2b-6240-3e62-a01a-150db25a4a06", "UnitName": null, "PersonName": "刘兵", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279731+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
57	5314476c-a4a1-4eff-8475-6eb599bb8725	6a1d0001-0000-4000-8000-000000000003	3	{"Role": 7, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "5c899bd6-687a-31d6-9e7c-90eaa4a54348", "PersonId": "1b058d2d-4d13-31c6-8264-7875df53c0cf", "Position": "派出所所长", "TenureId": "e7dd2a47-e8cb-3cb1-b35b-673335ef30b7", "UnitName": "派出所", "PersonName": "涂安银", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279731+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
58	6bdb8e1d-f73f-424d-8f91-d5062c561a1e	6a1d0001-0000-4000-8000-000000000003	4	{"Role": 8, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "8eb850b3-503d-3c8d-8fdc-840e7812d184", "PersonId": "2ba5831c-782a-326b-aa28-ee6da391e465", "Position": "民政和社事办负责人", "TenureId": "cdf3aa17-a446-3fda-bc85-cfbdd569c939", "UnitName": "民政和社事办", "PersonName": "黄荣亮", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279731+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
59	cb2e9864-f060-42bc-adf0-c227891ebf72	6a1d0001-0000-4000-8000-000000000003	5	{"Role": 8, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "b58ad151-7f31-3320-8c28-1aa6fdc6a52d", "PersonId": "f4f326ea-4555-33e8-bae4-b6037dbcb361", "Position": "劳动就业与社保所负责人、妇联负责人", "TenureId": "f5a3966a-1eca-384f-bfa7-2066ca49b1ff", "UnitName": "劳动就业与社保所", "PersonName": "邓娟", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279731+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
60	22a19a18-e1b7-4be5-ad7c-ded68d370c79	6a1d0001-0000-4000-8000-000000000003	6	{"Role": 8, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "f2ae7908-4583-3b1f-b366-63f9f9375c6f", "PersonId": "0386647b-306d-3170-b28a-4d0d08023335", "Position": "平安办负责人", "TenureId": "095e3693-fa07-3f46-939a-28f90b5c44e7", "UnitName": "平安办", "PersonName": "刘亚东", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279731+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
61	cda87f7f-c357-4ff7-bc3d-8913296a0107	6a1d0001-0000-4000-8000-000000000003	7	{"Role": 8, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "9a1c2af6-7385-37ec-bccf-f614f4e280cd", "PersonId": "cd721722-845d-33d2-9138-01470958dce7", "Position": "团委负责人", "TenureId": "b8303bf7-0424-328a-88f2-d5b1e2161fb4", "UnitName": "团委", "PersonName": "钱洪伟", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279731+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
62	1f155d85-c8bb-4937-a21d-b24b73aa0cc0	6a1d0001-0000-4000-8000-000000000003	8	{"Role": 8, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "85c24f42-b075-322f-b5f8-5fc0d488caa3", "PersonId": "c562e3fb-e023-3c2b-b2e1-1b055057c72e", "Position": "镇中心卫生院副院长", "TenureId": "c65a2248-b9d9-3099-bb0b-6a65531346b0", "UnitName": "镇中心卫生院", "PersonName": "徐晖", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279731+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
63	56a6abce-3baf-45be-9f1b-f1b30310fe60	6a1d0001-0000-4000-8000-000000000003	9	{"Role": 8, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "a0df044d-8d34-3c8f-842a-542c208fcbb2", "PersonId": "5e856abd-bb76-36bc-ac98-841a1e255077", "Position": "实验学校校长", "TenureId": "090bb894-fc40-3f41-a0e9-20c095e9d565", "UnitName": "实验学校", "PersonName": "牟俊英", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279731+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
64	6b622c97-a970-4441-92b2-e727d536fc82	6a1d0001-0000-4000-8000-000000000003	10	{"Role": 8, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "5fea89d2-2ab9-35b5-b8c3-9c5c75f9a14b", "PersonId": "5030e384-c2e8-371d-85bc-a15b33fd0603", "Position": "市场监管所所长", "TenureId": "a6eaccd9-5a92-3faf-8a89-67d30a32f83f", "UnitName": "市场监管所", "PersonName": "向明", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279731+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
65	460b6fc6-3a27-49ad-9ba5-99b449fc9c08	6a1d0001-0000-4000-8000-000000000003	11	{"Role": 9, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "8eb850b3-503d-3c8d-8fdc-840e7812d184", "PersonId": "58bc23fc-3585-3272-aec0-8c7a48a3baed", "Position": "儿童督导员、残联工作负责人", "TenureId": "fd32b86a-41f0-3b2c-8f8b-c176beb00d23", "UnitName": "民政和社事办", "PersonName": "赵旦月", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279731+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
66	c32f834f-0a50-44e7-ac6c-501e8eb10e03	6a1d0001-0000-4000-8000-000000000003	12	{"Role": 8, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "c469c6ae-b74e-3dd8-8de2-5a2285fc9ffd", "PersonId": "67a1db80-6fb5-3b07-a995-53c53d3dbcf6", "Position": "齐心社会工作服务中心负责人", "TenureId": "21f9b554-093e-3ed4-af9a-58633c793807", "UnitName": "齐心社会工作服务中心", "PersonName": "陈宏", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279731+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
67	58d3633e-a075-46f0-9273-9a3412777989	6a1d0001-0000-4000-8000-000000000003	13	{"Role": 10, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "394a1f01-671b-3148-b20c-63dfde3780b3", "PersonId": "dc1afc72-5c4a-3132-b9a4-67a7a8d90492", "Position": "双骑龙村儿童主任", "TenureId": "6f26c14f-882b-3bfc-b917-56fd60cc27e6", "UnitName": "双骑龙村", "PersonName": "邹利", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279731+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
68	8e293dbf-5e86-4796-9f84-9675935eb82e	6a1d0001-0000-4000-8000-000000000003	14	{"Role": 10, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "15b095c3-cda6-300a-a443-2434bbc49b16", "PersonId": "fbda54eb-4dc6-38d2-ae64-e3f2cad4ff8f", "Position": "建设村儿童主任", "TenureId": "f1305865-91ed-3bac-adb7-8b318b09b0f1", "UnitName": "建设村", "PersonName": "朱美桦", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279731+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
69	47db08a5-b3ea-4095-8393-d4eef5154b4f	6a1d0001-0000-4000-8000-000000000003	15	{"Role": 10, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "0dbe35d0-de51-3c88-aba2-7cf0f5e031d3", "PersonId": "9eca5c24-6a6f-3858-a07f-f57ff5792002", "Position": "观音桥村儿童主任", "TenureId": "b2d37c1d-1b83-3918-9972-c3c5b1e87946", "UnitName": "观音桥村", "PersonName": "李丽妮", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279731+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
70	dbb87922-49c3-420d-ab13-7006dcaf710e	6a1d0001-0000-4000-8000-000000000003	16	{"Role": 10, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "1276be36-af75-32f9-acfb-c09d33dce90e", "PersonId": "51073bdc-0fd9-355b-aff5-e4eebce98b63", "Position": "英雄湾村儿童主任", "TenureId": "46769727-d902-3799-bf5a-c8487740d39b", "UnitName": "英雄湾村", "PersonName": "罗翠", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279731+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
71	9ecb3b95-e418-4d95-9e12-99504418ee50	6a1d0001-0000-4000-8000-000000000003	17	{"Role": 10, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "df8ae901-6534-3e77-9579-ecba80889e7c", "PersonId": "04e72d6c-ffe7-3847-8677-26f0e2d07426", "Position": "新合村儿童主任", "TenureId": "ed7efb66-c9f5-3339-8213-013f22a96b7b", "UnitName": "新合村", "PersonName": "牟芸瑶", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279731+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
72	a8369a06-8aaf-4175-aa88-c1d92ba91cd3	6a1d0001-0000-4000-8000-000000000003	18	{"Role": 10, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "3fc23265-1080-3799-85a0-27bc1761cc3c", "PersonId": "515d85a4-48af-30a9-a906-a3637ab9a8d9", "Position": "大碑村儿童主任", "TenureId": "66b2202f-9cb0-326b-bac3-02e9b3a8f99e", "UnitName": "大碑村", "PersonName": "刘德英", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279731+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
73	6c96d725-f49c-493b-8420-7637e13fd232	6a1d0001-0000-4000-8000-000000000003	19	{"Role": 10, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "7d2fb6f3-1416-3243-8bcf-1ad31cd84f6e", "PersonId": "1f31cf82-2741-3794-9237-ee9786088ca7", "Position": "黄金堡村儿童主任", "TenureId": "2b000912-4607-3ae4-9a20-d3bf6c777098", "UnitName": "黄金堡村", "PersonName": "何捷", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279731+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
74	3c1ea140-07df-4ed8-aebb-9847ca761a91	6a1d0001-0000-4000-8000-000000000003	20	{"Role": 10, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "b423c0b4-170a-31d1-baa6-6e7cc52d2672", "PersonId": "79703632-7a7b-3d9f-9d9b-5e99d930b7fb", "Position": "冬笋坝社区儿童主任", "TenureId": "08caf678-0337-325f-8b6a-7b79d0ed2edd", "UnitName": "冬笋坝社区", "PersonName": "黄俊人", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279731+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
75	3aa1991d-8802-488d-b9c9-8bf3eb3d925a	6a1d0001-0000-4000-8000-000000000003	21	{"Role": 10, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "1dc6da54-c3c1-3891-8d65-2a4320c9c762", "PersonId": "45c3d03b-022c-30d7-93de-85360f812755", "Position": "铜罐社区儿童主任", "TenureId": "d91c1d76-2c53-3a51-8361-edc62690d134", "UnitName": "铜罐社区", "PersonName": "赵筱晗", "EffectiveOn": "2022-01-28", "AdjustmentId": null}	\N	member_appointed	2026-12-01 14:51:25.279731+00	*DEFAULT*	Secretariat.Web.Features.Roster.MemberAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
76	f5ebc55e-5a4f-4714-a979-20b449342168	6a1d0001-0000-4000-8000-0000000000ff	1	{"Basis": "铜罐驿府发〔2022〕3号", "LoadedFor": "2022-01-28"}	\N	sample_town_loaded	2026-12-01 14:51:25.279759+00	*DEFAULT*	Secretariat.Web.Features.Roster.SampleTownLoaded, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-929c-b7bd-5ad2-b4985edb0000	null	f
77	8b36c19a-5e68-4213-9ca0-767cd506604f	58bc23fc-3585-3272-aec0-8c7a48a3baed	1	{"Duty": 1, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "8eb850b3-503d-3c8d-8fdc-840e7812d184", "PersonId": "58bc23fc-3585-3272-aec0-8c7a48a3baed", "UnitName": "民政和社事办", "PersonName": "赵旦月", "EffectiveOn": "2022-01-28", "AppointmentId": "fd32b86a-41f0-3b2c-8f8b-c176beb00d23"}	\N	child_worker_appointed	2026-12-01 14:51:25.758216+00	*DEFAULT*	Secretariat.Web.Features.Training.ChildWorkerAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-92dd-fc17-5ad2-b4985edb0000	null	f
78	7d6d4739-af2e-46d1-933a-9aab5feb6b0d	dc1afc72-5c4a-3132-b9a4-67a7a8d90492	1	{"Duty": 0, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "394a1f01-671b-3148-b20c-63dfde3780b3", "PersonId": "dc1afc72-5c4a-3132-b9a4-67a7a8d90492", "UnitName": "双骑龙村", "PersonName": "邹利", "EffectiveOn": "2022-01-28", "AppointmentId": "6f26c14f-882b-3bfc-b917-56fd60cc27e6"}	\N	child_worker_appointed	2026-12-01 14:51:25.758285+00	*DEFAULT*	Secretariat.Web.Features.Training.ChildWorkerAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-92dd-fc17-5ad2-b4985edb0000	null	f
79	ab3a9a58-b15e-4407-b1a2-7a0fa5c40e27	fbda54eb-4dc6-38d2-ae64-e3f2cad4ff8f	1	{"Duty": 0, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "15b095c3-cda6-300a-a443-2434bbc49b16", "PersonId": "fbda54eb-4dc6-38d2-ae64-e3f2cad4ff8f", "UnitName": "建设村", "PersonName": "朱美桦", "EffectiveOn": "2022-01-28", "AppointmentId": "f1305865-91ed-3bac-adb7-8b318b09b0f1"}	\N	child_worker_appointed	2026-12-01 14:51:25.758289+00	*DEFAULT*	Secretariat.Web.Features.Training.ChildWorkerAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-92dd-fc17-5ad2-b4985edb0000	null	f
80	1669b5d3-82b3-4ebc-bce7-63e5babde524	9eca5c24-6a6f-3858-a07f-f57ff5792002	1	{"Duty": 0, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "0dbe35d0-de51-3c88-aba2-7cf0f5e031d3", "PersonId": "9eca5c24-6a6f-3858-a07f-f57ff5792002", "UnitName": "观音桥村", "PersonName": "李丽妮", "EffectiveOn": "2022-01-28", "AppointmentId": "b2d37c1d-1b83-3918-9972-c3c5b1e87946"}	\N	child_worker_appointed	2026-12-01 14:51:25.758296+00	*DEFAULT*	Secretariat.Web.Features.Training.ChildWorkerAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-92dd-fc17-5ad2-b4985edb0000	null	f
81	8333a517-01aa-437f-9f79-845f570c0da1	51073bdc-0fd9-355b-aff5-e4eebce98b63	1	{"Duty": 0, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "1276be36-af75-32f9-acfb-c09d33dce90e", "PersonId": "51073bdc-0fd9-355b-aff5-e4eebce98b63", "UnitName": "英雄湾村", "PersonName": "罗翠", "EffectiveOn": "2022-01-28", "AppointmentId": "46769727-d902-3799-bf5a-c8487740d39b"}	\N	child_worker_appointed	2026-12-01 14:51:25.7583+00	*DEFAULT*	Secretariat.Web.Features.Training.ChildWorkerAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-92dd-fc17-5ad2-b4985edb0000	null	f
82	4c5e96b4-6374-4d95-be13-515a2988232b	04e72d6c-ffe7-3847-8677-26f0e2d07426	1	{"Duty": 0, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "df8ae901-6534-3e77-9579-ecba80889e7c", "PersonId": "04e72d6c-ffe7-3847-8677-26f0e2d07426", "UnitName": "新合村", "PersonName": "牟芸瑶", "EffectiveOn": "2022-01-28", "AppointmentId": "ed7efb66-c9f5-3339-8213-013f22a96b7b"}	\N	child_worker_appointed	2026-12-01 14:51:25.758306+00	*DEFAULT*	Secretariat.Web.Features.Training.ChildWorkerAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-92dd-fc17-5ad2-b4985edb0000	null	f
83	131a86bc-eadc-45d9-b124-dc02a12a746f	515d85a4-48af-30a9-a906-a3637ab9a8d9	1	{"Duty": 0, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "3fc23265-1080-3799-85a0-27bc1761cc3c", "PersonId": "515d85a4-48af-30a9-a906-a3637ab9a8d9", "UnitName": "大碑村", "PersonName": "刘德英", "EffectiveOn": "2022-01-28", "AppointmentId": "66b2202f-9cb0-326b-bac3-02e9b3a8f99e"}	\N	child_worker_appointed	2026-12-01 14:51:25.758309+00	*DEFAULT*	Secretariat.Web.Features.Training.ChildWorkerAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-92dd-fc17-5ad2-b4985edb0000	null	f
84	39d360ac-7a70-45eb-b3e0-cc99ff3707f2	1f31cf82-2741-3794-9237-ee9786088ca7	1	{"Duty": 0, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "7d2fb6f3-1416-3243-8bcf-1ad31cd84f6e", "PersonId": "1f31cf82-2741-3794-9237-ee9786088ca7", "UnitName": "黄金堡村", "PersonName": "何捷", "EffectiveOn": "2022-01-28", "AppointmentId": "2b000912-4607-3ae4-9a20-d3bf6c777098"}	\N	child_worker_appointed	2026-12-01 14:51:25.758312+00	*DEFAULT*	Secretariat.Web.Features.Training.ChildWorkerAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-92dd-fc17-5ad2-b4985edb0000	null	f
85	367bca10-e182-42e4-a95b-7e0610ba3fa0	79703632-7a7b-3d9f-9d9b-5e99d930b7fb	1	{"Duty": 0, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "b423c0b4-170a-31d1-baa6-6e7cc52d2672", "PersonId": "79703632-7a7b-3d9f-9d9b-5e99d930b7fb", "UnitName": "冬笋坝社区", "PersonName": "黄俊人", "EffectiveOn": "2022-01-28", "AppointmentId": "08caf678-0337-325f-8b6a-7b79d0ed2edd"}	\N	child_worker_appointed	2026-12-01 14:51:25.758315+00	*DEFAULT*	Secretariat.Web.Features.Training.ChildWorkerAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-92dd-fc17-5ad2-b4985edb0000	null	f
86	c7b9dd66-23b7-4ca3-94f1-435698478a44	45c3d03b-022c-30d7-93de-85360f812755	1	{"Duty": 0, "Basis": "铜罐驿府发〔2022〕3号", "UnitId": "1dc6da54-c3c1-3891-8d65-2a4320c9c762", "PersonId": "45c3d03b-022c-30d7-93de-85360f812755", "UnitName": "铜罐社区", "PersonName": "赵筱晗", "EffectiveOn": "2022-01-28", "AppointmentId": "d91c1d76-2c53-3a51-8361-edc62690d134"}	\N	child_worker_appointed	2026-12-01 14:51:25.758319+00	*DEFAULT*	Secretariat.Web.Features.Training.ChildWorkerAppointed, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-92dd-fc17-5ad2-b4985edb0000	null	f
87	3fa8f46e-2cda-4bd5-b1d1-b4885dac7c1c	6a1d0002-0000-4000-8000-0000000000ff	1	{"Basis": "铜罐驿府发〔2022〕3号 附件3-1 儿童主任、儿童督导员", "LoadedFor": "2022-01-28"}	\N	sample_town_loaded	2026-12-01 14:51:25.758322+00	*DEFAULT*	Secretariat.Web.Features.Roster.SampleTownLoaded, Secretariat.Web	d51bf7d7-f858-4ad8-bb5d-55436458a4e1	08df4fba-92dd-fc17-5ad2-b4985edb0000	null	f
88	ae849a4a-f78e-4eb8-8e80-697e63aa5922	477a4cee-2aa9-3438-8b05-7a3458cb5f1d	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R6-onboarding:08caf678-0337-325f-8b6a-7b79d0ed2edd", "Rule": "R6-onboarding", "State": {"Link": "/training/people/79703632-7a7b-3d9f-9d9b-5e99d930b7fb", "DueOn": "2022-04-28", "Severity": 5, "Explanation": "入职培训应于 2022-04-28 前完成（任职后三个月内），已逾期未完成", "ReminderDays": null}, "Period": "2022-01-28 任职", "AlertId": "477a4cee-2aa9-3438-8b05-7a3458cb5f1d", "Subject": "黄俊人（儿童主任）", "UnitIds": ["b423c0b4-170a-31d1-baa6-6e7cc52d2672"]}	\N	alert_opened	2026-12-01 14:51:29.472595+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
89	8de54511-d199-4473-848e-c5d8f4fc4c93	2719b38f-c954-3f68-9cc4-18783e83fb79	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R6-onboarding:2b000912-4607-3ae4-9a20-d3bf6c777098", "Rule": "R6-onboarding", "State": {"Link": "/training/people/1f31cf82-2741-3794-9237-ee9786088ca7", "DueOn": "2022-04-28", "Severity": 5, "Explanation": "入职培训应于 2022-04-28 前完成（任职后三个月内），已逾期未完成", "ReminderDays": null}, "Period": "2022-01-28 任职", "AlertId": "2719b38f-c954-3f68-9cc4-18783e83fb79", "Subject": "何捷（儿童主任）", "UnitIds": ["7d2fb6f3-1416-3243-8bcf-1ad31cd84f6e"]}	\N	alert_opened	2026-12-01 14:51:29.472656+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
90	6c087775-5c69-4807-8c78-ea2c38791ec7	279bcec2-612e-34b1-96fb-41a4eaa5a138	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R6-onboarding:46769727-d902-3799-bf5a-c8487740d39b", "Rule": "R6-onboarding", "State": {"Link": "/training/people/51073bdc-0fd9-355b-aff5-e4eebce98b63", "DueOn": "2022-04-28", "Severity": 5, "Explanation": "入职培训应于 2022-04-28 前完成（任职后三个月内），已逾期未完成", "ReminderDays": null}, "Period": "2022-01-28 任职", "AlertId": "279bcec2-612e-34b1-96fb-41a4eaa5a138", "Subject": "罗翠（儿童主任）", "UnitIds": ["1276be36-af75-32f9-acfb-c09d33dce90e"]}	\N	alert_opened	2026-12-01 14:51:29.47266+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
91	54bd4e6d-6869-4faf-9890-ca38ead5e700	aeb09bac-554a-3ae7-8ebb-462a845a0b00	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R6-onboarding:66b2202f-9cb0-326b-bac3-02e9b3a8f99e", "Rule": "R6-onboarding", "State": {"Link": "/training/people/515d85a4-48af-30a9-a906-a3637ab9a8d9", "DueOn": "2022-04-28", "Severity": 5, "Explanation": "入职培训应于 2022-04-28 前完成（任职后三个月内），已逾期未完成", "ReminderDays": null}, "Period": "2022-01-28 任职", "AlertId": "aeb09bac-554a-3ae7-8ebb-462a845a0b00", "Subject": "刘德英（儿童主任）", "UnitIds": ["3fc23265-1080-3799-85a0-27bc1761cc3c"]}	\N	alert_opened	2026-12-01 14:51:29.472664+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
92	a48fa628-eb45-479f-8f46-aaddabf59c10	53d627db-dc9f-3802-89cd-24fea8a53044	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R6-onboarding:6f26c14f-882b-3bfc-b917-56fd60cc27e6", "Rule": "R6-onboarding", "State": {"Link": "/training/people/dc1afc72-5c4a-3132-b9a4-67a7a8d90492", "DueOn": "2022-04-28", "Severity": 5, "Explanation": "入职培训应于 2022-04-28 前完成（任职后三个月内），已逾期未完成", "ReminderDays": null}, "Period": "2022-01-28 任职", "AlertId": "53d627db-dc9f-3802-89cd-24fea8a53044", "Subject": "邹利（儿童主任）", "UnitIds": ["394a1f01-671b-3148-b20c-63dfde3780b3"]}	\N	alert_opened	2026-12-01 14:51:29.472673+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
93	af293f99-4faf-40a1-b0f3-67cb95b3422a	64695dea-9a5c-3dc7-99ba-43b878074217	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R6-onboarding:b2d37c1d-1b83-3918-9972-c3c5b1e87946", "Rule": "R6-onboarding", "State": {"Link": "/training/people/9eca5c24-6a6f-3858-a07f-f57ff5792002", "DueOn": "2022-04-28", "Severity": 5, "Explanation": "入职培训应于 2022-04-28 前完成（任职后三个月内），已逾期未完成", "ReminderDays": null}, "Period": "2022-01-28 任职", "AlertId": "64695dea-9a5c-3dc7-99ba-43b878074217", "Subject": "李丽妮（儿童主任）", "UnitIds": ["0dbe35d0-de51-3c88-aba2-7cf0f5e031d3"]}	\N	alert_opened	2026-12-01 14:51:29.472678+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
94	b04b5124-3511-4624-8b9d-f2c2af837941	3cef5792-3ad1-369d-a260-db8d23138764	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R6-onboarding:d91c1d76-2c53-3a51-8361-edc62690d134", "Rule": "R6-onboarding", "State": {"Link": "/training/people/45c3d03b-022c-30d7-93de-85360f812755", "DueOn": "2022-04-28", "Severity": 5, "Explanation": "入职培训应于 2022-04-28 前完成（任职后三个月内），已逾期未完成", "ReminderDays": null}, "Period": "2022-01-28 任职", "AlertId": "3cef5792-3ad1-369d-a260-db8d23138764", "Subject": "赵筱晗（儿童主任）", "UnitIds": ["1dc6da54-c3c1-3891-8d65-2a4320c9c762"]}	\N	alert_opened	2026-12-01 14:51:29.472682+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
95	92df9b82-77b9-4c68-8379-7730dcd19b17	f5481891-d39a-3d4a-a3f4-17d0178e4ad1	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R6-onboarding:ed7efb66-c9f5-3339-8213-013f22a96b7b", "Rule": "R6-onboarding", "State": {"Link": "/training/people/04e72d6c-ffe7-3847-8677-26f0e2d07426", "DueOn": "2022-04-28", "Severity": 5, "Explanation": "入职培训应于 2022-04-28 前完成（任职后三个月内），已逾期未完成", "ReminderDays": null}, "Period": "2022-01-28 任职", "AlertId": "f5481891-d39a-3d4a-a3f4-17d0178e4ad1", "Subject": "牟芸瑶（儿童主任）", "UnitIds": ["df8ae901-6534-3e77-9579-ecba80889e7c"]}	\N	alert_opened	2026-12-01 14:51:29.472685+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
96	ff970af3-241a-486d-83b1-746c467a8a51	fbd62fef-ea69-3907-bbd7-b68fc8187cd6	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R6-onboarding:f1305865-91ed-3bac-adb7-8b318b09b0f1", "Rule": "R6-onboarding", "State": {"Link": "/training/people/fbda54eb-4dc6-38d2-ae64-e3f2cad4ff8f", "DueOn": "2022-04-28", "Severity": 5, "Explanation": "入职培训应于 2022-04-28 前完成（任职后三个月内），已逾期未完成", "ReminderDays": null}, "Period": "2022-01-28 任职", "AlertId": "fbd62fef-ea69-3907-bbd7-b68fc8187cd6", "Subject": "朱美桦（儿童主任）", "UnitIds": ["15b095c3-cda6-300a-a443-2434bbc49b16"]}	\N	alert_opened	2026-12-01 14:51:29.472688+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
97	98801395-3818-49b0-b086-f26cb572e035	9bfbbad8-cf81-3580-a4d2-8b880635ad87	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R6-onboarding:fd32b86a-41f0-3b2c-8f8b-c176beb00d23", "Rule": "R6-onboarding", "State": {"Link": "/training/people/58bc23fc-3585-3272-aec0-8c7a48a3baed", "DueOn": "2022-04-28", "Severity": 5, "Explanation": "入职培训应于 2022-04-28 前完成（任职后三个月内），已逾期未完成", "ReminderDays": null}, "Period": "2022-01-28 任职", "AlertId": "9bfbbad8-cf81-3580-a4d2-8b880635ad87", "Subject": "赵旦月（儿童督导员）", "UnitIds": ["8eb850b3-503d-3c8d-8fdc-840e7812d184"]}	\N	alert_opened	2026-12-01 14:51:29.472691+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
98	1fbe4b22-e38d-4744-98bf-a095b204723d	7190c118-966f-3f37-86e7-59c1fc277650	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R7:2022-H1", "Rule": "R7", "State": {"Link": "/reports?year=2022", "DueOn": "2022-07-15", "Severity": 5, "Explanation": "工作站2022年上半年工作报告应于 2022-07-15 前报送领导小组办公室，至今未收到", "ReminderDays": null}, "Period": "2022H1", "AlertId": "7190c118-966f-3f37-86e7-59c1fc277650", "Subject": "2022年上半年工作报告", "UnitIds": []}	\N	alert_opened	2026-12-01 14:51:29.472694+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
99	30b3c6e9-246c-4c33-a813-2f28347e1ff6	c3cf8582-f701-3d6e-b05e-e314f74d4f7b	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R3:2022", "Rule": "R3", "State": {"Link": "/meetings?year=2022", "DueOn": "2022-12-31", "Severity": 5, "Explanation": "2022 年召开并印发纪要的领导小组会议 0 次，少于每年至少 2 次的要求（附件2 第12项）", "ReminderDays": null}, "Period": "2022年", "AlertId": "c3cf8582-f701-3d6e-b05e-e314f74d4f7b", "Subject": "领导小组会议", "UnitIds": []}	\N	alert_opened	2026-12-01 14:51:29.472696+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
100	34f52f71-d4f1-4f25-895e-0096559d6d34	b38a032d-350e-38e1-8255-17ff6e727233	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R7:2022-H2", "Rule": "R7", "State": {"Link": "/reports?year=2022", "DueOn": "2023-01-15", "Severity": 5, "Explanation": "工作站2022年下半年工作报告应于 2023-01-15 前报送领导小组办公室，至今未收到", "ReminderDays": null}, "Period": "2022H2", "AlertId": "b38a032d-350e-38e1-8255-17ff6e727233", "Subject": "2022年下半年工作报告", "UnitIds": []}	\N	alert_opened	2026-12-01 14:51:29.472699+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
101	2b80b86f-cf45-493e-b4d3-192933a28821	29240989-5fab-380f-80a6-edccc5566748	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R7:2023-H1", "Rule": "R7", "State": {"Link": "/reports?year=2023", "DueOn": "2023-07-15", "Severity": 5, "Explanation": "工作站2023年上半年工作报告应于 2023-07-15 前报送领导小组办公室，至今未收到", "ReminderDays": null}, "Period": "2023H1", "AlertId": "29240989-5fab-380f-80a6-edccc5566748", "Subject": "2023年上半年工作报告", "UnitIds": []}	\N	alert_opened	2026-12-01 14:51:29.472702+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
102	ce728fbb-9eed-4451-9b69-0987d0103385	c9226b08-5881-3c41-868c-50e1f579661a	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R3:2023", "Rule": "R3", "State": {"Link": "/meetings?year=2023", "DueOn": "2023-12-31", "Severity": 5, "Explanation": "2023 年召开并印发纪要的领导小组会议 0 次，少于每年至少 2 次的要求（附件2 第12项）", "ReminderDays": null}, "Period": "2023年", "AlertId": "c9226b08-5881-3c41-868c-50e1f579661a", "Subject": "领导小组会议", "UnitIds": []}	\N	alert_opened	2026-12-01 14:51:29.472705+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
103	6bc9de8a-5929-4ff1-8749-feb9f3b36cc3	dce978ea-76a0-3135-bf9a-a1137c2474dc	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R7:2023-H2", "Rule": "R7", "State": {"Link": "/reports?year=2023", "DueOn": "2024-01-15", "Severity": 5, "Explanation": "工作站2023年下半年工作报告应于 2024-01-15 前报送领导小组办公室，至今未收到", "ReminderDays": null}, "Period": "2023H2", "AlertId": "dce978ea-76a0-3135-bf9a-a1137c2474dc", "Subject": "2023年下半年工作报告", "UnitIds": []}	\N	alert_opened	2026-12-01 14:51:29.472709+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
104	a342f963-f78f-419b-a26d-dde228704be8	fa91eeb8-62fd-371e-9512-a7fd279a41ae	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R7:2024-H1", "Rule": "R7", "State": {"Link": "/reports?year=2024", "DueOn": "2024-07-15", "Severity": 5, "Explanation": "工作站2024年上半年工作报告应于 2024-07-15 前报送领导小组办公室，至今未收到", "ReminderDays": null}, "Period": "2024H1", "AlertId": "fa91eeb8-62fd-371e-9512-a7fd279a41ae", "Subject": "2024年上半年工作报告", "UnitIds": []}	\N	alert_opened	2026-12-01 14:51:29.472711+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
105	1e0975bb-6850-43e3-90af-90ce347d0859	050d88f6-d140-31f4-85d3-e88bb5fc78e4	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R3:2024", "Rule": "R3", "State": {"Link": "/meetings?year=2024", "DueOn": "2024-12-31", "Severity": 5, "Explanation": "2024 年召开并印发纪要的领导小组会议 0 次，少于每年至少 2 次的要求（附件2 第12项）", "ReminderDays": null}, "Period": "2024年", "AlertId": "050d88f6-d140-31f4-85d3-e88bb5fc78e4", "Subject": "领导小组会议", "UnitIds": []}	\N	alert_opened	2026-12-01 14:51:29.472715+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
106	7754cc4e-b381-4d7b-92c8-0ae13c086210	b8bebb9e-eae7-3837-819a-7a321015fa63	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R7:2024-H2", "Rule": "R7", "State": {"Link": "/reports?year=2024", "DueOn": "2025-01-15", "Severity": 5, "Explanation": "工作站2024年下半年工作报告应于 2025-01-15 前报送领导小组办公室，至今未收到", "ReminderDays": null}, "Period": "2024H2", "AlertId": "b8bebb9e-eae7-3837-819a-7a321015fa63", "Subject": "2024年下半年工作报告", "UnitIds": []}	\N	alert_opened	2026-12-01 14:51:29.472718+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
107	5aedec2c-3958-4bda-a348-64ea6811c6a3	4c99484a-c757-3884-9945-bdc55fe18892	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R7:2025-H1", "Rule": "R7", "State": {"Link": "/reports?year=2025", "DueOn": "2025-07-15", "Severity": 5, "Explanation": "工作站2025年上半年工作报告应于 2025-07-15 前报送领导小组办公室，至今未收到", "ReminderDays": null}, "Period": "2025H1", "AlertId": "4c99484a-c757-3884-9945-bdc55fe18892", "Subject": "2025年上半年工作报告", "UnitIds": []}	\N	alert_opened	2026-12-01 14:51:29.47272+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
108	e1a1d490-0d1e-4115-a635-acb05d56c96f	5bdd2885-fe05-3187-8702-fef2e171e501	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R3:2025", "Rule": "R3", "State": {"Link": "/meetings?year=2025", "DueOn": "2025-12-31", "Severity": 5, "Explanation": "2025 年召开并印发纪要的领导小组会议 0 次，少于每年至少 2 次的要求（附件2 第12项）", "ReminderDays": null}, "Period": "2025年", "AlertId": "5bdd2885-fe05-3187-8702-fef2e171e501", "Subject": "领导小组会议", "UnitIds": []}	\N	alert_opened	2026-12-01 14:51:29.472722+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
109	44b67be7-4041-49c4-b0b4-5753fb51dc20	e89f011c-ec49-3df2-85a3-2530ef4433c1	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R6-rotation:08caf678-0337-325f-8b6a-7b79d0ed2edd:2025", "Rule": "R6-rotation", "State": {"Link": "/training/people/79703632-7a7b-3d9f-9d9b-5e99d930b7fb", "DueOn": "2025-12-31", "Severity": 5, "Explanation": "2025 年度未参加轮训（每年至少一次），参加轮训后解除", "ReminderDays": null}, "Period": "2025年", "AlertId": "e89f011c-ec49-3df2-85a3-2530ef4433c1", "Subject": "黄俊人（儿童主任）", "UnitIds": ["b423c0b4-170a-31d1-baa6-6e7cc52d2672"]}	\N	alert_opened	2026-12-01 14:51:29.472724+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
110	9b55745f-11cd-4a18-a186-8b1dc4435cbb	d71db207-1343-3acb-99bd-9f7460d4d152	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R6-rotation:2b000912-4607-3ae4-9a20-d3bf6c777098:2025", "Rule": "R6-rotation", "State": {"Link": "/training/people/1f31cf82-2741-3794-9237-ee9786088ca7", "DueOn": "2025-12-31", "Severity": 5, "Explanation": "2025 年度未参加轮训（每年至少一次），参加轮训后解除", "ReminderDays": null}, "Period": "2025年", "AlertId": "d71db207-1343-3acb-99bd-9f7460d4d152", "Subject": "何捷（儿童主任）", "UnitIds": ["7d2fb6f3-1416-3243-8bcf-1ad31cd84f6e"]}	\N	alert_opened	2026-12-01 14:51:29.472727+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
111	defca844-3294-4ca6-b5d9-392e157730b8	43c6c223-dd0b-3181-9c4f-02c77c0617ca	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R6-rotation:46769727-d902-3799-bf5a-c8487740d39b:2025", "Rule": "R6-rotation", "State": {"Link": "/training/people/51073bdc-0fd9-355b-aff5-e4eebce98b63", "DueOn": "2025-12-31", "Severity": 5, "Explanation": "2025 年度未参加轮训（每年至少一次），参加轮训后解除", "ReminderDays": null}, "Period": "2025年", "AlertId": "43c6c223-dd0b-3181-9c4f-02c77c0617ca", "Subject": "罗翠（儿童主任）", "UnitIds": ["1276be36-af75-32f9-acfb-c09d33dce90e"]}	\N	alert_opened	2026-12-01 14:51:29.47273+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
112	2412cf9e-074d-4b9c-91cf-3ecc5ad5e487	0cebbba2-4288-3bda-8dcd-70e49163012f	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R6-rotation:66b2202f-9cb0-326b-bac3-02e9b3a8f99e:2025", "Rule": "R6-rotation", "State": {"Link": "/training/people/515d85a4-48af-30a9-a906-a3637ab9a8d9", "DueOn": "2025-12-31", "Severity": 5, "Explanation": "2025 年度未参加轮训（每年至少一次），参加轮训后解除", "ReminderDays": null}, "Period": "2025年", "AlertId": "0cebbba2-4288-3bda-8dcd-70e49163012f", "Subject": "刘德英（儿童主任）", "UnitIds": ["3fc23265-1080-3799-85a0-27bc1761cc3c"]}	\N	alert_opened	2026-12-01 14:51:29.472732+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
113	9852034a-9422-498f-943d-2a0da79e7f2b	f5a6ef80-5288-3293-8c92-7a74ba82f0cc	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R6-rotation:6f26c14f-882b-3bfc-b917-56fd60cc27e6:2025", "Rule": "R6-rotation", "State": {"Link": "/training/people/dc1afc72-5c4a-3132-b9a4-67a7a8d90492", "DueOn": "2025-12-31", "Severity": 5, "Explanation": "2025 年度未参加轮训（每年至少一次），参加轮训后解除", "ReminderDays": null}, "Period": "2025年", "AlertId": "f5a6ef80-5288-3293-8c92-7a74ba82f0cc", "Subject": "邹利（儿童主任）", "UnitIds": ["394a1f01-671b-3148-b20c-63dfde3780b3"]}	\N	alert_opened	2026-12-01 14:51:29.472735+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
114	161fad50-8ee9-4427-8793-8945df9f82fe	83fe7d05-4291-3ec0-8f87-14dcf26abf61	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R6-rotation:b2d37c1d-1b83-3918-9972-c3c5b1e87946:2025", "Rule": "R6-rotation", "State": {"Link": "/training/people/9eca5c24-6a6f-3858-a07f-f57ff5792002", "DueOn": "2025-12-31", "Severity": 5, "Explanation": "2025 年度未参加轮训（每年至少一次），参加轮训后解除", "ReminderDays": null}, "Period": "2025年", "AlertId": "83fe7d05-4291-3ec0-8f87-14dcf26abf61", "Subject": "李丽妮（儿童主任）", "UnitIds": ["0dbe35d0-de51-3c88-aba2-7cf0f5e031d3"]}	\N	alert_opened	2026-12-01 14:51:29.472737+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
115	99a343e9-a573-49f1-a18d-baa31fa83333	eec77d5b-09ef-3f40-bbf0-a47ba4e08a09	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R6-rotation:d91c1d76-2c53-3a51-8361-edc62690d134:2025", "Rule": "R6-rotation", "State": {"Link": "/training/people/45c3d03b-022c-30d7-93de-85360f812755", "DueOn": "2025-12-31", "Severity": 5, "Explanation": "2025 年度未参加轮训（每年至少一次），参加轮训后解除", "ReminderDays": null}, "Period": "2025年", "AlertId": "eec77d5b-09ef-3f40-bbf0-a47ba4e08a09", "Subject": "赵筱晗（儿童主任）", "UnitIds": ["1dc6da54-c3c1-3891-8d65-2a4320c9c762"]}	\N	alert_opened	2026-12-01 14:51:29.47274+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
116	ec84f24e-6e67-4475-b11b-f322960015c9	50a36387-631f-3cd3-8426-ff83ff3479af	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R6-rotation:ed7efb66-c9f5-3339-8213-013f22a96b7b:2025", "Rule": "R6-rotation", "State": {"Link": "/training/people/04e72d6c-ffe7-3847-8677-26f0e2d07426", "DueOn": "2025-12-31", "Severity": 5, "Explanation": "2025 年度未参加轮训（每年至少一次），参加轮训后解除", "ReminderDays": null}, "Period": "2025年", "AlertId": "50a36387-631f-3cd3-8426-ff83ff3479af", "Subject": "牟芸瑶（儿童主任）", "UnitIds": ["df8ae901-6534-3e77-9579-ecba80889e7c"]}	\N	alert_opened	2026-12-01 14:51:29.472745+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
117	e1126311-43b7-4af9-88fa-a174502f8cfa	75361be0-e9e2-3c02-b637-28d3bdd9aa71	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R6-rotation:f1305865-91ed-3bac-adb7-8b318b09b0f1:2025", "Rule": "R6-rotation", "State": {"Link": "/training/people/fbda54eb-4dc6-38d2-ae64-e3f2cad4ff8f", "DueOn": "2025-12-31", "Severity": 5, "Explanation": "2025 年度未参加轮训（每年至少一次），参加轮训后解除", "ReminderDays": null}, "Period": "2025年", "AlertId": "75361be0-e9e2-3c02-b637-28d3bdd9aa71", "Subject": "朱美桦（儿童主任）", "UnitIds": ["15b095c3-cda6-300a-a443-2434bbc49b16"]}	\N	alert_opened	2026-12-01 14:51:29.472752+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
118	4dac78ce-3fbe-41c0-8d4e-53d1bee60cbd	182a5007-6906-3449-a029-039c9fded433	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R6-rotation:fd32b86a-41f0-3b2c-8f8b-c176beb00d23:2025", "Rule": "R6-rotation", "State": {"Link": "/training/people/58bc23fc-3585-3272-aec0-8c7a48a3baed", "DueOn": "2025-12-31", "Severity": 5, "Explanation": "2025 年度未参加轮训（每年至少一次），参加轮训后解除", "ReminderDays": null}, "Period": "2025年", "AlertId": "182a5007-6906-3449-a029-039c9fded433", "Subject": "赵旦月（儿童督导员）", "UnitIds": ["8eb850b3-503d-3c8d-8fdc-840e7812d184"]}	\N	alert_opened	2026-12-01 14:51:29.472775+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
119	e7f857ad-15f4-4bcf-a935-20c896573f4f	f0454d18-1dd9-3be1-92b9-6ea0c7e6a14b	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R7:2025-H2", "Rule": "R7", "State": {"Link": "/reports?year=2025", "DueOn": "2026-01-15", "Severity": 5, "Explanation": "工作站2025年下半年工作报告应于 2026-01-15 前报送领导小组办公室，至今未收到", "ReminderDays": null}, "Period": "2025H2", "AlertId": "f0454d18-1dd9-3be1-92b9-6ea0c7e6a14b", "Subject": "2025年下半年工作报告", "UnitIds": []}	\N	alert_opened	2026-12-01 14:51:29.472779+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
120	bd66cc16-482f-4ad0-9762-a4dee2078823	16125a5f-3c97-388e-86d4-8aa5813afb9b	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R7:2026-H1", "Rule": "R7", "State": {"Link": "/reports?year=2026", "DueOn": "2026-07-15", "Severity": 5, "Explanation": "工作站2026年上半年工作报告应于 2026-07-15 前报送领导小组办公室，至今未收到", "ReminderDays": null}, "Period": "2026H1", "AlertId": "16125a5f-3c97-388e-86d4-8aa5813afb9b", "Subject": "2026年上半年工作报告", "UnitIds": []}	\N	alert_opened	2026-12-01 14:51:29.472782+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
121	f0e181f7-6fc3-47d6-8829-035c52ebb5cc	93fa4a58-6fae-3cb3-96fd-0747688c0ff8	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R3:2026", "Rule": "R3", "State": {"Link": "/meetings?year=2026", "DueOn": "2026-12-31", "Severity": 4, "Explanation": "2026 年已召开 0 次、已安排 0 次，少于 2 次：须在 12 月 31 日前召开会议并印发纪要", "ReminderDays": null}, "Period": "2026年", "AlertId": "93fa4a58-6fae-3cb3-96fd-0747688c0ff8", "Subject": "领导小组会议", "UnitIds": []}	\N	alert_opened	2026-12-01 14:51:29.472786+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
122	11ebc11c-3162-473b-a3b7-8a264cd6ad4b	f28487d3-10cb-3995-ada1-c3243c2a6053	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R6-rotation:08caf678-0337-325f-8b6a-7b79d0ed2edd:2026", "Rule": "R6-rotation", "State": {"Link": "/training/people/79703632-7a7b-3d9f-9d9b-5e99d930b7fb", "DueOn": "2026-12-31", "Severity": 1, "Explanation": "2026 年度轮训须于 2026-12-31 前完成", "ReminderDays": 30}, "Period": "2026年", "AlertId": "f28487d3-10cb-3995-ada1-c3243c2a6053", "Subject": "黄俊人（儿童主任）", "UnitIds": ["b423c0b4-170a-31d1-baa6-6e7cc52d2672"]}	\N	alert_opened	2026-12-01 14:51:29.472789+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
123	6c9db50c-12bb-4c59-a820-f874baa4fbfd	29f73ea8-77c2-3995-8f3b-518df5ef6c7d	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R6-rotation:2b000912-4607-3ae4-9a20-d3bf6c777098:2026", "Rule": "R6-rotation", "State": {"Link": "/training/people/1f31cf82-2741-3794-9237-ee9786088ca7", "DueOn": "2026-12-31", "Severity": 1, "Explanation": "2026 年度轮训须于 2026-12-31 前完成", "ReminderDays": 30}, "Period": "2026年", "AlertId": "29f73ea8-77c2-3995-8f3b-518df5ef6c7d", "Subject": "何捷（儿童主任）", "UnitIds": ["7d2fb6f3-1416-3243-8bcf-1ad31cd84f6e"]}	\N	alert_opened	2026-12-01 14:51:29.472791+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
124	9b19c8a3-dfdb-4838-b977-05520f6e8ed8	799c02a8-70b6-332f-b8f9-048c0cd2b326	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R6-rotation:46769727-d902-3799-bf5a-c8487740d39b:2026", "Rule": "R6-rotation", "State": {"Link": "/training/people/51073bdc-0fd9-355b-aff5-e4eebce98b63", "DueOn": "2026-12-31", "Severity": 1, "Explanation": "2026 年度轮训须于 2026-12-31 前完成", "ReminderDays": 30}, "Period": "2026年", "AlertId": "799c02a8-70b6-332f-b8f9-048c0cd2b326", "Subject": "罗翠（儿童主任）", "UnitIds": ["1276be36-af75-32f9-acfb-c09d33dce90e"]}	\N	alert_opened	2026-12-01 14:51:29.472798+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
125	5abc3352-bd2e-4cf4-8e39-487fdfb42d91	0ea8a363-5301-38a8-ba5c-4b576f04c939	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R6-rotation:66b2202f-9cb0-326b-bac3-02e9b3a8f99e:2026", "Rule": "R6-rotation", "State": {"Link": "/training/people/515d85a4-48af-30a9-a906-a3637ab9a8d9", "DueOn": "2026-12-31", "Severity": 1, "Explanation": "2026 年度轮训须于 2026-12-31 前完成", "ReminderDays": 30}, "Period": "2026年", "AlertId": "0ea8a363-5301-38a8-ba5c-4b576f04c939", "Subject": "刘德英（儿童主任）", "UnitIds": ["3fc23265-1080-3799-85a0-27bc1761cc3c"]}	\N	alert_opened	2026-12-01 14:51:29.472801+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
126	65a59413-85c7-43f7-b248-f352ca8e88e9	06edac5a-4eff-384b-8a98-0a0151ea5fc1	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R6-rotation:6f26c14f-882b-3bfc-b917-56fd60cc27e6:2026", "Rule": "R6-rotation", "State": {"Link": "/training/people/dc1afc72-5c4a-3132-b9a4-67a7a8d90492", "DueOn": "2026-12-31", "Severity": 1, "Explanation": "2026 年度轮训须于 2026-12-31 前完成", "ReminderDays": 30}, "Period": "2026年", "AlertId": "06edac5a-4eff-384b-8a98-0a0151ea5fc1", "Subject": "邹利（儿童主任）", "UnitIds": ["394a1f01-671b-3148-b20c-63dfde3780b3"]}	\N	alert_opened	2026-12-01 14:51:29.472804+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
127	7d5b2ccd-b475-4681-9bc1-be6f28a554df	aa4ec4c5-cc1f-3540-a23a-98f70dc332c5	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R6-rotation:b2d37c1d-1b83-3918-9972-c3c5b1e87946:2026", "Rule": "R6-rotation", "State": {"Link": "/training/people/9eca5c24-6a6f-3858-a07f-f57ff5792002", "DueOn": "2026-12-31", "Severity": 1, "Explanation": "2026 年度轮训须于 2026-12-31 前完成", "ReminderDays": 30}, "Period": "2026年", "AlertId": "aa4ec4c5-cc1f-3540-a23a-98f70dc332c5", "Subject": "李丽妮（儿童主任）", "UnitIds": ["0dbe35d0-de51-3c88-aba2-7cf0f5e031d3"]}	\N	alert_opened	2026-12-01 14:51:29.472807+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
128	bc318e10-edc1-43e6-b748-b629b1b8982a	1c713928-394d-34b4-890b-07aa89189067	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R6-rotation:d91c1d76-2c53-3a51-8361-edc62690d134:2026", "Rule": "R6-rotation", "State": {"Link": "/training/people/45c3d03b-022c-30d7-93de-85360f812755", "DueOn": "2026-12-31", "Severity": 1, "Explanation": "2026 年度轮训须于 2026-12-31 前完成", "ReminderDays": 30}, "Period": "2026年", "AlertId": "1c713928-394d-34b4-890b-07aa89189067", "Subject": "赵筱晗（儿童主任）", "UnitIds": ["1dc6da54-c3c1-3891-8d65-2a4320c9c762"]}	\N	alert_opened	2026-12-01 14:51:29.472811+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
129	2fc98051-2cc1-43bd-ab78-d67dbd8265e5	7a1475fc-0624-3d3e-ae9a-dbfdf7e15641	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R6-rotation:ed7efb66-c9f5-3339-8213-013f22a96b7b:2026", "Rule": "R6-rotation", "State": {"Link": "/training/people/04e72d6c-ffe7-3847-8677-26f0e2d07426", "DueOn": "2026-12-31", "Severity": 1, "Explanation": "2026 年度轮训须于 2026-12-31 前完成", "ReminderDays": 30}, "Period": "2026年", "AlertId": "7a1475fc-0624-3d3e-ae9a-dbfdf7e15641", "Subject": "牟芸瑶（儿童主任）", "UnitIds": ["df8ae901-6534-3e77-9579-ecba80889e7c"]}	\N	alert_opened	2026-12-01 14:51:29.472813+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
130	1edaf559-51fb-428b-aaa5-23c14aa74f19	6acdc4f7-2b3c-3a21-915f-2ce6662fba55	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R6-rotation:f1305865-91ed-3bac-adb7-8b318b09b0f1:2026", "Rule": "R6-rotation", "State": {"Link": "/training/people/fbda54eb-4dc6-38d2-ae64-e3f2cad4ff8f", "DueOn": "2026-12-31", "Severity": 1, "Explanation": "2026 年度轮训须于 2026-12-31 前完成", "ReminderDays": 30}, "Period": "2026年", "AlertId": "6acdc4f7-2b3c-3a21-915f-2ce6662fba55", "Subject": "朱美桦（儿童主任）", "UnitIds": ["15b095c3-cda6-300a-a443-2434bbc49b16"]}	\N	alert_opened	2026-12-01 14:51:29.472816+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
131	f1eb1011-c15b-44d2-977f-3ad1db89cf11	63b6cedc-37d5-360c-bad0-d46bd6959c60	1	{"At": "2026-12-01T14:51:29.0432389+00:00", "On": "2026-12-01", "Key": "R6-rotation:fd32b86a-41f0-3b2c-8f8b-c176beb00d23:2026", "Rule": "R6-rotation", "State": {"Link": "/training/people/58bc23fc-3585-3272-aec0-8c7a48a3baed", "DueOn": "2026-12-31", "Severity": 1, "Explanation": "2026 年度轮训须于 2026-12-31 前完成", "ReminderDays": 30}, "Period": "2026年", "AlertId": "63b6cedc-37d5-360c-bad0-d46bd6959c60", "Subject": "赵旦月（儿童督导员）", "UnitIds": ["8eb850b3-503d-3c8d-8fdc-840e7812d184"]}	\N	alert_opened	2026-12-01 14:51:29.472819+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertOpened, Secretariat.Web	\N	\N	null	f
132	b3f434d0-5fad-4b3e-a43b-39720094f0cf	226da07b-5b32-441a-b177-1ed7ac26cb3d	1	{"By": {"At": "2026-12-01T14:51:29.6373419+00:00", "Name": "系统管理员", "UserId": "3b304281-a647-40cf-9015-d753752b65ed"}, "Kind": 0, "Place": "镇政府三楼会议室", "Title": "升级前召开的领导小组会议", "StartsAt": "2026-12-31T01:30:00+00:00", "MeetingId": "226da07b-5b32-441a-b177-1ed7ac26cb3d", "Delegation": null, "ConvenerName": "叶伟", "ProposalCutoff": null, "ConvenerPersonId": "e8885db5-cb5a-33fa-9733-b175b7b09a20"}	\N	meeting_convened	2026-12-01 14:51:29.640436+00	*DEFAULT*	Secretariat.Web.Features.Meetings.MeetingConvened, Secretariat.Web	11e0fa3d7cad2e69808a90b4649e204b	08df4fba-9539-840f-5ad2-b4985edb0000	null	f
133	10726100-69ac-42cf-b204-4eb364f3c8a8	93fa4a58-6fae-3cb3-96fd-0747688c0ff8	2	{"At": "2026-12-01T14:51:31.6906178+00:00", "On": "2026-12-01", "State": {"Link": "/meetings?year=2026", "DueOn": "2026-12-31", "Severity": 4, "Explanation": "2026 年已召开 0 次、已安排 1 次，少于 2 次：须在 12 月 31 日前召开会议并印发纪要", "ReminderDays": null}, "AlertId": "93fa4a58-6fae-3cb3-96fd-0747688c0ff8"}	\N	alert_revised	2026-12-01 14:51:31.768982+00	*DEFAULT*	Secretariat.Web.Features.Compliance.AlertRevised, Secretariat.Web	\N	\N	null	f
\.


--
-- Data for Name: mt_high_water_skips; Type: TABLE DATA; Schema: secretariat; Owner: -
--

COPY secretariat.mt_high_water_skips (ending_sequence, starting_sequence, "timestamp") FROM stdin;
\.


--
-- Data for Name: mt_streams; Type: TABLE DATA; Schema: secretariat; Owner: -
--

COPY secretariat.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) FROM stdin;
dbefcf6c-8b24-387c-8757-1afff26ab3fb	member_unit	1	2026-12-01 14:51:25.475296+00	2026-12-01 14:51:25.475296+00	*DEFAULT*	0	f
8eb850b3-503d-3c8d-8fdc-840e7812d184	member_unit	1	2026-12-01 14:51:25.475296+00	2026-12-01 14:51:25.475296+00	*DEFAULT*	0	f
f2ae7908-4583-3b1f-b366-63f9f9375c6f	member_unit	1	2026-12-01 14:51:25.475296+00	2026-12-01 14:51:25.475296+00	*DEFAULT*	0	f
929ee3fb-23e7-38eb-b191-5dfc840bfed7	member_unit	1	2026-12-01 14:51:25.475296+00	2026-12-01 14:51:25.475296+00	*DEFAULT*	0	f
be8d4b53-b9c2-328a-8921-1fae0711b9ea	member_unit	1	2026-12-01 14:51:25.475296+00	2026-12-01 14:51:25.475296+00	*DEFAULT*	0	f
c21089fe-9c7b-3fa3-a0e5-bba87a7db75d	member_unit	1	2026-12-01 14:51:25.475296+00	2026-12-01 14:51:25.475296+00	*DEFAULT*	0	f
b58ad151-7f31-3320-8c28-1aa6fdc6a52d	member_unit	1	2026-12-01 14:51:25.475296+00	2026-12-01 14:51:25.475296+00	*DEFAULT*	0	f
9a1c2af6-7385-37ec-bccf-f614f4e280cd	member_unit	1	2026-12-01 14:51:25.475296+00	2026-12-01 14:51:25.475296+00	*DEFAULT*	0	f
85c24f42-b075-322f-b5f8-5fc0d488caa3	member_unit	1	2026-12-01 14:51:25.475296+00	2026-12-01 14:51:25.475296+00	*DEFAULT*	0	f
a0df044d-8d34-3c8f-842a-542c208fcbb2	member_unit	1	2026-12-01 14:51:25.475296+00	2026-12-01 14:51:25.475296+00	*DEFAULT*	0	f
5c899bd6-687a-31d6-9e7c-90eaa4a54348	member_unit	1	2026-12-01 14:51:25.475296+00	2026-12-01 14:51:25.475296+00	*DEFAULT*	0	f
5fea89d2-2ab9-35b5-b8c3-9c5c75f9a14b	member_unit	1	2026-12-01 14:51:25.475296+00	2026-12-01 14:51:25.475296+00	*DEFAULT*	0	f
394a1f01-671b-3148-b20c-63dfde3780b3	member_unit	1	2026-12-01 14:51:25.475296+00	2026-12-01 14:51:25.475296+00	*DEFAULT*	0	f
15b095c3-cda6-300a-a443-2434bbc49b16	member_unit	1	2026-12-01 14:51:25.475296+00	2026-12-01 14:51:25.475296+00	*DEFAULT*	0	f
0dbe35d0-de51-3c88-aba2-7cf0f5e031d3	member_unit	1	2026-12-01 14:51:25.475296+00	2026-12-01 14:51:25.475296+00	*DEFAULT*	0	f
1276be36-af75-32f9-acfb-c09d33dce90e	member_unit	1	2026-12-01 14:51:25.475296+00	2026-12-01 14:51:25.475296+00	*DEFAULT*	0	f
df8ae901-6534-3e77-9579-ecba80889e7c	member_unit	1	2026-12-01 14:51:25.475296+00	2026-12-01 14:51:25.475296+00	*DEFAULT*	0	f
3fc23265-1080-3799-85a0-27bc1761cc3c	member_unit	1	2026-12-01 14:51:25.475296+00	2026-12-01 14:51:25.475296+00	*DEFAULT*	0	f
7d2fb6f3-1416-3243-8bcf-1ad31cd84f6e	member_unit	1	2026-12-01 14:51:25.475296+00	2026-12-01 14:51:25.475296+00	*DEFAULT*	0	f
b423c0b4-170a-31d1-baa6-6e7cc52d2672	member_unit	1	2026-12-01 14:51:25.475296+00	2026-12-01 14:51:25.475296+00	*DEFAULT*	0	f
1dc6da54-c3c1-3891-8d65-2a4320c9c762	member_unit	1	2026-12-01 14:51:25.475296+00	2026-12-01 14:51:25.475296+00	*DEFAULT*	0	f
c469c6ae-b74e-3dd8-8de2-5a2285fc9ffd	member_unit	1	2026-12-01 14:51:25.475296+00	2026-12-01 14:51:25.475296+00	*DEFAULT*	0	f
6a1d0001-0000-4000-8000-000000000001	body_roster	28	2026-12-01 14:51:25.475296+00	2026-12-01 14:51:25.475296+00	*DEFAULT*	0	f
6a1d0001-0000-4000-8000-000000000002	body_roster	4	2026-12-01 14:51:25.475296+00	2026-12-01 14:51:25.475296+00	*DEFAULT*	0	f
6a1d0001-0000-4000-8000-000000000003	body_roster	21	2026-12-01 14:51:25.475296+00	2026-12-01 14:51:25.475296+00	*DEFAULT*	0	f
6a1d0001-0000-4000-8000-0000000000ff	\N	1	2026-12-01 14:51:25.475296+00	2026-12-01 14:51:25.475296+00	*DEFAULT*	0	f
58bc23fc-3585-3272-aec0-8c7a48a3baed	child_worker	1	2026-12-01 14:51:25.854701+00	2026-12-01 14:51:25.854701+00	*DEFAULT*	0	f
dc1afc72-5c4a-3132-b9a4-67a7a8d90492	child_worker	1	2026-12-01 14:51:25.854701+00	2026-12-01 14:51:25.854701+00	*DEFAULT*	0	f
fbda54eb-4dc6-38d2-ae64-e3f2cad4ff8f	child_worker	1	2026-12-01 14:51:25.854701+00	2026-12-01 14:51:25.854701+00	*DEFAULT*	0	f
9eca5c24-6a6f-3858-a07f-f57ff5792002	child_worker	1	2026-12-01 14:51:25.854701+00	2026-12-01 14:51:25.854701+00	*DEFAULT*	0	f
51073bdc-0fd9-355b-aff5-e4eebce98b63	child_worker	1	2026-12-01 14:51:25.854701+00	2026-12-01 14:51:25.854701+00	*DEFAULT*	0	f
04e72d6c-ffe7-3847-8677-26f0e2d07426	child_worker	1	2026-12-01 14:51:25.854701+00	2026-12-01 14:51:25.854701+00	*DEFAULT*	0	f
515d85a4-48af-30a9-a906-a3637ab9a8d9	child_worker	1	2026-12-01 14:51:25.854701+00	2026-12-01 14:51:25.854701+00	*DEFAULT*	0	f
1f31cf82-2741-3794-9237-ee9786088ca7	child_worker	1	2026-12-01 14:51:25.854701+00	2026-12-01 14:51:25.854701+00	*DEFAULT*	0	f
79703632-7a7b-3d9f-9d9b-5e99d930b7fb	child_worker	1	2026-12-01 14:51:25.854701+00	2026-12-01 14:51:25.854701+00	*DEFAULT*	0	f
45c3d03b-022c-30d7-93de-85360f812755	child_worker	1	2026-12-01 14:51:25.854701+00	2026-12-01 14:51:25.854701+00	*DEFAULT*	0	f
6a1d0002-0000-4000-8000-0000000000ff	\N	1	2026-12-01 14:51:25.854701+00	2026-12-01 14:51:25.854701+00	*DEFAULT*	0	f
477a4cee-2aa9-3438-8b05-7a3458cb5f1d	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
2719b38f-c954-3f68-9cc4-18783e83fb79	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
279bcec2-612e-34b1-96fb-41a4eaa5a138	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
aeb09bac-554a-3ae7-8ebb-462a845a0b00	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
53d627db-dc9f-3802-89cd-24fea8a53044	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
64695dea-9a5c-3dc7-99ba-43b878074217	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
3cef5792-3ad1-369d-a260-db8d23138764	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
f5481891-d39a-3d4a-a3f4-17d0178e4ad1	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
fbd62fef-ea69-3907-bbd7-b68fc8187cd6	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
9bfbbad8-cf81-3580-a4d2-8b880635ad87	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
7190c118-966f-3f37-86e7-59c1fc277650	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
c3cf8582-f701-3d6e-b05e-e314f74d4f7b	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
b38a032d-350e-38e1-8255-17ff6e727233	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
29240989-5fab-380f-80a6-edccc5566748	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
c9226b08-5881-3c41-868c-50e1f579661a	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
dce978ea-76a0-3135-bf9a-a1137c2474dc	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
fa91eeb8-62fd-371e-9512-a7fd279a41ae	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
050d88f6-d140-31f4-85d3-e88bb5fc78e4	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
b8bebb9e-eae7-3837-819a-7a321015fa63	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
4c99484a-c757-3884-9945-bdc55fe18892	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
5bdd2885-fe05-3187-8702-fef2e171e501	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
e89f011c-ec49-3df2-85a3-2530ef4433c1	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
d71db207-1343-3acb-99bd-9f7460d4d152	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
43c6c223-dd0b-3181-9c4f-02c77c0617ca	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
0cebbba2-4288-3bda-8dcd-70e49163012f	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
f5a6ef80-5288-3293-8c92-7a74ba82f0cc	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
83fe7d05-4291-3ec0-8f87-14dcf26abf61	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
eec77d5b-09ef-3f40-bbf0-a47ba4e08a09	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
50a36387-631f-3cd3-8426-ff83ff3479af	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
75361be0-e9e2-3c02-b637-28d3bdd9aa71	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
182a5007-6906-3449-a029-039c9fded433	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
f0454d18-1dd9-3be1-92b9-6ea0c7e6a14b	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
16125a5f-3c97-388e-86d4-8aa5813afb9b	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
f28487d3-10cb-3995-ada1-c3243c2a6053	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
29f73ea8-77c2-3995-8f3b-518df5ef6c7d	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
799c02a8-70b6-332f-b8f9-048c0cd2b326	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
0ea8a363-5301-38a8-ba5c-4b576f04c939	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
06edac5a-4eff-384b-8a98-0a0151ea5fc1	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
aa4ec4c5-cc1f-3540-a23a-98f70dc332c5	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
1c713928-394d-34b4-890b-07aa89189067	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
7a1475fc-0624-3d3e-ae9a-dbfdf7e15641	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
6acdc4f7-2b3c-3a21-915f-2ce6662fba55	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
63b6cedc-37d5-360c-bad0-d46bd6959c60	compliance_alert	1	2026-12-01 14:51:29.588961+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
226da07b-5b32-441a-b177-1ed7ac26cb3d	meeting	1	2026-12-01 14:51:29.681603+00	2026-12-01 14:51:29.681603+00	*DEFAULT*	0	f
93fa4a58-6fae-3cb3-96fd-0747688c0ff8	compliance_alert	2	2026-12-01 14:51:31.791808+00	2026-12-01 14:51:29.588961+00	*DEFAULT*	0	f
\.


--
-- Data for Name: read_model_version; Type: TABLE DATA; Schema: secretariat; Owner: -
--

COPY secretariat.read_model_version (id, version) FROM stdin;
1	5
\.


--
-- Data for Name: wolverine_agent_restrictions; Type: TABLE DATA; Schema: secretariat; Owner: -
--

COPY secretariat.wolverine_agent_restrictions (id, uri, type, node) FROM stdin;
\.


--
-- Data for Name: wolverine_control_queue; Type: TABLE DATA; Schema: secretariat; Owner: -
--

COPY secretariat.wolverine_control_queue (id, message_type, node_id, body, posted, expires) FROM stdin;
\.


--
-- Data for Name: wolverine_dead_letter_history; Type: TABLE DATA; Schema: secretariat; Owner: -
--

COPY secretariat.wolverine_dead_letter_history (id, replay_count, last_replayed_at, first_failed_at) FROM stdin;
\.


--
-- Data for Name: wolverine_dead_letters; Type: TABLE DATA; Schema: secretariat; Owner: -
--

COPY secretariat.wolverine_dead_letters (id, execution_time, body, message_type, received_at, source, exception_type, exception_message, sent_at, replayable, failure_group, failure_title, failed_at, first_failed_at, replay_count, last_replayed_at, archived_at) FROM stdin;
\.


--
-- Data for Name: wolverine_incoming_envelopes; Type: TABLE DATA; Schema: secretariat; Owner: -
--

COPY secretariat.wolverine_incoming_envelopes (id, status, owner_id, execution_time, attempts, body, message_type, received_at, keep_until) FROM stdin;
\.


--
-- Data for Name: wolverine_node_assignments; Type: TABLE DATA; Schema: secretariat; Owner: -
--

COPY secretariat.wolverine_node_assignments (id, node_id, started) FROM stdin;
\.


--
-- Data for Name: wolverine_node_records; Type: TABLE DATA; Schema: secretariat; Owner: -
--

COPY secretariat.wolverine_node_records (id, node_number, event_name, "timestamp", description) FROM stdin;
1	1	NodeStarted	2026-12-01 14:51:21.462781+00	
2	1	LeadershipAssumed	2026-12-01 14:51:34.578575+00	wolverine://leader/
3	1	AssignmentChanged	2026-12-01 14:51:34.578575+00	AssignAgent { AgentUri = wolverinedb://postgresql/127.0.0.1/secretariat/secretariat, Destination = NodeDestination { NodeId = 5587d1bb-2f39-41e7-9fba-257f8525146e, ControlUri = dbcontrol://5587d1bb-2f39-41e7-9fba-257f8525146e/ }, DestinationNodeId = 5587d1bb-2f39-41e7-9fba-257f8525146e }
4	1	AgentStarted	2026-12-01 14:51:34.578575+00	wolverinedb://postgresql/127.0.0.1/secretariat/secretariat
\.


--
-- Data for Name: wolverine_nodes; Type: TABLE DATA; Schema: secretariat; Owner: -
--

COPY secretariat.wolverine_nodes (id, node_number, description, uri, started, health_check, version, capabilities) FROM stdin;
\.


--
-- Data for Name: wolverine_outgoing_envelopes; Type: TABLE DATA; Schema: secretariat; Owner: -
--

COPY secretariat.wolverine_outgoing_envelopes (id, owner_id, destination, deliver_by, body, attempts, message_type) FROM stdin;
\.


--
-- Name: aggregatedcounter_id_seq; Type: SEQUENCE SET; Schema: hangfire; Owner: -
--

SELECT pg_catalog.setval('hangfire.aggregatedcounter_id_seq', 1, false);


--
-- Name: counter_id_seq; Type: SEQUENCE SET; Schema: hangfire; Owner: -
--

SELECT pg_catalog.setval('hangfire.counter_id_seq', 1, false);


--
-- Name: hash_id_seq; Type: SEQUENCE SET; Schema: hangfire; Owner: -
--

SELECT pg_catalog.setval('hangfire.hash_id_seq', 7, true);


--
-- Name: job_id_seq; Type: SEQUENCE SET; Schema: hangfire; Owner: -
--

SELECT pg_catalog.setval('hangfire.job_id_seq', 1, false);


--
-- Name: jobparameter_id_seq; Type: SEQUENCE SET; Schema: hangfire; Owner: -
--

SELECT pg_catalog.setval('hangfire.jobparameter_id_seq', 1, false);


--
-- Name: jobqueue_id_seq; Type: SEQUENCE SET; Schema: hangfire; Owner: -
--

SELECT pg_catalog.setval('hangfire.jobqueue_id_seq', 1, false);


--
-- Name: list_id_seq; Type: SEQUENCE SET; Schema: hangfire; Owner: -
--

SELECT pg_catalog.setval('hangfire.list_id_seq', 1, false);


--
-- Name: set_id_seq; Type: SEQUENCE SET; Schema: hangfire; Owner: -
--

SELECT pg_catalog.setval('hangfire.set_id_seq', 1, true);


--
-- Name: state_id_seq; Type: SEQUENCE SET; Schema: hangfire; Owner: -
--

SELECT pg_catalog.setval('hangfire.state_id_seq', 1, false);


--
-- Name: mt_events_sequence; Type: SEQUENCE SET; Schema: secretariat; Owner: -
--

SELECT pg_catalog.setval('secretariat.mt_events_sequence', 133, true);


--
-- Name: wolverine_node_records_id_seq; Type: SEQUENCE SET; Schema: secretariat; Owner: -
--

SELECT pg_catalog.setval('secretariat.wolverine_node_records_id_seq', 4, true);


--
-- Name: wolverine_nodes_node_number_seq; Type: SEQUENCE SET; Schema: secretariat; Owner: -
--

SELECT pg_catalog.setval('secretariat.wolverine_nodes_node_number_seq', 1, true);


--
-- Name: aggregatedcounter aggregatedcounter_key_key; Type: CONSTRAINT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.aggregatedcounter
    ADD CONSTRAINT aggregatedcounter_key_key UNIQUE (key);


--
-- Name: aggregatedcounter aggregatedcounter_pkey; Type: CONSTRAINT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.aggregatedcounter
    ADD CONSTRAINT aggregatedcounter_pkey PRIMARY KEY (id);


--
-- Name: counter counter_pkey; Type: CONSTRAINT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.counter
    ADD CONSTRAINT counter_pkey PRIMARY KEY (id);


--
-- Name: hash hash_key_field_key; Type: CONSTRAINT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.hash
    ADD CONSTRAINT hash_key_field_key UNIQUE (key, field);


--
-- Name: hash hash_pkey; Type: CONSTRAINT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.hash
    ADD CONSTRAINT hash_pkey PRIMARY KEY (id);


--
-- Name: job job_pkey; Type: CONSTRAINT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.job
    ADD CONSTRAINT job_pkey PRIMARY KEY (id);


--
-- Name: jobparameter jobparameter_pkey; Type: CONSTRAINT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.jobparameter
    ADD CONSTRAINT jobparameter_pkey PRIMARY KEY (id);


--
-- Name: jobqueue jobqueue_pkey; Type: CONSTRAINT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.jobqueue
    ADD CONSTRAINT jobqueue_pkey PRIMARY KEY (id);


--
-- Name: list list_pkey; Type: CONSTRAINT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.list
    ADD CONSTRAINT list_pkey PRIMARY KEY (id);


--
-- Name: lock lock_resource_key; Type: CONSTRAINT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.lock
    ADD CONSTRAINT lock_resource_key UNIQUE (resource);

ALTER TABLE ONLY hangfire.lock REPLICA IDENTITY USING INDEX lock_resource_key;


--
-- Name: schema schema_pkey; Type: CONSTRAINT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.schema
    ADD CONSTRAINT schema_pkey PRIMARY KEY (version);


--
-- Name: server server_pkey; Type: CONSTRAINT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.server
    ADD CONSTRAINT server_pkey PRIMARY KEY (id);


--
-- Name: set set_key_value_key; Type: CONSTRAINT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.set
    ADD CONSTRAINT set_key_value_key UNIQUE (key, value);


--
-- Name: set set_pkey; Type: CONSTRAINT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.set
    ADD CONSTRAINT set_pkey PRIMARY KEY (id);


--
-- Name: state state_pkey; Type: CONSTRAINT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.state
    ADD CONSTRAINT state_pkey PRIMARY KEY (id);


--
-- Name: secretariat_migrations secretariat_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.secretariat_migrations
    ADD CONSTRAINT secretariat_migrations_pkey PRIMARY KEY (file);


--
-- Name: mt_event_progression pk_mt_event_progression; Type: CONSTRAINT; Schema: secretariat; Owner: -
--

ALTER TABLE ONLY secretariat.mt_event_progression
    ADD CONSTRAINT pk_mt_event_progression PRIMARY KEY (name);


--
-- Name: mt_doc_adjustmentattachment pkey_mt_doc_adjustmentattachment_id; Type: CONSTRAINT; Schema: secretariat; Owner: -
--

ALTER TABLE ONLY secretariat.mt_doc_adjustmentattachment
    ADD CONSTRAINT pkey_mt_doc_adjustmentattachment_id PRIMARY KEY (id);


--
-- Name: mt_doc_bodyroster pkey_mt_doc_bodyroster_id; Type: CONSTRAINT; Schema: secretariat; Owner: -
--

ALTER TABLE ONLY secretariat.mt_doc_bodyroster
    ADD CONSTRAINT pkey_mt_doc_bodyroster_id PRIMARY KEY (id);


--
-- Name: mt_doc_calendarfeedtoken pkey_mt_doc_calendarfeedtoken_id; Type: CONSTRAINT; Schema: secretariat; Owner: -
--

ALTER TABLE ONLY secretariat.mt_doc_calendarfeedtoken
    ADD CONSTRAINT pkey_mt_doc_calendarfeedtoken_id PRIMARY KEY (id);


--
-- Name: mt_doc_childworker pkey_mt_doc_childworker_id; Type: CONSTRAINT; Schema: secretariat; Owner: -
--

ALTER TABLE ONLY secretariat.mt_doc_childworker
    ADD CONSTRAINT pkey_mt_doc_childworker_id PRIMARY KEY (id);


--
-- Name: mt_doc_compliancealert pkey_mt_doc_compliancealert_id; Type: CONSTRAINT; Schema: secretariat; Owner: -
--

ALTER TABLE ONLY secretariat.mt_doc_compliancealert
    ADD CONSTRAINT pkey_mt_doc_compliancealert_id PRIMARY KEY (id);


--
-- Name: mt_doc_deadletterevent pkey_mt_doc_deadletterevent_id; Type: CONSTRAINT; Schema: secretariat; Owner: -
--

ALTER TABLE ONLY secretariat.mt_doc_deadletterevent
    ADD CONSTRAINT pkey_mt_doc_deadletterevent_id PRIMARY KEY (id);


--
-- Name: mt_doc_envelope pkey_mt_doc_envelope_id; Type: CONSTRAINT; Schema: secretariat; Owner: -
--

ALTER TABLE ONLY secretariat.mt_doc_envelope
    ADD CONSTRAINT pkey_mt_doc_envelope_id PRIMARY KEY (id);


--
-- Name: mt_doc_meeting pkey_mt_doc_meeting_id; Type: CONSTRAINT; Schema: secretariat; Owner: -
--

ALTER TABLE ONLY secretariat.mt_doc_meeting
    ADD CONSTRAINT pkey_mt_doc_meeting_id PRIMARY KEY (id);


--
-- Name: mt_doc_meetingattachment pkey_mt_doc_meetingattachment_id; Type: CONSTRAINT; Schema: secretariat; Owner: -
--

ALTER TABLE ONLY secretariat.mt_doc_meetingattachment
    ADD CONSTRAINT pkey_mt_doc_meetingattachment_id PRIMARY KEY (id);


--
-- Name: mt_doc_memberadjustment pkey_mt_doc_memberadjustment_id; Type: CONSTRAINT; Schema: secretariat; Owner: -
--

ALTER TABLE ONLY secretariat.mt_doc_memberadjustment
    ADD CONSTRAINT pkey_mt_doc_memberadjustment_id PRIMARY KEY (id);


--
-- Name: mt_doc_memberunit pkey_mt_doc_memberunit_id; Type: CONSTRAINT; Schema: secretariat; Owner: -
--

ALTER TABLE ONLY secretariat.mt_doc_memberunit
    ADD CONSTRAINT pkey_mt_doc_memberunit_id PRIMARY KEY (id);


--
-- Name: mt_doc_numberregister pkey_mt_doc_numberregister_id; Type: CONSTRAINT; Schema: secretariat; Owner: -
--

ALTER TABLE ONLY secretariat.mt_doc_numberregister
    ADD CONSTRAINT pkey_mt_doc_numberregister_id PRIMARY KEY (id);


--
-- Name: mt_doc_resolution pkey_mt_doc_resolution_id; Type: CONSTRAINT; Schema: secretariat; Owner: -
--

ALTER TABLE ONLY secretariat.mt_doc_resolution
    ADD CONSTRAINT pkey_mt_doc_resolution_id PRIMARY KEY (id);


--
-- Name: mt_doc_semiannualreport pkey_mt_doc_semiannualreport_id; Type: CONSTRAINT; Schema: secretariat; Owner: -
--

ALTER TABLE ONLY secretariat.mt_doc_semiannualreport
    ADD CONSTRAINT pkey_mt_doc_semiannualreport_id PRIMARY KEY (id);


--
-- Name: mt_doc_signinfailures pkey_mt_doc_signinfailures_id; Type: CONSTRAINT; Schema: secretariat; Owner: -
--

ALTER TABLE ONLY secretariat.mt_doc_signinfailures
    ADD CONSTRAINT pkey_mt_doc_signinfailures_id PRIMARY KEY (id);


--
-- Name: mt_doc_signinsession pkey_mt_doc_signinsession_id; Type: CONSTRAINT; Schema: secretariat; Owner: -
--

ALTER TABLE ONLY secretariat.mt_doc_signinsession
    ADD CONSTRAINT pkey_mt_doc_signinsession_id PRIMARY KEY (id);


--
-- Name: mt_doc_trainingmaterial pkey_mt_doc_trainingmaterial_id; Type: CONSTRAINT; Schema: secretariat; Owner: -
--

ALTER TABLE ONLY secretariat.mt_doc_trainingmaterial
    ADD CONSTRAINT pkey_mt_doc_trainingmaterial_id PRIMARY KEY (id);


--
-- Name: mt_doc_trainingsession pkey_mt_doc_trainingsession_id; Type: CONSTRAINT; Schema: secretariat; Owner: -
--

ALTER TABLE ONLY secretariat.mt_doc_trainingsession
    ADD CONSTRAINT pkey_mt_doc_trainingsession_id PRIMARY KEY (id);


--
-- Name: mt_doc_useraccount pkey_mt_doc_useraccount_id; Type: CONSTRAINT; Schema: secretariat; Owner: -
--

ALTER TABLE ONLY secretariat.mt_doc_useraccount
    ADD CONSTRAINT pkey_mt_doc_useraccount_id PRIMARY KEY (id);


--
-- Name: mt_event_projection_floors pkey_mt_event_projection_floors_name_tenant_id; Type: CONSTRAINT; Schema: secretariat; Owner: -
--

ALTER TABLE ONLY secretariat.mt_event_projection_floors
    ADD CONSTRAINT pkey_mt_event_projection_floors_name_tenant_id PRIMARY KEY (name, tenant_id);


--
-- Name: mt_events pkey_mt_events_seq_id; Type: CONSTRAINT; Schema: secretariat; Owner: -
--

ALTER TABLE ONLY secretariat.mt_events
    ADD CONSTRAINT pkey_mt_events_seq_id PRIMARY KEY (seq_id);


--
-- Name: mt_high_water_skips pkey_mt_high_water_skips_ending_sequence; Type: CONSTRAINT; Schema: secretariat; Owner: -
--

ALTER TABLE ONLY secretariat.mt_high_water_skips
    ADD CONSTRAINT pkey_mt_high_water_skips_ending_sequence PRIMARY KEY (ending_sequence);


--
-- Name: mt_streams pkey_mt_streams_id; Type: CONSTRAINT; Schema: secretariat; Owner: -
--

ALTER TABLE ONLY secretariat.mt_streams
    ADD CONSTRAINT pkey_mt_streams_id PRIMARY KEY (id);


--
-- Name: read_model_version pkey_read_model_version_id; Type: CONSTRAINT; Schema: secretariat; Owner: -
--

ALTER TABLE ONLY secretariat.read_model_version
    ADD CONSTRAINT pkey_read_model_version_id PRIMARY KEY (id);


--
-- Name: wolverine_agent_restrictions pkey_wolverine_agent_restrictions_id; Type: CONSTRAINT; Schema: secretariat; Owner: -
--

ALTER TABLE ONLY secretariat.wolverine_agent_restrictions
    ADD CONSTRAINT pkey_wolverine_agent_restrictions_id PRIMARY KEY (id);


--
-- Name: wolverine_control_queue pkey_wolverine_control_queue_id; Type: CONSTRAINT; Schema: secretariat; Owner: -
--

ALTER TABLE ONLY secretariat.wolverine_control_queue
    ADD CONSTRAINT pkey_wolverine_control_queue_id PRIMARY KEY (id);


--
-- Name: wolverine_dead_letter_history pkey_wolverine_dead_letter_history_id; Type: CONSTRAINT; Schema: secretariat; Owner: -
--

ALTER TABLE ONLY secretariat.wolverine_dead_letter_history
    ADD CONSTRAINT pkey_wolverine_dead_letter_history_id PRIMARY KEY (id);


--
-- Name: wolverine_dead_letters pkey_wolverine_dead_letters_id; Type: CONSTRAINT; Schema: secretariat; Owner: -
--

ALTER TABLE ONLY secretariat.wolverine_dead_letters
    ADD CONSTRAINT pkey_wolverine_dead_letters_id PRIMARY KEY (id);


--
-- Name: wolverine_incoming_envelopes pkey_wolverine_incoming_envelopes_id; Type: CONSTRAINT; Schema: secretariat; Owner: -
--

ALTER TABLE ONLY secretariat.wolverine_incoming_envelopes
    ADD CONSTRAINT pkey_wolverine_incoming_envelopes_id PRIMARY KEY (id);


--
-- Name: wolverine_node_assignments pkey_wolverine_node_assignments_id; Type: CONSTRAINT; Schema: secretariat; Owner: -
--

ALTER TABLE ONLY secretariat.wolverine_node_assignments
    ADD CONSTRAINT pkey_wolverine_node_assignments_id PRIMARY KEY (id);


--
-- Name: wolverine_node_records pkey_wolverine_node_records_id; Type: CONSTRAINT; Schema: secretariat; Owner: -
--

ALTER TABLE ONLY secretariat.wolverine_node_records
    ADD CONSTRAINT pkey_wolverine_node_records_id PRIMARY KEY (id);


--
-- Name: wolverine_nodes pkey_wolverine_nodes_id; Type: CONSTRAINT; Schema: secretariat; Owner: -
--

ALTER TABLE ONLY secretariat.wolverine_nodes
    ADD CONSTRAINT pkey_wolverine_nodes_id PRIMARY KEY (id);


--
-- Name: wolverine_outgoing_envelopes pkey_wolverine_outgoing_envelopes_id; Type: CONSTRAINT; Schema: secretariat; Owner: -
--

ALTER TABLE ONLY secretariat.wolverine_outgoing_envelopes
    ADD CONSTRAINT pkey_wolverine_outgoing_envelopes_id PRIMARY KEY (id);


--
-- Name: ix_hangfire_counter_expireat; Type: INDEX; Schema: hangfire; Owner: -
--

CREATE INDEX ix_hangfire_counter_expireat ON hangfire.counter USING btree (expireat);


--
-- Name: ix_hangfire_counter_key; Type: INDEX; Schema: hangfire; Owner: -
--

CREATE INDEX ix_hangfire_counter_key ON hangfire.counter USING btree (key);


--
-- Name: ix_hangfire_hash_expireat; Type: INDEX; Schema: hangfire; Owner: -
--

CREATE INDEX ix_hangfire_hash_expireat ON hangfire.hash USING btree (expireat);


--
-- Name: ix_hangfire_job_expireat; Type: INDEX; Schema: hangfire; Owner: -
--

CREATE INDEX ix_hangfire_job_expireat ON hangfire.job USING btree (expireat);


--
-- Name: ix_hangfire_job_statename; Type: INDEX; Schema: hangfire; Owner: -
--

CREATE INDEX ix_hangfire_job_statename ON hangfire.job USING btree (statename);


--
-- Name: ix_hangfire_job_statename_is_not_null; Type: INDEX; Schema: hangfire; Owner: -
--

CREATE INDEX ix_hangfire_job_statename_is_not_null ON hangfire.job USING btree (statename) INCLUDE (id) WHERE (statename IS NOT NULL);


--
-- Name: ix_hangfire_jobparameter_jobidandname; Type: INDEX; Schema: hangfire; Owner: -
--

CREATE INDEX ix_hangfire_jobparameter_jobidandname ON hangfire.jobparameter USING btree (jobid, name);


--
-- Name: ix_hangfire_jobqueue_fetchedat_queue_jobid; Type: INDEX; Schema: hangfire; Owner: -
--

CREATE INDEX ix_hangfire_jobqueue_fetchedat_queue_jobid ON hangfire.jobqueue USING btree (fetchedat NULLS FIRST, queue, jobid);


--
-- Name: ix_hangfire_jobqueue_jobidandqueue; Type: INDEX; Schema: hangfire; Owner: -
--

CREATE INDEX ix_hangfire_jobqueue_jobidandqueue ON hangfire.jobqueue USING btree (jobid, queue);


--
-- Name: ix_hangfire_jobqueue_queueandfetchedat; Type: INDEX; Schema: hangfire; Owner: -
--

CREATE INDEX ix_hangfire_jobqueue_queueandfetchedat ON hangfire.jobqueue USING btree (queue, fetchedat);


--
-- Name: ix_hangfire_list_expireat; Type: INDEX; Schema: hangfire; Owner: -
--

CREATE INDEX ix_hangfire_list_expireat ON hangfire.list USING btree (expireat);


--
-- Name: ix_hangfire_set_expireat; Type: INDEX; Schema: hangfire; Owner: -
--

CREATE INDEX ix_hangfire_set_expireat ON hangfire.set USING btree (expireat);


--
-- Name: ix_hangfire_set_key_score; Type: INDEX; Schema: hangfire; Owner: -
--

CREATE INDEX ix_hangfire_set_key_score ON hangfire.set USING btree (key, score);


--
-- Name: ix_hangfire_state_jobid; Type: INDEX; Schema: hangfire; Owner: -
--

CREATE INDEX ix_hangfire_state_jobid ON hangfire.state USING btree (jobid);


--
-- Name: idx_wolverine_dead_letter_history_last_replayed_at; Type: INDEX; Schema: secretariat; Owner: -
--

CREATE INDEX idx_wolverine_dead_letter_history_last_replayed_at ON secretariat.wolverine_dead_letter_history USING btree (last_replayed_at);


--
-- Name: idx_wolverine_dead_letters_failure_group; Type: INDEX; Schema: secretariat; Owner: -
--

CREATE INDEX idx_wolverine_dead_letters_failure_group ON secretariat.wolverine_dead_letters USING btree (failure_group);


--
-- Name: idx_wolverine_dead_letters_replayable; Type: INDEX; Schema: secretariat; Owner: -
--

CREATE INDEX idx_wolverine_dead_letters_replayable ON secretariat.wolverine_dead_letters USING btree (replayable) WHERE (replayable = true);


--
-- Name: idx_wolverine_incoming_envelopes_keep_until; Type: INDEX; Schema: secretariat; Owner: -
--

CREATE INDEX idx_wolverine_incoming_envelopes_keep_until ON secretariat.wolverine_incoming_envelopes USING btree (keep_until) WHERE ((status)::text = 'Handled'::text);


--
-- Name: idx_wolverine_incoming_envelopes_owner; Type: INDEX; Schema: secretariat; Owner: -
--

CREATE INDEX idx_wolverine_incoming_envelopes_owner ON secretariat.wolverine_incoming_envelopes USING btree (owner_id) WHERE (owner_id <> 0);


--
-- Name: idx_wolverine_incoming_envelopes_recover; Type: INDEX; Schema: secretariat; Owner: -
--

CREATE INDEX idx_wolverine_incoming_envelopes_recover ON secretariat.wolverine_incoming_envelopes USING btree (received_at) WHERE (((status)::text = 'Incoming'::text) AND (owner_id = 0));


--
-- Name: idx_wolverine_incoming_envelopes_scheduled; Type: INDEX; Schema: secretariat; Owner: -
--

CREATE INDEX idx_wolverine_incoming_envelopes_scheduled ON secretariat.wolverine_incoming_envelopes USING btree (execution_time) WHERE ((status)::text = 'Scheduled'::text);


--
-- Name: idx_wolverine_outgoing_envelopes_owner; Type: INDEX; Schema: secretariat; Owner: -
--

CREATE INDEX idx_wolverine_outgoing_envelopes_owner ON secretariat.wolverine_outgoing_envelopes USING btree (owner_id) WHERE (owner_id <> 0);


--
-- Name: idx_wolverine_outgoing_envelopes_recover; Type: INDEX; Schema: secretariat; Owner: -
--

CREATE INDEX idx_wolverine_outgoing_envelopes_recover ON secretariat.wolverine_outgoing_envelopes USING btree (destination) WHERE (owner_id = 0);


--
-- Name: mt_doc_calendarfeedtoken_uidx_token_hash; Type: INDEX; Schema: secretariat; Owner: -
--

CREATE UNIQUE INDEX mt_doc_calendarfeedtoken_uidx_token_hash ON secretariat.mt_doc_calendarfeedtoken USING btree (((data ->> 'TokenHash'::text)));


--
-- Name: mt_doc_childworker_idx_serves_from; Type: INDEX; Schema: secretariat; Owner: -
--

CREATE INDEX mt_doc_childworker_idx_serves_from ON secretariat.mt_doc_childworker USING btree (serves_from);


--
-- Name: mt_doc_childworker_idx_serves_until; Type: INDEX; Schema: secretariat; Owner: -
--

CREATE INDEX mt_doc_childworker_idx_serves_until ON secretariat.mt_doc_childworker USING btree (serves_until);


--
-- Name: mt_doc_compliancealert_idx_is_open; Type: INDEX; Schema: secretariat; Owner: -
--

CREATE INDEX mt_doc_compliancealert_idx_is_open ON secretariat.mt_doc_compliancealert USING btree (is_open);


--
-- Name: mt_doc_compliancealert_idx_rank; Type: INDEX; Schema: secretariat; Owner: -
--

CREATE INDEX mt_doc_compliancealert_idx_rank ON secretariat.mt_doc_compliancealert USING btree (rank);


--
-- Name: mt_doc_compliancealert_idx_rule; Type: INDEX; Schema: secretariat; Owner: -
--

CREATE INDEX mt_doc_compliancealert_idx_rule ON secretariat.mt_doc_compliancealert USING btree (rule);


--
-- Name: mt_doc_compliancealert_uidx_key; Type: INDEX; Schema: secretariat; Owner: -
--

CREATE UNIQUE INDEX mt_doc_compliancealert_uidx_key ON secretariat.mt_doc_compliancealert USING btree (((data ->> 'Key'::text)));


--
-- Name: mt_doc_meeting_idx_starts_at; Type: INDEX; Schema: secretariat; Owner: -
--

CREATE INDEX mt_doc_meeting_idx_starts_at ON secretariat.mt_doc_meeting USING btree (starts_at);


--
-- Name: mt_doc_meeting_idx_year; Type: INDEX; Schema: secretariat; Owner: -
--

CREATE INDEX mt_doc_meeting_idx_year ON secretariat.mt_doc_meeting USING btree (year);


--
-- Name: mt_doc_meeting_uidx_minutes_number; Type: INDEX; Schema: secretariat; Owner: -
--

CREATE UNIQUE INDEX mt_doc_meeting_uidx_minutes_number ON secretariat.mt_doc_meeting USING btree (((data ->> 'MinutesNumber'::text)));


--
-- Name: mt_doc_meetingattachment_idx_meeting_id; Type: INDEX; Schema: secretariat; Owner: -
--

CREATE INDEX mt_doc_meetingattachment_idx_meeting_id ON secretariat.mt_doc_meetingattachment USING btree ((((data ->> 'MeetingId'::text))::uuid));


--
-- Name: mt_doc_memberadjustment_uidx_number; Type: INDEX; Schema: secretariat; Owner: -
--

CREATE UNIQUE INDEX mt_doc_memberadjustment_uidx_number ON secretariat.mt_doc_memberadjustment USING btree (((data ->> 'Number'::text)));


--
-- Name: mt_doc_resolution_idx_done_on; Type: INDEX; Schema: secretariat; Owner: -
--

CREATE INDEX mt_doc_resolution_idx_done_on ON secretariat.mt_doc_resolution USING btree (done_on);


--
-- Name: mt_doc_resolution_idx_due_on; Type: INDEX; Schema: secretariat; Owner: -
--

CREATE INDEX mt_doc_resolution_idx_due_on ON secretariat.mt_doc_resolution USING btree (due_on);


--
-- Name: mt_doc_resolution_idx_is_done; Type: INDEX; Schema: secretariat; Owner: -
--

CREATE INDEX mt_doc_resolution_idx_is_done ON secretariat.mt_doc_resolution USING btree (is_done);


--
-- Name: mt_doc_resolution_idx_meeting_id; Type: INDEX; Schema: secretariat; Owner: -
--

CREATE INDEX mt_doc_resolution_idx_meeting_id ON secretariat.mt_doc_resolution USING btree (meeting_id);


--
-- Name: mt_doc_resolution_idx_order; Type: INDEX; Schema: secretariat; Owner: -
--

CREATE INDEX mt_doc_resolution_idx_order ON secretariat.mt_doc_resolution USING btree ("order");


--
-- Name: mt_doc_resolution_idx_progress_count; Type: INDEX; Schema: secretariat; Owner: -
--

CREATE INDEX mt_doc_resolution_idx_progress_count ON secretariat.mt_doc_resolution USING btree (progress_count);


--
-- Name: mt_doc_resolution_idx_unit_ids; Type: INDEX; Schema: secretariat; Owner: -
--

CREATE INDEX mt_doc_resolution_idx_unit_ids ON secretariat.mt_doc_resolution USING gin ((((data ->> 'UnitIds'::text))::jsonb));


--
-- Name: mt_doc_semiannualreport_idx_year; Type: INDEX; Schema: secretariat; Owner: -
--

CREATE INDEX mt_doc_semiannualreport_idx_year ON secretariat.mt_doc_semiannualreport USING btree (year);


--
-- Name: mt_doc_signinsession_idx_user_id; Type: INDEX; Schema: secretariat; Owner: -
--

CREATE INDEX mt_doc_signinsession_idx_user_id ON secretariat.mt_doc_signinsession USING btree ((((data ->> 'UserId'::text))::uuid));


--
-- Name: mt_doc_trainingmaterial_idx_session_id; Type: INDEX; Schema: secretariat; Owner: -
--

CREATE INDEX mt_doc_trainingmaterial_idx_session_id ON secretariat.mt_doc_trainingmaterial USING btree ((((data ->> 'SessionId'::text))::uuid));


--
-- Name: mt_doc_trainingsession_idx_end_on; Type: INDEX; Schema: secretariat; Owner: -
--

CREATE INDEX mt_doc_trainingsession_idx_end_on ON secretariat.mt_doc_trainingsession USING btree (end_on);


--
-- Name: mt_doc_trainingsession_idx_start_on; Type: INDEX; Schema: secretariat; Owner: -
--

CREATE INDEX mt_doc_trainingsession_idx_start_on ON secretariat.mt_doc_trainingsession USING btree (start_on);


--
-- Name: mt_doc_useraccount_uidx_user_name; Type: INDEX; Schema: secretariat; Owner: -
--

CREATE UNIQUE INDEX mt_doc_useraccount_uidx_user_name ON secretariat.mt_doc_useraccount USING btree (((data ->> 'UserName'::text)));


--
-- Name: pk_mt_events_stream_and_version; Type: INDEX; Schema: secretariat; Owner: -
--

CREATE UNIQUE INDEX pk_mt_events_stream_and_version ON secretariat.mt_events USING btree (stream_id, version);


--
-- Name: jobparameter jobparameter_jobid_fkey; Type: FK CONSTRAINT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.jobparameter
    ADD CONSTRAINT jobparameter_jobid_fkey FOREIGN KEY (jobid) REFERENCES hangfire.job(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: state state_jobid_fkey; Type: FK CONSTRAINT; Schema: hangfire; Owner: -
--

ALTER TABLE ONLY hangfire.state
    ADD CONSTRAINT state_jobid_fkey FOREIGN KEY (jobid) REFERENCES hangfire.job(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: mt_events fkey_mt_events_stream_id; Type: FK CONSTRAINT; Schema: secretariat; Owner: -
--

ALTER TABLE ONLY secretariat.mt_events
    ADD CONSTRAINT fkey_mt_events_stream_id FOREIGN KEY (stream_id) REFERENCES secretariat.mt_streams(id) ON DELETE CASCADE;


--
-- Name: wolverine_node_assignments fkey_wolverine_node_assignments_node_id; Type: FK CONSTRAINT; Schema: secretariat; Owner: -
--

ALTER TABLE ONLY secretariat.wolverine_node_assignments
    ADD CONSTRAINT fkey_wolverine_node_assignments_node_id FOREIGN KEY (node_id) REFERENCES secretariat.wolverine_nodes(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--

\unrestrict HYi3yS8nO7CgiS9COTJy98zizaC14H5KtVVwA9NKXHWnSNVzfOSRQ7xprShasho

