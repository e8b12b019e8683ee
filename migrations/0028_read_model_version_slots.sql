-- Issue 27: the per-town read-model version becomes up to 8 rows per town, (town, slot), bumped one row per save
-- (ReadModelVersion.BumpSql: the slot of the save's connection), read as the sum of the town's rows. With one row per town
-- every save of a town waited on that row's lock from its bump to its commit. Written by hand: Weasel cannot add a
-- key column to a table that has rows. A town's existing counter becomes its slot 0, so its version (the sum) is unchanged;
-- slot keeps its default 0 for SQL that writes (town, version) as before.
alter table secretariat.town_read_model_version add column slot integer NOT NULL DEFAULT 0;
alter table secretariat.town_read_model_version drop constraint pkey_town_read_model_version_town;
alter table secretariat.town_read_model_version add CONSTRAINT pkey_town_read_model_version_town_slot PRIMARY KEY (town, slot);
