-- Date answers get a column of their own, so periods can be filtered and compared in SQL.
ALTER TABLE answer ADD COLUMN date_value DATE NULL;
