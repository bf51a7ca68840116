package fi.mittari.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StaffNavigationTest {

    @Test
    void aPageUnderAnEntryMarksThatEntry() {
        assertThat(StaffNavigation.currentEntry("/staff/projects/keko")).isEqualTo("/staff/projects");
        assertThat(StaffNavigation.currentEntry("/staff")).isEqualTo("/staff");
    }

    @Test
    void ecosystemsAndOrganisationsMarkTheProjectsEntryTheyAreReachedFrom() {
        assertThat(StaffNavigation.currentEntry("/staff/ecosystems")).isEqualTo("/staff/projects");
        assertThat(StaffNavigation.currentEntry("/staff/organisations")).isEqualTo("/staff/projects");
    }
}
