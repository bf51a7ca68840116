package fi.mittari.context;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.sheet.ResponseSheet;
import fi.mittari.sheet.SheetRow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SheetBytesTest {

    @Test
    void aSheetComesBackExactlyAsItWasHeld() {
        String longText = "ä".repeat(40_000);
        ResponseSheet sheet = new ResponseSheet(
                List.of("event", "participants"),
                List.of(
                        new SheetRow(2, List.of("E-1", "4"), Map.of()),
                        new SheetRow(5, List.of(longText, ""), Map.of(1, "formulas are not read; paste values"))));
        assertThat(SheetBytes.read(SheetBytes.write(sheet))).isEqualTo(sheet);
    }
}
