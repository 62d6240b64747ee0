package dev.concierge.stacktests.browser;

import java.lang.reflect.Method;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands each test method that asks for one a fresh {@link Browser}, with its screenshots in
 * {@code target/screenshots/<TestClass>.<method>/}; keeps a screenshot and the page source when the
 * test fails, and quits Chromium afterwards (JUnit closes what the method's store holds).
 */
public final class BrowserExtension implements ParameterResolver, AfterTestExecutionCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);
    private static final Path TARGET = Path.of(System.getProperty("user.dir"), "target");

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).computeIfAbsent(Browser.class,
                key -> Browser.start(TARGET.resolve("screenshots").resolve(testName(context)),
                        TARGET.resolve("chromium-profiles")),
                Browser.class);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).get(Browser.class, Browser.class);
        if (browser != null && context.getExecutionException().isPresent()) {
            browser.keepFailureEvidence();
        }
    }

    private static String testName(ExtensionContext context) {
        String method = context.getTestMethod().map(Method::getName).orElse("class");
        return context.getRequiredTestClass().getSimpleName() + "." + method;
    }
}
