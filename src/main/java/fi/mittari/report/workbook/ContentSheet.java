package fi.mittari.report.workbook;

import fi.mittari.report.ReportLanguage;
import fi.mittari.report.content.WorkbookContent;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * One sheet of the funder workbook. Each sheet class owns its words in the three report languages and its layout;
 * {@link FunderWorkbook} creates the sheets in its fixed order and hands each its own.
 */
interface ContentSheet {

    /** The sheet's tab name in {@code language}: at most 31 characters, none of {@code : \ / ? * [ ]}. */
    String name(ReportLanguage language);

    /** Whether this workbook has the sheet (optional sheets are left out when their content is absent). */
    default boolean present(WorkbookContent content) {
        return true;
    }

    void write(Sheet sheet, WorkbookContent content, Styles styles);
}
