package fr.monenfantalecole.portail.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.monenfantalecole.portail.support.PortailTest;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The default run as someone on the network sees it, and what its start writes in the logs (hole 5). */
@PortailTest
@ExtendWith(OutputCaptureExtension.class)
class DemoStartupIntegrationTest {

    @Autowired
    DemoData demo;

    @LocalServerPort
    int port;

    @Test
    void theStartSaysDemoAccountsExistButWritesNoPassword(CapturedOutput output) {
        demo.run(new DefaultApplicationArguments());

        assertThat(output.getAll())
                .contains("Comptes de démonstration présents")
                .contains("README");
        var passwords = new ArrayList<>(List.of(
                DemoData.PLATFORM_PASSWORD,
                DemoData.EDITOR_PASSWORD,
                DemoData.REVIEWER_PASSWORD,
                DemoSchoolPages.AGENT_PASSWORD,
                DemoSchoolPages.PASSWORD));
        DemoCollectivites.ALL.forEach(c -> passwords.add(DemoData.adminPassword(c.slug())));
        assertThat(output.getAll()).doesNotContain(passwords.toArray(String[]::new));
    }

    @Test
    void theDefaultRunAnswersOnLoopbackOnly() throws IOException {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            assertThat(socket.isConnected()).isTrue();
        }
        var networkAddresses = networkAddresses();
        assertThat(networkAddresses)
                .as("this machine has a network address to try")
                .isNotEmpty();
        for (var address : networkAddresses) {
            assertThatThrownBy(() -> {
                        try (var socket = new Socket()) {
                            socket.connect(new InetSocketAddress(address, port), 2000);
                        }
                    })
                    .as("connection from the network to " + address)
                    .isInstanceOf(IOException.class);
        }
    }

    private static List<java.net.InetAddress> networkAddresses() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(i -> {
                    try {
                        return i.isUp() && !i.isLoopback();
                    } catch (SocketException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                .toList();
    }
}
