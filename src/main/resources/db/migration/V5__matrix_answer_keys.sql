-- A matrix stores each item's answer under "matrix.item": two keys of at most 64 characters and the dot between.
ALTER TABLE answer MODIFY question_key VARCHAR(129) NOT NULL;
ALTER TABLE indicator_result MODIFY question_key VARCHAR(129) NOT NULL;
