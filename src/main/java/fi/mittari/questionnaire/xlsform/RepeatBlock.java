package fi.mittari.questionnaire.xlsform;

import java.util.List;
import java.util.Set;

/** One {@code begin repeat … end repeat} of the survey sheet: its name, its rows, their names and its count. */
record RepeatBlock(String name, List<SheetTable.TableRow> body, Set<String> bodyNames, RepeatCount count) {

    RepeatBlock {
        body = List.copyOf(body);
        bodyNames = Set.copyOf(bodyNames);
    }

    /** The name of the copy of row {@code name} in instance {@code instance}: {@code member_2_age}. */
    String copyName(int instance, String name) {
        return this.name + "_" + instance + "_" + name;
    }
}
