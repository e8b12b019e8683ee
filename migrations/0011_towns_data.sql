-- Written by hand: a database made before towns becomes the first town (Towns:FirstCode, tgy by default, set by
-- the migration runner as secretariat.first_town), with all its history. 0010 moved the streams and events; here
-- every town document, the accounts' roles (now a membership of that town) and the read-model version follow.
-- On a new database every statement finds nothing to change.
do $$
declare
    town text := coalesce(nullif(current_setting('secretariat.first_town', true), ''), 'tgy');
    doc record;
begin
    -- Every document table with a tenant column is a town's (the district's own tables have none).
    for doc in
        select c.table_name from information_schema.columns c
        where c.table_schema = 'secretariat' and c.column_name = 'tenant_id' and c.table_name like 'mt_doc_%'
    loop
        execute format('update secretariat.%I set tenant_id = $1 where tenant_id = ''*DEFAULT*''', doc.table_name) using town;
    end loop;

    -- An account's roles, unit and roster person become its membership of the first town; 管理员 of the single
    -- town was the deployment's administrator, so it also becomes 区管理员 (adds towns, the jobs dashboard).
    update secretariat.mt_doc_useraccount
    set data = (data - 'Roles' - 'UnitId' - 'PersonId')
        || jsonb_build_object(
            'Memberships', jsonb_build_array(jsonb_build_object(
                'Town', town,
                'Roles', coalesce(data -> 'Roles', '[]'::jsonb),
                'UnitId', data -> 'UnitId',
                'PersonId', data -> 'PersonId')),
            'DistrictRoles', case when coalesce(data -> 'Roles', '[]'::jsonb) ? '管理员' then '["区管理员"]'::jsonb else '[]'::jsonb end)
    where data ? 'Roles' and not data ? 'Memberships';

    -- The single counter becomes the first town's.
    if to_regclass('secretariat.read_model_version') is not null then
        insert into secretariat.town_read_model_version (town, version)
        select town, version from secretariat.read_model_version where id = 1
        on conflict on constraint pkey_town_read_model_version_town do nothing;
    end if;
end
$$;

drop table if exists secretariat.read_model_version;
