package fr.monenfantalecole.portail.tenant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.net.URI;

/**
 * A request that came with a Host the platform does not know, seen as if it had come to the
 * platform's public address: absolute redirects and links built from the request (Spring
 * Security's login redirect, the embedding snippets) then never carry a forged Host.
 */
final class PublicAddressRequest extends HttpServletRequestWrapper {

    private final URI publicUrl;

    PublicAddressRequest(HttpServletRequest request, URI publicUrl) {
        super(request);
        this.publicUrl = publicUrl;
    }

    @Override
    public String getScheme() {
        return publicUrl.getScheme();
    }

    @Override
    public boolean isSecure() {
        return "https".equals(publicUrl.getScheme());
    }

    @Override
    public String getServerName() {
        return publicUrl.getHost();
    }

    @Override
    public int getServerPort() {
        int port = publicUrl.getPort();
        return port > 0 ? port : (isSecure() ? 443 : 80);
    }

    @Override
    public String getHeader(String name) {
        return "host".equalsIgnoreCase(name) ? publicUrl.getRawAuthority() : super.getHeader(name);
    }

    @Override
    public StringBuffer getRequestURL() {
        var url = new StringBuffer(getScheme()).append("://").append(publicUrl.getRawAuthority());
        return url.append(getRequestURI());
    }
}
