package dev.docloc.reliability;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Scales the tries of the fuzz properties with {@code -Ddocloc.fuzz.tries=N}: N is the total over
 * all fuzz properties, shared in proportion to the tries each one declares (which add up to
 * {@link #DEFAULT_TOTAL}). The properties use a fixed seed, so that CI never fails on a case
 * nobody can replay; a scaled run goes on past the default run's cases.
 *
 * <pre><code>
 * mvn -B test -Dtest='MarkdownFuzzTest' -Ddocloc.fuzz.tries=1000000
 * </code></pre>
 */
public final class FuzzTries implements AroundPropertyHook {
    /** The sum of the tries declared by the fuzz properties. */
    static final int DEFAULT_TOTAL = 10_000;
    /** The seed of the fuzz properties. */
    static final String SEED = "20261126";

    static int scaled(int declared) {
        String total = System.getProperty("docloc.fuzz.tries", "").trim();
        if (total.isEmpty()) {
            return declared;
        }
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (long) declared * Long.parseLong(total) / DEFAULT_TOTAL));
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        context.attributes().tries().ifPresent(t -> context.attributes().setTries(scaled(t)));
        return property.execute();
    }
}
