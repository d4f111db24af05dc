package vn.vanthu.browser;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the shared {@link BrowserSession} on first use and keeps it in the root store, so every
 * browser test class of the run uses the same archive, server and browser; JUnit closes it at the
 * end of the run.
 */
final class BrowserSessionExtension implements BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(BrowserSessionExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        Assumptions.assumeTrue(Chromium.available(),
                "no chromium/chromedriver on this machine (apt-get install chromium chromium-driver); .ci/run installs them");
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == BrowserSession.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NS)
                .getOrComputeIfAbsent(BrowserSession.class, k -> BrowserSession.start(), BrowserSession.class);
    }
}
