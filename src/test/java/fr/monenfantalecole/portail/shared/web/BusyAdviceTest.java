package fr.monenfantalecole.portail.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

class BusyAdviceTest {

    @Test
    void aPoolThatStayedBusyAsksTheVisitorToComeBackRatherThanReportingAFault() {
        var response = new MockHttpServletResponse();

        var view = new BusyAdvice().busy(response);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(view.getViewName()).isEqualTo("error");
        assertThat(view.getModel()).containsEntry("status", 503);
    }
}
