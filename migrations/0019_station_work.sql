-- The work station's own work (issue #28). Meetings and resolutions now say whose they are (Body: 0 the leading group, 2 the work
-- station); every meeting and resolution stored before is the leading group's. Their snapshots already read a missing Body as 0,
-- but the lists query it in the database: write it into the rows from before, in every town.
UPDATE secretariat.mt_doc_meeting SET data = data || '{"Body": 0}'::jsonb WHERE NOT (data ? 'Body');
UPDATE secretariat.mt_doc_resolution SET data = data || '{"Body": 0}'::jsonb WHERE NOT (data ? 'Body');
