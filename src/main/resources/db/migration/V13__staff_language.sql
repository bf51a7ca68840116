-- The language a staff member reads Mittari's pages in: fi (the default), sv or en. Respondents choose theirs per form.
ALTER TABLE staff_user ADD COLUMN language VARCHAR(2) DEFAULT 'fi' NOT NULL;
