package cn.dingkao.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The functional tests of the jobs (import, rule, summary, feed, nightly, receipt) share one application context and
 * one database: one context is started for all of them, not one per class (with {@link EnabledOnMySql}, one for all
 * of them on MySQL). Every test starts by emptying the tables it reads ({@link Tables#empty}); nothing else is
 * reset, as on a real server. Small chunks and merge slices make every job commit many times on small inputs, so
 * that restarts between commits are tested. A step-scoped part is run in a step context of its
 * own with {@code StepScopeTestUtils}, not with {@code @SpringBatchTest}: its listeners would call every test
 * helper that returns a {@code JobExecution} as a factory. A test that needs other
 * settings than these says why and pays for a context of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "dingkao.data-dir=./target/test-db/functional", "dingkao.out-dir=./target/functional-out",
		"dingkao.import.merge-slice-rows=500", "dingkao.rule.chunk-size=3", "dingkao.predict.chunk-size=3" })
public @interface FunctionalTest {

}
