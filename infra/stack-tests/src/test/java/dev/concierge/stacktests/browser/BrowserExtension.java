package dev.concierge.stacktests.browser;

import dev.concierge.stacktests.Directories;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands each {@link Browser} parameter of a test method a fresh Chromium, with its screenshots in
 * {@code target/screenshots/<TestClass>.<method>/}; a method may ask for several (a customer's and an
 * agent's), which then number their screenshots in one sequence; what an earlier run left there is deleted first. Keeps a screenshot and the page
 * source of each when the test fails, and quits them afterwards (JUnit closes what the method's
 * store holds).
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
        return browsers(context).start(testName(context));
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        TestBrowsers browsers = context.getStore(NAMESPACE).get(TestBrowsers.class, TestBrowsers.class);
        if (browsers != null && context.getExecutionException().isPresent()) {
            browsers.started.forEach(Browser::keepFailureEvidence);
        }
    }

    private static TestBrowsers browsers(ExtensionContext context) {
        return context.getStore(NAMESPACE).computeIfAbsent(TestBrowsers.class, key -> new TestBrowsers(),
                TestBrowsers.class);
    }

    private static String testName(ExtensionContext context) {
        String method = context.getTestMethod().map(Method::getName).orElse("class");
        return context.getRequiredTestClass().getSimpleName() + "." + method;
    }

    /** The browsers one test method asked for, in parameter order, and their shared screenshot count. */
    private static final class TestBrowsers implements AutoCloseable {

        private final List<Browser> started = new ArrayList<>();
        private final AtomicInteger steps = new AtomicInteger();

        Browser start(String testName) {
            Path screenshots = TARGET.resolve("screenshots").resolve(testName);
            if (started.isEmpty()) {
                // an earlier run's files (a failure.png among them) would be mistaken for this run's
                Directories.deleteRecursively(screenshots);
            }
            String suffix = started.isEmpty() ? "" : "-" + (started.size() + 1);
            Browser browser = Browser.start(screenshots, TARGET.resolve("chromium-profiles"), suffix, steps);
            started.add(browser);
            return browser;
        }

        @Override
        public void close() {
            started.forEach(Browser::close);
        }
    }
}
